import { App, Badge, Button, Card, List, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Notification } from '../../api/schema';
import { EmptyState } from '../../components/EmptyState';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { useCursorList } from '../../hooks/useCursorList';
import { formatTimestamp } from '../../lib/dates';

function linkOf(notification: Notification): string | null {
  if (!notification.entityId) return null;
  if (notification.entityType === 'receivable') return `/receivables/${notification.entityId}`;
  if (notification.entityType === 'financing_request' || notification.entityType === 'financing-request') {
    return `/financing/${notification.entityId}`;
  }
  return null;
}

/** The inbox: confirmation requests, decisions, overdue notices. */
export default function Notifications() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblemMessage();
  const [unread, setUnread] = useState(false);
  const list = useCursorList<Notification>('/notifications', { unread: unread ? true : undefined });

  const markRead = async (notification: Notification) => {
    try {
      await api.post(`/notifications/${notification.id}/read`);
      list.reload();
    } catch (failure) {
      void message.error(problem(failure));
    }
  };
  const markAll = async () => {
    try {
      await api.post('/notifications/read-all');
      list.reload();
    } catch (failure) {
      void message.error(problem(failure));
    }
  };

  return (
    <>
      <PageTitle
        title={t('menu.notifications')}
        extra={
          <Space>
            <Segmented<'all' | 'unread'>
              value={unread ? 'unread' : 'all'}
              onChange={(v) => setUnread(v === 'unread')}
              options={[
                { value: 'all', label: t('notifications.all') },
                { value: 'unread', label: t('notifications.unread') },
              ]}
            />
            <Button onClick={() => void markAll()}>{t('notifications.markAll')}</Button>
          </Space>
        }
      />
      {list.error && <ProblemAlert error={list.error} />}
      <Card>
        <List<Notification>
          loading={list.loading}
          dataSource={list.items}
          locale={{ emptyText: <EmptyState hint={t('notifications.empty')} /> }}
          renderItem={(n) => {
            const link = linkOf(n);
            return (
              <List.Item
                actions={[
                  ...(link
                    ? [
                        <Link key="open" to={link}>
                          {t('common.open')}
                        </Link>,
                      ]
                    : []),
                  ...(!n.readAt
                    ? [
                        <Button key="read" type="link" size="small" onClick={() => void markRead(n)}>
                          {t('notifications.markRead')}
                        </Button>,
                      ]
                    : []),
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space>
                      {!n.readAt && <Badge status="processing" />}
                      <Typography.Text strong={!n.readAt} className="notification-title">
                        {n.title}
                      </Typography.Text>
                    </Space>
                  }
                  description={
                    <>
                      <div>{n.body}</div>
                      <Typography.Text type="secondary">{formatTimestamp(n.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
        <Space style={{ marginTop: 12 }}>
          <Button size="small" disabled={!list.hasPrevious} onClick={list.previous}>
            {t('common.previousPage')}
          </Button>
          <Button size="small" disabled={!list.hasNext} onClick={list.next}>
            {t('common.nextPage')}
          </Button>
        </Space>
      </Card>
    </>
  );
}
