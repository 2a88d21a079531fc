import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { FinancingRequest, Page, Receivable } from '../../api/schema';
import { EmptyState } from '../../components/EmptyState';
import { moneyRules, requiredRule } from '../../components/formRules';
import { MoneyInput } from '../../components/MoneyInput';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../hooks/useApi';
import { useEnterprises } from '../../hooks/useEnterprises';
import { useFormProblem } from '../../hooks/useFormProblem';
import { daysBetween, today } from '../../lib/dates';
import { compareMoney, financingLimit, formatPercent, isMoneyText, normaliseMoney, sumMoney } from '../../lib/money';

interface RequestForm {
  bankId: string;
  /** Several banks at once (competing offers). */
  bankIds?: string[];
  requestedAmount: string;
  termDays: number;
}

export const DEFAULT_FINANCING_RATIO = '0.80';

const CODE_FIELDS = {
  AMOUNT_EXCEEDS_LIMIT: 'requestedAmount',
  AMOUNT_NOT_POSITIVE: 'requestedAmount',
  TERM_EXCEEDS_TENOR: 'termDays',
};

/** What may go into a request: confirmed, not yet due, money outstanding, in no live request. */
export function isFinanceable(receivable: Receivable, on: string): boolean {
  return (
    receivable.status === 'CONFIRMED' &&
    receivable.financingRequestId === null &&
    receivable.dueDate >= on &&
    compareMoney(receivable.outstandingAmount, '0') > 0
  );
}

