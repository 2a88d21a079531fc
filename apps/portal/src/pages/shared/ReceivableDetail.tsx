import { Alert, App, Button, Card, Col, Descriptions, Row, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Invoice, Receivable } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { ProcurementOrigin } from '../../components/ProcurementOrigin';
import { ConfirmModal, DisputeModal, PaymentModal } from '../../components/ReceivableActions';
import { ReceivablePieces } from '../../components/ReceivablePieces';
import { ReceivableFlags, isPartlyConfirmed } from '../../components/ReceivablesTable';
import { ReceivableTimeline } from '../../components/ReceivableTimeline';
import { useApi } from '../../hooks/useApi';
import { formatTimestamp } from '../../lib/dates';
import { compareMoney, formatMoney } from '../../lib/money';

type Action = 'confirm' | 'dispute' | 'pay' | null;

/** One receivable with its invoices, its timeline, its pledge notice and what the reader may do with it. */
export default function ReceivableDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const problem = useProblemMessage();
  const me = useMe();
  const { data: receivable, error, reload } = useApi<Receivable>(`/receivables/${id}`);
  const [action, setAction] = useState<Action>(null);
  const [generation, setGeneration] = useState(0);

  if (error) return <ProblemAlert error={error} />;
  if (!receivable) return <Skeleton active />;

  const refresh = () => {
    reload();
    setGeneration((g) => g + 1);
  };
  const isCreditor = me.enterpriseId !== null && me.enterpriseId === receivable.creditor?.id;
  const isDebtor = me.enterpriseId !== null && me.enterpriseId === receivable.debtor?.id;
  const pending = receivable.status === 'PENDING_CONFIRMATION';
  const payable =
    receivable.status === 'CONFIRMED' &&
    receivable.outstandingAmount !== null &&
    compareMoney(receivable.outstandingAmount, '0') > 0;

  const cancel = () =>
    modal.confirm({
      title: t('receivable.cancelConfirm', { contractNo: receivable.contractNo }),
      content: t('receivable.cancelReview', {
        debtor: receivable.debtor?.name,
        amount: formatMoney(receivable.amount),
      }),
      okText: t('receivable.cancel'),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: async () => {
        try {
          await api.post(`/receivables/${receivable.id}/cancel`);
          void message.success(t('receivable.cancelled'));
          refresh();
        } catch (failure) {
          void message.error(problem(failure));
        }
      },
    });

  return (
    <>
      <PageTitle
        title={t('receivable.title', { contractNo: receivable.contractNo })}
        subtitle={<ReceivableFlags receivable={receivable} />}
        extra={
          <Space wrap>
            {isDebtor && pending && (
              <>
                <Button type="primary" onClick={() => setAction('confirm')}>
                  {t('core.confirm.submit')}
                </Button>
                <Button danger onClick={() => setAction('dispute')}>
                  {t('core.dispute.submit')}
                </Button>
              </>
            )}
            {isDebtor && payable && (
              <Button type="primary" onClick={() => setAction('pay')}>
                {t('core.payment.submit')}
              </Button>
            )}
            {isCreditor && pending && (
              <Button danger onClick={cancel}>
                {t('receivable.cancel')}
              </Button>
            )}
          </Space>
        }
      />
      {receivable.pledge && (
        <Alert
          className="section"
          type="info"
          showIcon
          title={t('receivable.pledgeNotice', {
            bank: receivable.pledge.bankName,
            registrationNo: receivable.pledge.registrationNo,
          })}
          description={t('receivable.pledgeSince', { date: receivable.pledge.disbursedOn })}
        />
      )}
      <ProcurementOrigin receivable={receivable} />
      {isPartlyConfirmed(receivable) && (
        <Alert
          className="section partly-confirmed"
          type="warning"
          showIcon
          title={t('receivable.partlyConfirmedBecause', {
            confirmed: formatMoney(receivable.confirmedAmount),
            amount: formatMoney(receivable.amount),
          })}
          description={t('receivable.partReason', { reason: receivable.disputeReason ?? '—' })}
        />
      )}
      {receivable.status === 'DISPUTED' && receivable.disputeReason && (
        <Alert
          className="section"
          type="error"
          showIcon
          title={t('receivable.disputedBecause', { reason: receivable.disputeReason })}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card className="section">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                { key: 'creditor', label: t('receivable.creditor'), children: receivable.creditor?.name },
                { key: 'debtor', label: t('receivable.debtor'), children: receivable.debtor?.name },
                { key: 'amount', label: t('receivable.amount'), children: <MoneyText value={receivable.amount} /> },
                {
                  key: 'confirmedAmount',
                  label: t('receivable.confirmedAmount'),
                  children: <MoneyText value={receivable.confirmedAmount} />,
                },
                {
                  key: 'outstanding',
                  label: t('receivable.outstanding'),
                  children: <MoneyText value={receivable.outstandingAmount} strong />,
                },
                {
                  key: 'confirmedAt',
                  label: t('receivable.confirmedAt'),
                  children: formatTimestamp(receivable.confirmedAt),
                },
                { key: 'deliveryDate', label: t('receivable.deliveryDate'), children: receivable.deliveryDate },
                { key: 'dueDate', label: t('receivable.dueDate'), children: receivable.dueDate },
                { key: 'daysOverdue', label: t('receivable.daysOverdue'), children: receivable.daysOverdue },
                {
                  key: 'paid',
                  label: t('receivable.paidAmount'),
                  children: <MoneyText value={receivable.paidAmount} />,
                },
                {
                  key: 'expected',
                  label: t('receivable.expectedPaymentDate'),
                  children: receivable.expectedPaymentDate ?? receivable.settledOn ?? '—',
                },
                {
                  key: 'term',
                  label: t('receivable.paymentTerm'),
                  children: (
                    <Space size={4} wrap>
                      {receivable.paymentTermDays !== undefined &&
                        t('common.days', { count: receivable.paymentTermDays })}
                      {(receivable.paymentTermFlags ?? []).map((flag) => (
                        <Tag color="orange" key={flag}>
                          {t(`termFlag.${flag}`)}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
                {
                  key: 'financing',
                  label: t('receivable.financingRequest'),
                  children: receivable.financingRequestId ? (
                    <Link to={`/financing/${receivable.financingRequestId}`}>{t('common.open')}</Link>
                  ) : (
                    '—'
                  ),
                },
                ...(receivable.description
                  ? [
                      {
                        key: 'description',
                        label: t('receivable.description'),
                        children: receivable.description,
                        span: 2,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          <Card className="section" title={t('receivable.invoices')}>
            <Table<Invoice>
              rowKey="number"
              size="small"
              pagination={false}
              dataSource={receivable.invoices}
              columns={[
                { title: t('receivable.invoiceNumber'), dataIndex: 'number' },
                { title: t('receivable.issueDate'), dataIndex: 'issueDate' },
                {
                  title: t('receivable.invoiceAmount'),
                  dataIndex: 'amount',
                  align: 'right',
                  render: (v: string) => <MoneyText value={v} />,
                },
              ]}
            />
          </Card>
          <ReceivablePieces key={generation} receivable={receivable} onChanged={refresh} />
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('receivable.timeline')}>
            <ReceivableTimeline key={generation} receivableId={receivable.id} />
          </Card>
        </Col>
      </Row>
      <ConfirmModal
        receivable={action === 'confirm' ? receivable : null}
        onClose={() => setAction(null)}
        onDone={refresh}
      />
      <DisputeModal
        receivable={action === 'dispute' ? receivable : null}
        onClose={() => setAction(null)}
        onDone={refresh}
      />
      <PaymentModal
        receivable={action === 'pay' ? receivable : null}
        onClose={() => setAction(null)}
        onDone={refresh}
      />
    </>
  );
}
