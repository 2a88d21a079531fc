import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { Receivable } from '../../api/schema';
import { DebtorInput } from '../../components/DebtorInput';
import { moneyRules, requiredRule, usccRules } from '../../components/formRules';
import { MoneyInput } from '../../components/MoneyInput';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormProblem } from '../../hooks/useFormProblem';
import { daysBetween, fromBusinessDate, today, toBusinessDate } from '../../lib/dates';
import { isMoneyText, normaliseMoney, sumMoney } from '../../lib/money';

interface InvoiceLine {
  number?: string;
  amount?: string;
  issueDate?: Dayjs;
}

interface ReceivableForm {
  debtorUscc: string;
  contractNo: string;
  invoices: InvoiceLine[];
  deliveryDate: Dayjs;
  dueDate: Dayjs;
  description?: string;
}

// A fully digital e-invoice number (20 digits), or an older invoice's 10/12-digit code and 8-digit number.
export const INVOICE_NUMBER = /^(\d{20}|\d{10}-\d{8}|\d{12}-\d{8})$/;

// SME Payment Regulation (2025) art. 9: a large buyer pays within 60 days of delivery unless agreed.
const LONG_TERM_DAYS = 60;

const CODE_FIELDS = {
  DEBTOR_NOT_REGISTERED: 'debtorUscc',
  SELF_DEALING: 'debtorUscc',
  AMOUNT_MISMATCH: 'amount',
  INVOICE_ALREADY_REGISTERED: 'invoices',
};

export function invoiceTotal(invoices: InvoiceLine[] | undefined): string {
  return sumMoney((invoices ?? []).map((line) => (line && isMoneyText(line.amount) ? line.amount : null)));
}

/** The receivable as POST /receivables takes it: the amount is the invoices' exact sum. */
export function receivablePayload(values: ReceivableForm) {
  const invoices = values.invoices.map((line) => ({
    number: line.number!.trim(),
    amount: normaliseMoney(line.amount!.trim()),
    issueDate: toBusinessDate(line.issueDate)!,
  }));
  return {
    debtorUscc: values.debtorUscc.trim().toUpperCase(),
    contractNo: values.contractNo.trim(),
    invoices,
    amount: sumMoney(invoices.map((line) => line.amount)),
    deliveryDate: toBusinessDate(values.deliveryDate)!,
    dueDate: toBusinessDate(values.dueDate)!,
    ...(values.description?.trim() ? { description: values.description.trim() } : {}),
  };
}

/** The receivable's amount, always the invoices' sum; a field, so that AMOUNT_MISMATCH shows here. */
function TotalAmount({ total }: { total: string }) {
  return (
    <strong className="receivable-total">
      <MoneyText value={total} />
    </strong>
  );
}

/** An SME registers what a buyer owes it: the debtor, the contract and its invoice lines. */
export default function RegisterReceivable() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ReceivableForm>();
  const { error, handle, clear } = useFormProblem(form, CODE_FIELDS);
  const [submitting, setSubmitting] = useState(false);
  const invoices = Form.useWatch('invoices', form);
  const deliveryDate = Form.useWatch('deliveryDate', form);
  const dueDate = Form.useWatch('dueDate', form);
  const termDays =
    deliveryDate && dueDate ? daysBetween(toBusinessDate(deliveryDate)!, toBusinessDate(dueDate)!) : undefined;

  const submit = async (values: ReceivableForm) => {
    setSubmitting(true);
    clear();
    try {
      const created = await api.post<Receivable>('/receivables', receivablePayload(values));
      void message.success(t('sme.register.done', { contractNo: created.contractNo }));
      await navigate(`/receivables/${created.id}`);
    } catch (failure) {
      handle(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <PageTitle title={t('menu.registerReceivable')} subtitle={t('sme.register.subtitle')} />
      <Card>
        <Form<ReceivableForm>
          form={form}
          layout="vertical"
          onFinish={submit}
          disabled={submitting}
          initialValues={{
            invoices: [{ issueDate: fromBusinessDate(today()) }],
            deliveryDate: fromBusinessDate(today()),
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="debtorUscc"
                label={t('sme.register.debtor')}
                extra={t('sme.register.debtorHint')}
                rules={usccRules(t)}
                normalize={(v: string) => v?.toUpperCase()}
              >
                <DebtorInput placeholder={t('sme.register.debtorPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="contractNo" label={t('receivable.contractNo')} rules={[requiredRule(t)]}>
                <Input maxLength={64} placeholder="HT-2026-001" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={5}>{t('receivable.invoices')}</Typography.Title>
          <Form.List
            name="invoices"
            rules={[
              {
                validator: async (_rule, lines: InvoiceLine[]) => {
                  if (!lines || lines.length === 0) throw new Error(t('sme.register.atLeastOneInvoice'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, index) => (
                  <Row gutter={12} key={field.key} align="top" className="invoice-line">
                    <Col xs={24} md={9}>
                      <Form.Item
                        name={[field.name, 'number']}
                        label={index === 0 ? t('receivable.invoiceNumber') : undefined}
                        rules={[requiredRule(t), { pattern: INVOICE_NUMBER, message: t('form.invoiceNumber') }]}
                      >
                        <Input placeholder="26452000000000012345" aria-label={t('receivable.invoiceNumber')} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={7}>
                      <Form.Item
                        name={[field.name, 'amount']}
                        label={index === 0 ? t('receivable.invoiceAmount') : undefined}
                        rules={moneyRules(t)}
                      >
                        <MoneyInput aria-label={t('receivable.invoiceAmount')} />
                      </Form.Item>
                    </Col>
                    <Col xs={10} md={6}>
                      <Form.Item
                        name={[field.name, 'issueDate']}
                        label={index === 0 ? t('receivable.issueDate') : undefined}
                        rules={[requiredRule(t)]}
                      >
                        <DatePicker style={{ width: '100%' }} aria-label={t('receivable.issueDate')} />
                      </Form.Item>
                    </Col>
                    <Col xs={2} md={2} style={{ paddingTop: index === 0 ? 30 : 0 }}>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('sme.register.removeInvoice')}
                        disabled={fields.length === 1}
                        onClick={() => remove(field.name)}
                      />
                    </Col>
                  </Row>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ issueDate: fromBusinessDate(today()) })}
                  style={{ marginBottom: 16 }}
                >
                  {t('sme.register.addInvoice')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="amount" label={t('receivable.amount')} extra={t('sme.register.amountHint')}>
            <TotalAmount total={invoiceTotal(invoices)} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="deliveryDate" label={t('receivable.deliveryDate')} rules={[requiredRule(t)]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="dueDate"
                label={t('receivable.dueDate')}
                dependencies={['deliveryDate']}
                rules={[
                  requiredRule(t),
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: Dayjs | undefined) => {
                      const delivered = getFieldValue('deliveryDate') as Dayjs | undefined;
                      if (value && delivered && value.isBefore(delivered, 'day'))
                        throw new Error(t('form.dueBeforeDelivery'));
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('sme.register.term')}>
                <Typography.Text>
                  {termDays === undefined ? '—' : t('common.days', { count: termDays })}
                </Typography.Text>
              </Form.Item>
            </Col>
          </Row>
          {termDays !== undefined && termDays > LONG_TERM_DAYS && (
            <Alert
              type="warning"
              showIcon
              title={t('sme.register.longTerm', { days: LONG_TERM_DAYS })}
              style={{ marginBottom: 16 }}
            />
          )}
          <Form.Item name="description" label={t('receivable.description')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          {error !== undefined && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={error} />
            </div>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('sme.register.submit')}
            </Button>
            <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
