import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Skeleton,
  Space,
  Steps,
  Table,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { FinancingRequest, FinancingStatus, Receivable } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import {
  FinancedAward,
  RepaymentAccountFields,
  repaymentAccountOf,
  type RepaymentAccountValues,
} from '../../components/AwardFinancingParts';
import { FormModal } from '../../components/FormModal';
import { moneyRules, percentRules, requiredRule } from '../../components/formRules';
import { MoneyInput, PercentInput } from '../../components/MoneyInput';
import { ReviewList } from '../../components/ReviewList';
import { MoneyText } from '../../components/MoneyText';
import { OffersPanel } from '../../components/OffersPanel';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { ReceivableFlags } from '../../components/ReceivablesTable';
import { StatusTag } from '../../components/StatusTag';
import { useApi } from '../../hooks/useApi';
import { formatTimestamp, fromBusinessDate, today, toBusinessDate } from '../../lib/dates';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatMoney, formatPercent, normaliseMoney, rateFromPercent, sumMoney } from '../../lib/money';

type Decision = 'approve' | 'reject' | 'disburse' | 'repay' | null;

// The pledge's number in the national movable-property financing registry (中登网): 1-40 letters and digits.
const PLEDGE_NO = /^[A-Za-z0-9]{1,40}$/;

const STEPS: FinancingStatus[] = ['SUBMITTED', 'APPROVED', 'DISBURSED', 'REPAID'];

function FinancingSteps({ status }: { status: FinancingStatus }) {
  const { t } = useTranslation();
  const ended = status === 'REJECTED' || status === 'WITHDRAWN' || status === 'EXPIRED';
  return (
    <Steps
      size="small"
      current={ended ? 1 : Math.max(0, STEPS.indexOf(status))}
      status={ended ? 'error' : status === 'REPAID' ? 'finish' : 'process'}
      items={STEPS.map((step, index) => ({
        title: ended && index === 1 ? t(`status.financing.${status}`) : t(`status.financing.${step}`),
      }))}
    />
  );
}

/** The receivables of a request, each with the debtor's confirmation: what the bank lends against. */
function RequestReceivables({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Receivable[]>([]);
  const [error, setError] = useState<unknown>();
  const key = ids.join(',');
  // The same ids in a new array must not fetch again: the list is identified by its key.
  const idList = useMemo(() => (key ? key.split(',') : []), [key]);
  useEffect(() => {
    let current = true;
    setRows([]);
    Promise.all(idList.map((id) => api.get<Receivable>(`/receivables/${id}`)))
      .then((loaded) => current && setRows(loaded))
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [idList]);
  if (error) return <ProblemAlert error={error} />;
  return (
    <Table<Receivable>
      rowKey="id"
      size="small"
      pagination={false}
      loading={rows.length === 0 && ids.length > 0}
      dataSource={rows}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4}>
            {t('financing.outstandingTotal')}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            <MoneyText value={sumMoney(rows.map((r) => r.outstandingAmount))} strong />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} colSpan={2} />
        </Table.Summary.Row>
      )}
      columns={[
        {
          title: t('receivable.contractNo'),
          dataIndex: 'contractNo',
          render: (v: string, r) => <Link to={`/receivables/${r.id}`}>{v}</Link>,
        },
        { title: t('receivable.debtor'), key: 'debtor', render: (_, r) => r.debtor?.name },
        {
          title: t('financing.debtorConfirmation'),
          key: 'confirmedAt',
          render: (_, r) => (r.confirmedAt ? t('financing.confirmedOn', { at: formatTimestamp(r.confirmedAt) }) : '—'),
        },
        {
          title: t('receivable.confirmedAmount'),
          dataIndex: 'confirmedAmount',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        {
          title: t('receivable.outstanding'),
          dataIndex: 'outstandingAmount',
          align: 'right',
          render: (v: string) => <MoneyText value={v} />,
        },
        { title: t('receivable.dueDate'), dataIndex: 'dueDate' },
        { title: t('common.status'), key: 'status', render: (_, r) => <ReceivableFlags receivable={r} /> },
      ]}
    />
  );
}