/** An SME asks a bank for a loan against receivables it picks; the bank's maximum follows the picks. */
export default function NewFinancingRequest() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<RequestForm>();
  const { error, handle, clear } = useFormProblem(form, CODE_FIELDS);
  const [submitting, setSubmitting] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const banks = useEnterprises('BANK');
  const confirmed = useApi<Page<Receivable>>('/receivables', { role: 'creditor', status: 'CONFIRMED', limit: 200 });
  const on = today();
  const financeable = useMemo(
    () => (confirmed.data?.items ?? []).filter((r) => isFinanceable(r, on)),
    [confirmed.data, on],
  );

  const [several, setSeveral] = useState(false);
  const bankId = Form.useWatch('bankId', form);
  const bankIds = Form.useWatch('bankIds', form);
  const requested = Form.useWatch('requestedAmount', form);
  const bank = banks.enterprises.find((b) => b.id === bankId);
  // Before several banks the maximum follows the lowest financing ratio among them.
  const ratio = several
    ? (banks.enterprises
        .filter((b) => (bankIds ?? []).includes(b.id))
        .map((b) => b.financingRatio ?? DEFAULT_FINANCING_RATIO)
        .sort()[0] ?? DEFAULT_FINANCING_RATIO)
    : (bank?.financingRatio ?? DEFAULT_FINANCING_RATIO);
  const picked = financeable.filter((r) => selected.includes(r.id));
  const outstanding = sumMoney(picked.map((r) => r.outstandingAmount));
  const limit = financingLimit(
    picked.map((r) => r.outstandingAmount),
    ratio,
  );
  const earliestDue = picked.map((r) => r.dueDate).sort()[0];
  // The loan must end by the earliest due date: each receivable stays collateral for the whole term.
  const maxTermDays = earliestDue ? daysBetween(on, earliestDue) : undefined;
  const overLimit = isMoneyText(requested) && picked.length > 0 && compareMoney(requested, limit) > 0;

  const submit = async (values: RequestForm) => {
    if (selected.length === 0) return;
    setSubmitting(true);
    clear();
    try {
      const created = await api.post<FinancingRequest>('/financing-requests', {
        receivableIds: selected,
        ...(several ? { bankIds: values.bankIds } : { bankId: values.bankId }),
        requestedAmount: normaliseMoney(values.requestedAmount.trim()),
        termDays: values.termDays,
      });
      void message.success(t('sme.financing.submitted'));
      await navigate(`/financing/${created.id}`);
    } catch (failure) {
      handle(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <PageTitle title={t('sme.financing.new')} subtitle={t('sme.financing.newSubtitle')} />
      <Card className="section" title={t('sme.financing.pick')}>
        {confirmed.error && <ProblemAlert error={confirmed.error} />}
        <Table<Receivable>
          rowKey="id"
          size="small"
          loading={confirmed.loading}
          dataSource={financeable}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => {
              const ids = keys.map(String);
              setSelected(ids);
              const due = financeable
                .filter((r) => ids.includes(r.id))
                .map((r) => r.dueDate)
                .sort()[0];
              if (due) form.setFieldsValue({ termDays: daysBetween(on, due) });
            },
          }}
          locale={{
            emptyText: (
              <EmptyState
                hint={t('sme.financing.nothingFinanceable')}
                action={<Link to="/sme/receivables">{t('menu.receivables')}</Link>}
              />
            ),
          }}
          columns={[
            { title: t('receivable.contractNo'), dataIndex: 'contractNo' },
            { title: t('receivable.debtor'), key: 'debtor', render: (_, r) => r.debtor?.name },
            {
              title: t('receivable.outstanding'),
              dataIndex: 'outstandingAmount',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            { title: t('receivable.dueDate'), dataIndex: 'dueDate' },
          ]}
        />
      </Card>
      <Card title={t('sme.financing.terms')}>
        <Form<RequestForm> form={form} layout="vertical" onFinish={submit} disabled={submitting}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('offers.severalBanks')} extra={several ? t('offers.severalHint') : undefined}>
                <Switch checked={several} onChange={setSeveral} aria-label={t('offers.severalBanks')} />
              </Form.Item>
              {several ? (
                <Form.Item
                  name="bankIds"
                  label={t('offers.banks')}
                  rules={[
                    requiredRule(t),
                    {
                      validator: (_, value?: string[]) =>
                        value && value.length >= 2 && value.length <= 5
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('offers.banks'))),
                    },
                  ]}
                >
                  <Select
                    mode="multiple"
                    maxCount={5}
                    loading={banks.loading}
                    placeholder={t('sme.financing.pickBank')}
                    options={banks.enterprises.map((b) => ({
                      value: b.id,
                      label: `${b.name} · ${t('financing.ratio')} ${formatPercent(b.financingRatio ?? DEFAULT_FINANCING_RATIO)}`,
                    }))}
                  />
                </Form.Item>
              ) : (
                <Form.Item name="bankId" label={t('financing.bank')} rules={[requiredRule(t)]}>
                  <Select
                    loading={banks.loading}
                    placeholder={t('sme.financing.pickBank')}
                    options={banks.enterprises.map((b) => ({
                      value: b.id,
                      label: `${b.name} · ${t('financing.ratio')} ${formatPercent(b.financingRatio ?? DEFAULT_FINANCING_RATIO)}`,
                    }))}
                  />
                </Form.Item>
              )}
            </Col>
            <Col xs={24} md={12}>
              <Descriptions
                size="small"
                column={1}
                bordered
                className="financing-limit"
                items={[
                  {
                    key: 'selected',
                    label: t('sme.financing.selected'),
                    children: (
                      <>
                        {t('sme.financing.selectedCount', { count: picked.length })} · <MoneyText value={outstanding} />
                      </>
                    ),
                  },
                  { key: 'ratio', label: t('financing.ratio'), children: formatPercent(ratio) },
                  {
                    key: 'maximum',
                    label: t('sme.financing.maximum'),
                    children: (
                      <Typography.Text strong data-testid="financing-maximum">
                        <MoneyText value={limit} />
                      </Typography.Text>
                    ),
                  },
                ]}
              />
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="requestedAmount"
                label={t('financing.requestedAmount')}
                rules={moneyRules(t)}
                validateStatus={overLimit ? 'error' : undefined}
                help={overLimit ? t('errors.AMOUNT_EXCEEDS_LIMIT') : undefined}
              >
                <MoneyInput
                  suffix={
                    <Button
                      type="link"
                      size="small"
                      disabled={picked.length === 0}
                      onClick={() => form.setFieldsValue({ requestedAmount: limit })}
                    >
                      {t('sme.financing.useMaximum')}
                    </Button>
                  }
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="termDays"
                label={t('financing.termDays')}
                rules={[requiredRule(t)]}
                extra={
                  earliestDue
                    ? t('sme.financing.termHint', { date: earliestDue, days: daysBetween(on, earliestDue) })
                    : undefined
                }
              >
                <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          {selected.length === 0 && (
            <Alert type="info" showIcon title={t('sme.financing.pickFirst')} style={{ marginBottom: 16 }} />
          )}
          {error !== undefined && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={error} />
            </div>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting} disabled={selected.length === 0 || overLimit}>
              {t('sme.financing.submit')}
            </Button>
            <Button onClick={() => void navigate('/sme/financing')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
