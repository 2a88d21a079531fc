import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Query } from '../../api/client';
import { ENTERPRISE_KINDS, type Enterprise } from '../../api/schema';
import { CitySelect } from '../../components/CitySelect';
import { compact, EnterpriseFields } from '../../components/EnterpriseFields';
import { FilterBar } from '../../components/FilterBar';
import { FormModal } from '../../components/FormModal';
import { MoneyText } from '../../components/MoneyText';
import { PagedTable } from '../../components/PagedTable';
import { PageTitle } from '../../components/PageTitle';
import { useReferenceData } from '../../components/ReferenceData';
import { useCursorList } from '../../hooks/useCursorList';
import { formatPercent } from '../../lib/money';

const CODE_FIELDS = { USCC_INVALID: 'uscc', ENTERPRISE_EXISTS: 'uscc', FINANCING_RATIO_OUT_OF_RANGE: 'financingRatio' };

// A bank's financing ratio: 0.50-0.90 (bank products; api-contract.md § Reference data and enterprises).
const RATIO = /^0\.\d{1,2}$/;

/** The operator's register of enterprises: search, register, and a bank's financing ratio. */
export default function Enterprises() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { cityName } = useReferenceData();
  const [filters, setFilters] = useState<Query>({});
  const list = useCursorList<Enterprise>('/enterprises', filters);
  const [creating, setCreating] = useState(false);
  const [editingRatio, setEditingRatio] = useState<Enterprise | null>(null);

  const register = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('operator.enterprises.register')}
    </Button>
  );

  return (
    <>
      <PageTitle title={t('menu.enterprises')} subtitle={t('operator.enterprises.subtitle')} extra={register} />
      <FilterBar<Query> onApply={setFilters}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input allowClear placeholder={t('operator.enterprises.keywordHint')} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('enterprise.kind')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 130 }}
            options={ENTERPRISE_KINDS.map((k) => ({ value: k, label: t(`enterpriseKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="cityCode" label={t('common.city')}>
          <CitySelect />
        </Form.Item>
      </FilterBar>
      <PagedTable<Enterprise>
        list={list}
        emptyHint={t('operator.enterprises.empty')}
        emptyAction={register}
        columns={[
          { title: t('enterprise.name'), dataIndex: 'name' },
          { title: t('enterprise.uscc'), dataIndex: 'uscc', render: (v: string) => <code>{v}</code> },
          {
            title: t('enterprise.kind'),
            dataIndex: 'kind',
            render: (k: string) => <Tag>{t(`enterpriseKind.${k}`)}</Tag>,
          },
          { title: t('common.city'), dataIndex: 'cityCode', render: (code: string) => cityName(code) },
          { title: t('enterprise.industry'), dataIndex: 'industry', render: (i: string) => t(`industry.${i}`) },
          { title: t('enterprise.sizeClass'), dataIndex: 'sizeClass', render: (s: string) => t(`sizeClass.${s}`) },
          {
            title: t('enterprise.annualRevenue'),
            dataIndex: 'annualRevenue',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          {
            title: t('financing.ratio'),
            key: 'ratio',
            render: (_, e) =>
              e.kind === 'BANK' ? (
                <Button size="small" type="link" onClick={() => setEditingRatio(e)}>
                  {formatPercent(e.financingRatio)}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <FormModal<Record<string, unknown>>
        open={creating}
        width={820}
        title={t('operator.enterprises.register')}
        codeFields={CODE_FIELDS}
        onClose={() => setCreating(false)}
        onSubmit={async (values) => {
          const created = await api.post<Enterprise>('/enterprises', compact(values));
          void message.success(
            t('operator.enterprises.registered', {
              name: created.name,
              sizeClass: t(`sizeClass.${created.sizeClass}`),
            }),
          );
          list.reload();
        }}
      >
        <EnterpriseFields withKind />
      </FormModal>
      <FormModal<{ financingRatio: string }>
        open={editingRatio !== null}
        title={t('operator.enterprises.ratioTitle', { name: editingRatio?.name })}
        initialValues={{ financingRatio: editingRatio?.financingRatio ?? '0.80' }}
        codeFields={CODE_FIELDS}
        onClose={() => setEditingRatio(null)}
        onSubmit={async ({ financingRatio }) => {
          await api.patch(`/enterprises/${editingRatio!.id}`, { financingRatio: financingRatio.trim() });
          list.reload();
        }}
      >
        <Form.Item
          name="financingRatio"
          label={t('financing.ratio')}
          extra={t('operator.enterprises.ratioHint')}
          rules={[
            { required: true, message: t('form.required') },
            { pattern: RATIO, message: t('form.ratio') },
          ]}
        >
          <Input placeholder="0.80" style={{ width: 160 }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
