import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { BatchConfirmation, Receivable } from '../../api/schema';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { ConfirmModal, DisputeModal } from '../../components/ReceivableActions';
import { ReceivablesTable } from '../../components/ReceivablesTable';
import { useCursorList } from '../../hooks/useCursorList';
import { formatMoney, sumMoney } from '../../lib/money';

/** The refusals of a batch confirmation, each as the API's problem for its receivable. */
export function refusalsOf(batch: BatchConfirmation): { id: string; error: ApiError }[] {
  return batch.results
    .filter((result) => !result.ok)
    .map((result) => ({
      id: result.id,
      error: new ApiError({
        type: 'about:blank',
        title: '',
        status: result.status ?? 0,
        code: result.code ?? 'ERROR',
        detail: result.detail ?? '',
      }),
    }));
}

/** The core enterprise's main page: receivables waiting for its confirmation (确权), confirmed in batches. */
export default function Confirmations() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblemMessage();
  const list = useCursorList<Receivable>('/receivables', {
    role: 'debtor',
    status: 'PENDING_CONFIRMATION',
    withTotal: true,
  });
  const [selected, setSelected] = useState<Receivable[]>([]);
  const [confirming, setConfirming] = useState<Receivable | null>(null);
  const [disputing, setDisputing] = useState<Receivable | null>(null);
  const [batchError, setBatchError] = useState<unknown>();
  const [outcomes, setOutcomes] = useState<{ receivable?: Receivable; id: string; ok: boolean; message?: string }[]>(
    [],
  );
  const [busy, setBusy] = useState(false);

  const done = () => {
    setSelected([]);
    list.reload();
  };

  const confirmBatch = async () => {
    setBusy(true);
    setBatchError(undefined);
    setOutcomes([]);
    try {
      const batch = await api.post<BatchConfirmation>('/receivables/confirmations', { ids: selected.map((r) => r.id) });
      void message.success(t('core.confirmations.batchDone', { confirmed: batch.confirmed, total: selected.length }));
      setOutcomes(
        refusalsOf(batch).map(({ id, error }) => ({
          id,
          receivable: selected.find((r) => r.id === id),
          ok: false,
          message: problem(error),
        })),
      );
      done();
    } catch (failure) {
      setBatchError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title={t('core.confirmations.title')} subtitle={t('core.confirmations.subtitle')} />
      <Card>
        <Space className="section" wrap>
          <Popconfirm
            title={t('core.confirmations.batchConfirm', { count: selected.length })}
            description={
              <div className="review-consequence" style={{ maxWidth: 320 }}>
                {t('core.confirmations.batchReview', {
                  count: selected.length,
                  amount: formatMoney(sumMoney(selected.map((r) => r.amount))),
                })}
              </div>
            }
            okText={t('core.confirm.submit')}
            cancelText={t('common.cancel')}
            onConfirm={() => void confirmBatch()}
            disabled={selected.length === 0}
          >
            <Button type="primary" icon={<CheckOutlined />} disabled={selected.length === 0} loading={busy}>
              {t('core.confirmations.confirmSelected', { count: selected.length })}
            </Button>
          </Popconfirm>
          <Typography.Text type="secondary">{t('core.confirmations.hint')}</Typography.Text>
        </Space>
        {batchError !== undefined && <ProblemAlert error={batchError} onClose={() => setBatchError(undefined)} />}
        {outcomes.length > 0 && (
          <Alert
            className="section"
            type="warning"
            showIcon
            title={t('core.confirmations.someFailed', { count: outcomes.length })}
            description={
              <List
                size="small"
                dataSource={outcomes}
                renderItem={(o) => (
                  <List.Item>
                    {o.receivable?.contractNo ?? o.id}: {o.message}
                  </List.Item>
                )}
              />
            }
            closable={{ onClose: () => setOutcomes([]) }}
          />
        )}
        <ReceivablesTable
          list={list}
          perspective="debtor"
          emptyHint={t('core.confirmations.empty')}
          rowSelection={{
            selectedRowKeys: selected.map((r) => r.id),
            onChange: (_keys, rows) => setSelected(rows),
          }}
          actions={(r) => (
            <Space size={4}>
              <Button size="small" type="link" onClick={() => setConfirming(r)}>
                {t('core.confirm.adjust')}
              </Button>
              <Button size="small" type="link" danger onClick={() => setDisputing(r)}>
                {t('core.dispute.submit')}
              </Button>
            </Space>
          )}
        />
      </Card>
      <ConfirmModal receivable={confirming} onClose={() => setConfirming(null)} onDone={done} />
      <DisputeModal receivable={disputing} onClose={() => setDisputing(null)} onDone={done} />
    </>
  );
}
