import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { CLIENT_SCOPES, type ApiClient, type IssuedApiClient, type Page } from '../../api/schema';
import { ApiClientsTable } from '../../components/ApiClientsTable';
import { EnterpriseSelect } from '../../components/EnterpriseSelect';
import { FormModal } from '../../components/FormModal';
import { requiredRule } from '../../components/formRules';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { SecretReveal } from '../../components/SecretReveal';
import { useApi } from '../../hooks/useApi';
import { formatTimestamp } from '../../lib/dates';

/** OAuth2 client credentials for banks' systems: issued here, the secret shown once, revoked here. */
export default function ApiClients() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblemMessage();
  const [bankId, setBankId] = useState<string>();
  const clients = useApi<ApiClient[]>(bankId ? `/enterprises/${bankId}/api-clients` : null);
  const [issuing, setIssuing] = useState(false);
  const [secret, setSecret] = useState<{ label: string; value: string }[] | null>(null);

  const revoke = async (client: ApiClient) => {
    try {
      await api.delete(`/enterprises/${client.enterpriseId}/api-clients/${client.id}`);
      clients.reload();
    } catch (failure) {
      void message.error(problem(failure));
    }
  };

  return (
    <>
      <PageTitle title={t('menu.apiClients')} subtitle={t('apiClients.subtitle')} />
      <Card
        title={
          <Space>
            {t('apiClients.bank')}
            <EnterpriseSelect
              kind="BANK"
              value={bankId}
              onChange={setBankId}
              placeholder={t('apiClients.pickBank')}
              style={{ width: 360 }}
            />
          </Space>
        }
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={!bankId} onClick={() => setIssuing(true)}>
            {t('apiClients.issue')}
          </Button>
        }
      >
        <ApiClientsTable
          clients={clients}
          emptyHint={bankId ? t('apiClients.empty') : t('apiClients.pickFirst')}
          actions={[
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, client) =>
                !client.revokedAt && (
                  <Popconfirm
                    title={t('apiClients.revokeConfirm')}
                    okText={t('apiClients.revoke')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => void revoke(client)}
                  >
                    <Button size="small" type="link" danger>
                      {t('apiClients.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <FormModal<{ name: string; scopes: string[] }>
        open={issuing}
        title={t('apiClients.issue')}
        initialValues={{ scopes: [...CLIENT_SCOPES] }}
        onClose={() => setIssuing(false)}
        onSubmit={async (values) => {
          const issued = await api.post<IssuedApiClient>(`/enterprises/${bankId}/api-clients`, {
            name: values.name.trim(),
            scopes: values.scopes,
          });
          clients.reload();
          setSecret([
            { label: 'client_id', value: issued.clientId },
            { label: 'client_secret', value: issued.clientSecret },
          ]);
        }}
      >
        <Form.Item name="name" label={t('apiClients.name')} rules={[requiredRule(t)]}>
          <Input maxLength={100} placeholder="core-banking-prod" />
        </Form.Item>
        <Form.Item name="scopes" label={t('apiClients.scopes')} rules={[requiredRule(t)]}>
          <Checkbox.Group
            options={CLIENT_SCOPES.map((s) => ({ value: s, label: s }))}
            style={{ display: 'grid', gap: 4 }}
          />
        </Form.Item>
      </FormModal>
      <SecretReveal title={t('apiClients.issued')} entries={secret} onClose={() => setSecret(null)} />
    </>
  );
}
