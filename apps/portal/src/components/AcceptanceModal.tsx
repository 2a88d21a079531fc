import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Money } from '@gqt/kernel';
import { Alert, Button, Col, DatePicker, Form, Input, Modal, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { AcceptDeliveryBody, ProcurementAward, ProcurementPolicy } from '../api/procurement';
import type { Receivable } from '../api/schema';
import { useApi } from '../hooks/useApi';
import { useFormProblem } from '../hooks/useFormProblem';
import { addDays, fromBusinessDate, today, toBusinessDate } from '../lib/dates';
import { newIdempotencyKey } from '../lib/idempotency';
import { compareMoney, formatMoney, isMoneyText, normaliseMoney, sumMoney } from '../lib/money';
import { moneyRules, requiredRule } from './formRules';
import { MoneyInput } from './MoneyInput';
import { ProblemAlert } from './ProblemAlert';
import { ReviewList } from './ReviewList';

interface InvoiceLine {
  number?: string;
  amount?: string;
  issueDate?: Dayjs;
}

interface AcceptanceForm {
  acceptedOn: Dayjs;
  invoices: InvoiceLine[];
}

// A fully digital e-invoice number (20 digits), or an older invoice's 10/12-digit code and 8-digit number.
const INVOICE_NUMBER = /^(\d{20}|\d{10}-\d{8}|\d{12}-\d{8})$/;

const CODE_FIELDS = {
  AMOUNT_EXCEEDS_AWARD: 'invoices',
  AMOUNT_MISMATCH: 'invoices',
  INVOICE_ALREADY_REGISTERED: 'invoices',
};

/** What is left to accept on an award: its amount less the acceptances so far. */
export function remainingToAccept(award: Pick<ProcurementAward, 'amount' | 'acceptedAmount'>): string {
  return Money.parse(award.amount).minus(Money.parse(award.acceptedAmount)).toString();
}

export function invoicesTotal(lines: InvoiceLine[] | undefined): string {
  return sumMoney((lines ?? []).map((line) => (line && isMoneyText(line.amount?.trim()) ? line.amount!.trim() : null)));
}

/**
 * The purchaser accepts a delivery under an award: the invoices' total is the accepted amount, at
 * most what is left of the award; the answer is the confirmed receivable it became.
 */
export function AcceptanceModal({
  award,
  onClose,
  onDone,
}: {
  award: ProcurementAward | null;
  onClose: () => void;
  onDone: (receivable: Receivable) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AcceptanceForm>();
  const { error, handle, clear } = useFormProblem(form, CODE_FIELDS);
  const [submitting, setSubmitting] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  // The values under review: an acceptance is irreversible, so the first click shows what it does.
  const [reviewing, setReviewing] = useState<AcceptanceForm | null>(null);
  const policy = useApi<ProcurementPolicy>(award ? `/procurement-policies/${award.project.year}` : null);
  const open = award !== null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clear();
    setReviewing(null);
    setIdempotencyKey(newIdempotencyKey());
  }, [open, form, clear]);

  const lines = Form.useWatch('invoices', form);
  const acceptedOn = Form.useWatch('acceptedOn', form);
  const total = invoicesTotal(lines);
  const remaining = award ? remainingToAccept(award) : '0.00';
  const over = compareMoney(total, remaining) > 0;
  const day = toBusinessDate(acceptedOn);
  const paymentDays = policy.data?.paymentDays;

  const submit = async () => {
    if (!award) return;
    let values: AcceptanceForm;
    try {
      values = await form.validateFields();
    } catch {
      setReviewing(null);
      return;
    }
    if (over || compareMoney(total, '0') <= 0) return;
    if (reviewing === null) {
      clear();
      setReviewing(values);
      return;
    }
    setSubmitting(true);
    clear();
    try {
      const body: AcceptDeliveryBody = {
        acceptedOn: toBusinessDate(values.acceptedOn)!,
        amount: total,
        invoices: values.invoices.map((line) => ({
          number: line.number!.trim(),
          amount: normaliseMoney(line.amount!.trim()),
          issueDate: toBusinessDate(line.issueDate)!,
        })),
      };
      const receivable = await api.post<Receivable>(`/procurement-awards/${award.id}/acceptances`, body, {
        'Idempotency-Key': idempotencyKey,
      });
      onDone(receivable);
      onClose();
    } catch (failure) {
      // Back to the form: the refusal belongs beside the invoices that caused it.
      setReviewing(null);
      handle(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      width={720}
      title={t('procurement.acceptance.title', { contractNo: award?.contractNo })}
      okText={reviewing === null ? t('common.review') : t('procurement.acceptance.accept')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: submitting, disabled: over }}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
      footer={(buttons) =>
        reviewing === null ? (
          buttons
        ) : (
          <>
            <Button onClick={() => setReviewing(null)} disabled={submitting}>
              {t('common.edit')}
            </Button>
            {buttons}
          </>
        )
      }
    >
      {award && reviewing !== null && (
        <div className="review-step" role="region" aria-label={t('common.reviewTitle')}>
          <Alert type="warning" showIcon title={t('common.reviewTitle')} description={t('common.irreversible')} />
          <div className="review-body">
            <ReviewList
              items={[
                [t('procurement.acceptance.supplier'), award.supplier.name],
                [t('procurement.acceptance.acceptedOn'), toBusinessDate(reviewing.acceptedOn)],
                [t('procurement.acceptance.invoiceCount'), reviewing.invoices.length],
                [t('procurement.acceptance.amount'), formatMoney(total)],
              ]}
              consequence={t('procurement.acceptance.review', {
                supplier: award.supplier.name,
                amount: formatMoney(total),
                contractNo: award.contractNo,
              })}
            />
          </div>
        </div>
      )}
      <Form<AcceptanceForm>
        form={form}
        layout="vertical"
        disabled={submitting}
        style={reviewing !== null ? { display: 'none' } : undefined}
        initialValues={{ acceptedOn: fromBusinessDate(today()), invoices: [{}] }}
      >
        <Typography.Paragraph type="secondary">
          {t('procurement.acceptance.remaining', { amount: formatMoney(remaining) })}
        </Typography.Paragraph>
        <Form.Item name="acceptedOn" label={t('procurement.acceptance.acceptedOn')} rules={[requiredRule(t)]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.List name="invoices">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={24} md={10}>
                    <Form.Item
                      name={[field.name, 'number']}
                      label={index === 0 ? t('receivable.invoiceNumber') : undefined}
                      rules={[requiredRule(t), { pattern: INVOICE_NUMBER, message: t('form.invoiceNumber') }]}
                    >
                      <Input aria-label={t('receivable.invoiceNumber')} placeholder="26452000000000012345" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
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
                  <Col xs={2} md={2}>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('sme.register.removeInvoice')}
                        onClick={() => remove(field.name)}
                        style={index === 0 ? { marginTop: 30 } : undefined}
                      />
                    )}
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t('sme.register.addInvoice')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
        <Form.Item
          label={t('procurement.acceptance.amount')}
          validateStatus={over ? 'error' : undefined}
          help={over ? t('procurement.acceptance.exceedsRemaining') : undefined}
        >
          <Typography.Text strong className="acceptance-total">
            {formatMoney(total)}
          </Typography.Text>
        </Form.Item>
        {day && paymentDays !== undefined && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('procurement.acceptance.dueHint', { days: paymentDays, date: addDays(day, paymentDays) })}
          />
        )}
        {error !== undefined && <ProblemAlert error={error} />}
      </Form>
    </Modal>
  );
}
