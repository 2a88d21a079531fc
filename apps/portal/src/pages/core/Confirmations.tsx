import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { ConfirmationResult, Receivable } from '../../api/types';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { ConfirmModal, DisputeModal } from '../../components/ReceivableActions';
import { ReceivablesTable } from '../../components/ReceivablesTable';
import { useCursorList } from '../../hooks/useCursorList';
import { sumMoney } from '../../lib/money';

/** Whether one entry of POST /receivables/confirmations succeeded, and why not. */
export function confirmationOutcome(result: ConfirmationResult): { ok: boolean; code?: string; detail?: string } {
  const code = result.error?.code ?? result.code;
  const failed = result.ok === false || code !== undefined;
  return failed ? { ok: false, code, detail: result.error?.detail ?? result.detail } : { ok: true };
}

function resultsOf(answer: unknown): ConfirmationResult[] {
  if (Array.isArray(answer)) return answer as ConfirmationResult[];
  const body = answer as { results?: ConfirmationResult[]; items?: ConfirmationResult[] } | undefined;
  return body?.results ?? body?.items ?? [];
}

/** The core enterprise's main page: receivables waiting for its confirmation (确权), confirmed in batches. */
export default function Confirmations() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblemMessage();
  const list = useCursorList<Receivable>('/receivables', { role: 'debtor', status: 'PENDING_CONFIRMATION' });
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
      const answer = await api.post<unknown>('/receivables/confirmations', { ids: selected.map((r) => r.id) });
      const results = resultsOf(answer).map((result) => {
        const outcome = confirmationOutcome(result);
        const failure = outcome.code
          ? new ApiError({ type: '', title: '', status: 0, code: outcome.code, detail: outcome.detail ?? outcome.code })
          : undefined;
        return {
          id: result.id,
          receivable: selected.find((r) => r.id === result.id),
          ok: outcome.ok,
          message: failure ? problem(failure) : undefined,
        };
      });
      const confirmed = results.filter((r) => r.ok).length;
      void message.success(t('core.confirmations.batchDone', { confirmed, total: selected.length }));
      setOutcomes(results.filter((r) => !r.ok));
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
            description={<MoneyText value={sumMoney(selected.map((r) => r.amount))} />}
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
