import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Query } from '../../api/client';
import { REGION_CODE, ROLES, type Role, type User } from '../../api/schema';
import { EnterpriseSelect } from '../../components/EnterpriseSelect';
import { FilterBar } from '../../components/FilterBar';
import { FormModal } from '../../components/FormModal';
import { requiredRule } from '../../components/formRules';
import { PagedTable } from '../../components/PagedTable';
import { PageTitle } from '../../components/PageTitle';
import { useReferenceData } from '../../components/ReferenceData';
import { useCursorList } from '../../hooks/useCursorList';
import { formatTimestamp } from '../../lib/dates';

interface NewUser {
  username: string;
  password: string;
  role: Role;
  enterpriseId?: string;
  jurisdiction?: string;
}

const ENTERPRISE_KIND_OF_ROLE: Partial<Record<Role, 'CORE' | 'SME' | 'BANK'>> = {
  CORE_ENTERPRISE: 'CORE',
  SME: 'SME',
  BANK: 'BANK',
};

/** The operator's user accounts: every role, enterprise users tied to their enterprise, regulators to a jurisdiction. */
export default function Users() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { cities, cityName } = useReferenceData();
  const [filters, setFilters] = useState<Query>({});
  const list = useCursorList<User>('/users', filters);
  const [creating, setCreating] = useState(false);
  const [role, setRole] = useState<Role>();
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));

  const create = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('operator.users.create')}
    </Button>
  );

  return (
    <>
      <PageTitle title={t('menu.users')} subtitle={t('operator.users.subtitle')} extra={create} />
      <FilterBar<Query> onApply={setFilters}>
        <Form.Item name="role" label={t('operator.users.role')}>
          <Select allowClear placeholder={t('operator.users.anyRole')} options={roleOptions} />
        </Form.Item>
        <Form.Item name="enterpriseId" label={t('operator.users.enterprise')}>
          <EnterpriseSelect placeholder={t('operator.users.anyEnterprise')} />
        </Form.Item>
      </FilterBar>
      <PagedTable<User>
        list={list}
        emptyHint={t('operator.users.empty')}
        emptyAction={create}
        columns={[
          { title: t('login.username'), dataIndex: 'username' },
          {
            title: t('operator.users.role'),
            dataIndex: 'role',
            render: (r: string) => <Tag color="blue">{t(`role.${r}`)}</Tag>,
          },
          {
            title: t('operator.users.enterprise'),
            dataIndex: 'enterpriseName',
            render: (name: string | null | undefined) => name ?? '—',
          },
          {
            title: t('operator.users.jurisdiction'),
            dataIndex: 'jurisdiction',
            render: (code: string | null) => (code ? cityName(code) : '—'),
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTimestamp },
        ]}
      />
      <FormModal<NewUser>
        open={creating}
        title={t('operator.users.create')}
        codeFields={{
          USERNAME_TAKEN: 'username',
          ROLE_MISMATCH: 'enterpriseId',
          ROLE_DOES_NOT_FIT_ENTERPRISE: 'enterpriseId',
        }}
        onClose={() => {
          setCreating(false);
          setRole(undefined);
        }}
        onSubmit={async (values) => {
          await api.post('/users', {
            username: values.username.trim(),
            password: values.password,
            role: values.role,
            ...(values.enterpriseId ? { enterpriseId: values.enterpriseId } : {}),
            ...(values.jurisdiction ? { jurisdiction: values.jurisdiction } : {}),
          });
          void message.success(t('operator.users.created', { username: values.username }));
          list.reload();
        }}
      >
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[requiredRule(t), { pattern: /^[A-Za-z0-9._@-]{3,64}$/, message: t('form.username') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[requiredRule(t), { min: 10, message: t('form.passwordLength') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t('operator.users.role')} rules={[requiredRule(t)]}>
          <Select<Role> onChange={setRole} options={roleOptions} />
        </Form.Item>
        {role && ENTERPRISE_KIND_OF_ROLE[role] && (
          <Form.Item name="enterpriseId" label={t('operator.users.enterprise')} rules={[requiredRule(t)]}>
            <EnterpriseSelect kind={ENTERPRISE_KIND_OF_ROLE[role]} />
          </Form.Item>
        )}
        {role === 'REGULATOR' && (
          <Form.Item name="jurisdiction" label={t('operator.users.jurisdiction')} rules={[requiredRule(t)]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={[REGION_CODE, ...cities.map((c) => c.code)].map((code) => ({
                value: code,
                label: cityName(code),
              }))}
            />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
