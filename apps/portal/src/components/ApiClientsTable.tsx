import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/schema';
import type { Loaded } from '../hooks/useApi';
import { formatTimestamp } from '../lib/dates';
import { EmptyState } from './EmptyState';
import { ProblemAlert } from './ProblemAlert';

/**
 * A bank's OAuth2 clients: the client_id to copy into its systems, the scopes, and whether (since
 * when) revoked. The bank sees its own; the operator, who issues and revokes them, adds actions.
 */
export function ApiClientsTable({
  clients,
  emptyHint,
  actions = [],
}: {
  clients: Loaded<ApiClient[]>;
  emptyHint: ReactNode;
  actions?: TableColumnsType<ApiClient>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {clients.error && <ProblemAlert error={clients.error} />}
      <Table<ApiClient>
        rowKey="id"
        size="small"
        pagination={false}
        loading={clients.loading}
        dataSource={clients.data ?? []}
        locale={{ emptyText: <EmptyState hint={emptyHint} /> }}
        columns={[
          { title: t('apiClients.name'), dataIndex: 'name' },
          {
            title: 'client_id',
            dataIndex: 'clientId',
            render: (id: string) => (
              <Typography.Text code copyable>
                {id}
              </Typography.Text>
            ),
          },
          {
            title: t('apiClients.scopes'),
            dataIndex: 'scopes',
            render: (scopes: string[]) => scopes.map((s) => <Tag key={s}>{s}</Tag>),
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTimestamp },
          {
            title: t('common.status'),
            dataIndex: 'revokedAt',
            render: (revokedAt: string | null) =>
              revokedAt ? (
                <Tag>{t('apiClients.revokedAt', { at: formatTimestamp(revokedAt) })}</Tag>
              ) : (
                <Tag color="green">{t('apiClients.active')}</Tag>
              ),
          },
          ...actions,
        ]}
      />
    </>
  );
}
