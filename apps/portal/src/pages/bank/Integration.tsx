import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Drawer, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import {
  WEBHOOK_EVENT_TYPES,
  type ApiClient,
  type Page,
  type WebhookDelivery,
  type WebhookSecret,
  type WebhookSubscription,
} from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { ApiClientsTable } from '../../components/ApiClientsTable';
import { EmptyState } from '../../components/EmptyState';
import { FormModal } from '../../components/FormModal';
import { requiredRule } from '../../components/formRules';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { SecretReveal } from '../../components/SecretReveal';
import { useApi } from '../../hooks/useApi';
import { useCursorList } from '../../hooks/useCursorList';
import { PagedTable } from '../../components/PagedTable';
import { formatTimestamp } from '../../lib/dates';

/** Every delivery attempt of one subscription: the bank's view of what its endpoint answered. */
function Deliveries({ subscription, onClose }: { subscription: WebhookSubscription | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblemMessage();
  const list = useCursorList<WebhookDelivery>(
    subscription ? `/webhook-subscriptions/${subscription.id}/deliveries` : null,
  );
  // Sends an event again now (it keeps its X-GQT-Delivery id), e.g. after the receiver was fixed.
  const replay = async (delivery: WebhookDelivery) => {
    try {
      await api.post(`/webhook-subscriptions/${subscription!.id}/deliveries/${delivery.eventId}/replay`);
      void message.success(t('bank.integration.replayed'));
      list.reload();
    } catch (failure) {
      void message.error(problem(failure));
    }
  };
  return (
    <Drawer
      open={subscription !== null}
      onClose={onClose}
      size={880}
      title={t('bank.integration.deliveries', { url: subscription?.url })}
    >
      <PagedTable<WebhookDelivery>
        list={list}
        emptyHint={t('bank.integration.noDeliveries')}
        columns={[
          { title: t('bank.integration.attemptedAt'), dataIndex: 'attemptedAt', render: formatTimestamp },
          { title: t('bank.integration.event'), dataIndex: 'eventType' },
          { title: t('bank.integration.attempt'), dataIndex: 'attempt' },
          {
            title: t('bank.integration.httpStatus'),
            dataIndex: 'status',
            render: (status: number | null, d) =>
              status === null ? (
                <Tag color="red">{d.error ?? t('bank.integration.networkError')}</Tag>
              ) : (
                <Tag color={status >= 200 && status < 300 ? 'green' : 'red'}>{status}</Tag>
              ),
          },
          { title: t('bank.integration.duration'), dataIndex: 'durationMs', render: (ms: number) => `${ms} ms` },
          { title: t('bank.integration.nextAttempt'), dataIndex: 'nextAttemptAt', render: formatTimestamp },
          {
            title: t('bank.integration.eventId'),
            dataIndex: 'eventId',
            render: (id: string) => <Typography.Text code>{id.slice(0, 8)}</Typography.Text>,
          },
          {
            title: t('common.actions'),
            key: 'replay',
            render: (_, d) =>
              d.status === null || d.status < 200 || d.status >= 300 ? (
                <Button size="small" type="link" onClick={() => void replay(d)}>
                  {t('bank.integration.replay')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Drawer>
  );
}

/** The bank's integration: its API clients (issued by the operator) and its webhook subscriptions. */
export default function Integration() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblemMessage();
  const me = useMe();
  const clients = useApi<ApiClient[]>(me.enterpriseId ? `/enterprises/${me.enterpriseId}/api-clients` : null);
  const subscriptions = useApi<Page<WebhookSubscription>>('/webhook-subscriptions');
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ label: string; value: string }[] | null>(null);
  const [viewing, setViewing] = useState<WebhookSubscription | null>(null);

  const remove = async (subscription: WebhookSubscription) => {
    try {
      await api.delete(`/webhook-subscriptions/${subscription.id}`);
      subscriptions.reload();
    } catch (failure) {
      void message.error(problem(failure));
    }
  };

  const subscribe = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('bank.integration.subscribe')}
    </Button>
  );

  return (
    <>
      <PageTitle title={t('menu.integration')} subtitle={t('bank.integration.subtitle')} />
      <Card className="section" title={t('bank.integration.clients')}>
        <ApiClientsTable clients={clients} emptyHint={t('bank.integration.noClients')} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('bank.integration.clientsHint')}
        </Typography.Paragraph>
      </Card>
      <Card title={t('bank.integration.webhooks')} extra={subscribe}>
        {subscriptions.error && <ProblemAlert error={subscriptions.error} />}
        <Table<WebhookSubscription>
          rowKey="id"
          size="small"
          pagination={false}
          loading={subscriptions.loading}
          dataSource={subscriptions.data?.items ?? []}
          locale={{ emptyText: <EmptyState hint={t('bank.integration.noWebhooks')} action={subscribe} /> }}
          columns={[
            { title: 'URL', dataIndex: 'url', render: (url: string) => <Typography.Text code>{url}</Typography.Text> },
            {
              title: t('bank.integration.events'),
              dataIndex: 'events',
              render: (events: string[]) => events.map((e) => <Tag key={e}>{e}</Tag>),
            },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTimestamp },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, s) => (
                <Space>
                  <Button size="small" type="link" onClick={() => setViewing(s)}>
                    {t('bank.integration.deliveryLog')}
                  </Button>
                  <Popconfirm
                    title={t('bank.integration.deleteConfirm')}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => void remove(s)}
                  >
                    <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<{ url: string; events: string[] }>
        open={creating}
        title={t('bank.integration.subscribe')}
        initialValues={{ events: [...WEBHOOK_EVENT_TYPES] }}
        codeFields={{ WEBHOOK_URL_NOT_ALLOWED: 'url', URL_NOT_ALLOWED: 'url' }}
        onClose={() => setCreating(false)}
        onSubmit={async (values) => {
          const created = await api.post<WebhookSecret>('/webhook-subscriptions', {
            url: values.url.trim(),
            events: values.events,
          });
          subscriptions.reload();
          setSecret([{ label: t('bank.integration.signingSecret'), value: created.secret }]);
        }}
      >
        <Form.Item
          name="url"
          label="URL"
          extra={t('bank.integration.urlHint')}
          rules={[requiredRule(t), { type: 'url', message: t('form.url') }]}
        >
          <Input placeholder="https://bank.example.cn/gqt/webhooks" />
        </Form.Item>
        <Form.Item name="events" label={t('bank.integration.events')} rules={[requiredRule(t)]}>
          <Checkbox.Group
            options={WEBHOOK_EVENT_TYPES.map((e) => ({ value: e, label: e }))}
            style={{ display: 'grid', gap: 4 }}
          />
        </Form.Item>
      </FormModal>
      <SecretReveal title={t('bank.integration.subscribed')} entries={secret} onClose={() => setSecret(null)} />
      <Deliveries subscription={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