/** A financing request: its receivables and their confirmations, and the decisions the reader may take. */
export default function FinancingDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const problem = useProblemMessage();
  const me = useMe();
  const { data: request, error, reload } = useApi<FinancingRequest>(`/financing-requests/${id}`);
  const [decision, setDecision] = useState<Decision>(null);
  // One key per decision dialog: a retried or doubled submission is applied once.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  if (error) return <ProblemAlert error={error} />;
  if (!request) return <Skeleton active />;

  const isBank = me.role === 'BANK' && me.enterpriseId === request.bankId;
  const isApplicant = me.role === 'SME';
  const open = (next: Decision) => {
    setIdempotencyKey(newIdempotencyKey());
    setDecision(next);
  };
  const decide = async (path: string, body: object) => {
    await api.post(`/financing-requests/${request.id}/${path}`, body, { 'Idempotency-Key': idempotencyKey });
    void message.success(t('financing.saved'));
    reload();
  };
  const withdraw = () =>
    modal.confirm({
      title: t('financing.withdrawConfirm'),
      okText: t('financing.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: async () => {
        try {
          await api.post(`/financing-requests/${request.id}/withdraw`);
          reload();
        } catch (failure) {
          void message.error(problem(failure));
        }
      },
    });

  return (
    <>
      <PageTitle
        title={t('financing.title')}
        subtitle={<StatusTag group="financing" status={request.status} />}
        extra={
          <Space wrap>
            {isBank && request.status === 'SUBMITTED' && (
              <>
                <Button type="primary" onClick={() => open('approve')}>
                  {t('financing.approve')}
                </Button>
                <Button danger onClick={() => open('reject')}>
                  {t('financing.reject')}
                </Button>
              </>
            )}
            {isBank && request.status === 'APPROVED' && (
              <Button type="primary" onClick={() => open('disburse')}>
                {t('financing.disburse')}
              </Button>
            )}
            {isBank && request.status === 'DISBURSED' && (
              <Button type="primary" onClick={() => open('repay')}>
                {t('financing.repay')}
              </Button>
            )}
            {isApplicant && ['OPEN', 'SUBMITTED', 'APPROVED'].includes(request.status) && (
              <Button danger onClick={withdraw}>
                {t('financing.withdraw')}
              </Button>
            )}
          </Space>
        }
      />
      <Card className="section">
        <FinancingSteps status={request.status} />
      </Card>
      <Card className="section">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'applicant', label: t('financing.applicant'), children: request.sme.name },
            {
              key: 'bank',
              label: t('financing.bank'),
              children:
                request.bank?.name ??
                (request.bankIds.length > 0 ? t('offers.bankCount', { count: request.bankIds.length }) : '—'),
            },
            { key: 'submittedAt', label: t('financing.submittedAt'), children: formatTimestamp(request.createdAt) },
            {
              key: 'requested',
              label: t('financing.requestedAmount'),
              children: <MoneyText value={request.requestedAmount} strong />,
            },
            { key: 'term', label: t('financing.termDays'), children: request.termDays },
            {
              key: 'outstandingTotal',
              label: t('financing.outstandingTotal'),
              children: <MoneyText value={request.outstandingTotal} />,
            },
            { key: 'ratio', label: t('financing.ratio'), children: formatPercent(request.financingRatio) },
            {
              key: 'approved',
              label: t('financing.approvedAmount'),
              children: <MoneyText value={request.approvedAmount} />,
            },
            { key: 'rate', label: t('financing.annualRate'), children: formatPercent(request.annualRate) },
            { key: 'approvedTerm', label: t('financing.approvedTermDays'), children: request.approvedTermDays ?? '—' },
            { key: 'loan', label: t('financing.loanReference'), children: request.loanReference ?? '—' },
            {
              key: 'pledge',
              label: t('financing.pledgeRegistrationNo'),
              children: request.pledgeRegistrationNo ?? '—',
            },
            { key: 'disbursedOn', label: t('financing.disbursedOn'), children: request.disbursedOn ?? '—' },
            { key: 'maturityDate', label: t('financing.maturityDate'), children: request.maturityDate ?? '—' },
            { key: 'repaidOn', label: t('financing.repaidOn'), children: request.repaidOn ?? '—' },
            ...(request.rejectionReason
              ? [
                  {
                    key: 'reason',
                    label: t('financing.rejectionReason'),
                    children: request.rejectionReason,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {request.awardId && <FinancedAward awardId={request.awardId} />}
      {request.bankIds.length > 0 && <OffersPanel request={request} onChanged={reload} />}
      <Card title={t('financing.receivables')}>
        <RequestReceivables ids={request.receivableIds ?? []} />
      </Card>

      <FormModal<{ approvedAmount: string; annualRate: string; termDays: number }>
        open={decision === 'approve'}
        title={t('financing.approve')}
        okText={t('financing.approve')}
        initialValues={{ approvedAmount: request.requestedAmount, termDays: request.termDays }}
        codeFields={{
          AMOUNT_EXCEEDS_REQUESTED: 'approvedAmount',
          AMOUNT_NOT_POSITIVE: 'approvedAmount',
          RATE_OUT_OF_RANGE: 'annualRate',
          TERM_EXCEEDS_TENOR: 'termDays',
        }}
        onClose={() => setDecision(null)}
        review={(v) => (
          <ReviewList
            items={[
              [t('financing.applicant'), request.sme.name],
              [t('financing.approvedAmount'), formatMoney(normaliseMoney(v.approvedAmount))],
              [t('financing.annualRate'), formatPercent(rateFromPercent(v.annualRate))],
              [t('financing.termDays'), v.termDays],
            ]}
            consequence={t('financing.reviewApprove', {
              sme: request.sme.name,
              amount: formatMoney(normaliseMoney(v.approvedAmount)),
              rate: formatPercent(rateFromPercent(v.annualRate)),
              days: v.termDays,
            })}
          />
        )}
        onSubmit={(v) =>
          decide('approve', {
            approvedAmount: normaliseMoney(v.approvedAmount.trim()),
            annualRate: rateFromPercent(v.annualRate),
            termDays: v.termDays,
          })
        }
      >
        <Form.Item name="approvedAmount" label={t('financing.approvedAmount')} rules={moneyRules(t)}>
          <MoneyInput />
        </Form.Item>
        <Form.Item
          name="annualRate"
          label={t('financing.annualRate')}
          extra={t('financing.rateHint')}
          rules={percentRules(t)}
        >
          <PercentInput />
        </Form.Item>
        <Form.Item name="termDays" label={t('financing.termDays')} rules={[requiredRule(t)]}>
          <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>

      <FormModal<{ reason: string }>
        open={decision === 'reject'}
        danger
        title={t('financing.reject')}
        okText={t('financing.reject')}
        onClose={() => setDecision(null)}
        review={(v) => (
          <ReviewList
            items={[
              [t('financing.applicant'), request.sme.name],
              [t('financing.requestedAmount'), formatMoney(request.requestedAmount)],
              [t('financing.rejectionReason'), v.reason.trim()],
            ]}
            consequence={t('financing.reviewReject', { sme: request.sme.name })}
          />
        )}
        onSubmit={(v) => decide('reject', { reason: v.reason.trim() })}
      >
        <Form.Item name="reason" label={t('financing.rejectionReason')} rules={[requiredRule(t)]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </FormModal>

      <FormModal<{ loanReference: string; disbursedOn: Dayjs; pledgeRegistrationNo: string } & RepaymentAccountValues>
        open={decision === 'disburse'}
        title={t('financing.disburse')}
        okText={t('financing.disburse')}
        initialValues={{ disbursedOn: fromBusinessDate(today()) }}
        codeFields={{ DATE_IN_FUTURE: 'disbursedOn', DATE_TOO_EARLY: 'disbursedOn' }}
        onClose={() => setDecision(null)}
        review={(v) => (
          <ReviewList
            items={[
              [t('financing.applicant'), request.sme.name],
              [t('financing.approvedAmount'), formatMoney(request.approvedAmount)],
              [t('financing.pledgeRegistrationNo'), v.pledgeRegistrationNo.trim()],
              [t('financing.loanReference'), v.loanReference.trim()],
              [t('financing.disbursedOn'), toBusinessDate(v.disbursedOn)],
              // A contract loan: the account the purchaser will be told to pay into.
              ...(v.repaymentAccount
                ? ([
                    [t('procurement.financing.accountBank'), v.repaymentAccount.bankName.trim()],
                    [t('procurement.financing.accountNo'), v.repaymentAccount.accountNo.trim()],
                  ] as [string, string][])
                : []),
            ]}
            consequence={t('financing.reviewDisburse', {
              sme: request.sme.name,
              amount: formatMoney(request.approvedAmount),
              date: toBusinessDate(v.disbursedOn),
              no: v.pledgeRegistrationNo.trim(),
              bank: request.bank?.name ?? '',
            })}
          />
        )}
        onSubmit={(v) =>
          decide('disburse', {
            loanReference: v.loanReference.trim(),
            disbursedOn: toBusinessDate(v.disbursedOn),
            pledgeRegistrationNo: v.pledgeRegistrationNo.trim(),
            ...repaymentAccountOf(v),
          })
        }
      >
        <Form.Item
          name="pledgeRegistrationNo"
          label={t('financing.pledgeRegistrationNo')}
          extra={t('financing.pledgeHint')}
          rules={[requiredRule(t), { pattern: PLEDGE_NO, message: t('form.pledgeNo') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="loanReference" label={t('financing.loanReference')} rules={[requiredRule(t)]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="disbursedOn" label={t('financing.disbursedOn')} rules={[requiredRule(t)]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {request.awardId && <RepaymentAccountFields />}
      </FormModal>

      <FormModal<{ repaidOn: Dayjs }>
        open={decision === 'repay'}
        title={t('financing.repay')}
        okText={t('financing.repay')}
        initialValues={{ repaidOn: fromBusinessDate(today()) }}
        codeFields={{ DATE_IN_FUTURE: 'repaidOn', DATE_TOO_EARLY: 'repaidOn' }}
        onClose={() => setDecision(null)}
        review={(v) => (
          <ReviewList
            items={[
              [t('financing.applicant'), request.sme.name],
              [t('financing.approvedAmount'), formatMoney(request.approvedAmount)],
              [t('financing.repaidOn'), toBusinessDate(v.repaidOn)],
            ]}
            consequence={t('financing.reviewRepay', { sme: request.sme.name, date: toBusinessDate(v.repaidOn) })}
          />
        )}
        onSubmit={(v) => decide('repay', { repaidOn: toBusinessDate(v.repaidOn) })}
      >
        <Form.Item name="repaidOn" label={t('financing.repaidOn')} rules={[requiredRule(t)]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
