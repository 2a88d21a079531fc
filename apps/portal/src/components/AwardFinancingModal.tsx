import { Button, Descriptions, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ProcurementAward } from '../api/procurement';
import type { FinancingRequest } from '../api/schema';
import { useEnterprises } from '../hooks/useEnterprises';
import { useFormProblem } from '../hooks/useFormProblem';
import { newIdempotencyKey } from '../lib/idempotency';
import { compareMoney, financingLimit, formatPercent, isMoneyText, normaliseMoney } from '../lib/money';
import { moneyRules, requiredRule } from './formRules';
import { MoneyInput } from './MoneyInput';
import { MoneyText } from './MoneyText';
import { ProblemAlert } from './ProblemAlert';

// As NewFinancingRequest: a bank without its own ratio lends 80 %.
const DEFAULT_RATIO = '0.80';

interface FinanceForm {
  bankId: string;
  requestedAmount: string;
  termDays: number;
}

const CODE_FIELDS = {
  AMOUNT_EXCEEDS_LIMIT: 'requestedAmount',
  AMOUNT_NOT_POSITIVE: 'requestedAmount',
};

/**
 * The supplier asks a bank to finance a government contract (政采贷), before or after acceptance:
 * at most the bank's ratio of what the purchaser has not yet paid on it.
 */
export function AwardFinancingModal({
  award,
  unpaid,
  onClose,
  onDone,
}: {
  award: ProcurementAward | null;
  /** The award's amount less the payments recorded on its acceptances. */
  unpaid: string;
  onClose: () => void;
  onDone: (request: FinancingRequest) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FinanceForm>();
  const { error, handle, clear } = useFormProblem(form, CODE_FIELDS);
  const [submitting, setSubmitting] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const banks = useEnterprises('BANK');
  const open = award !== null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clear();
    setIdempotencyKey(newIdempotencyKey());
  }, [open, form, clear]);

  const bankId = Form.useWatch('bankId', form);
  const requested = Form.useWatch('requestedAmount', form);
  const ratio = banks.enterprises.find((b) => b.id === bankId)?.financingRatio ?? DEFAULT_RATIO;
  const limit = financingLimit([unpaid], ratio);
  const over = isMoneyText(requested?.trim()) && compareMoney(requested.trim(), limit) > 0;

  const submit = async () => {
    if (!award) return;
    let values: FinanceForm;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (over) return;
    setSubmitting(true);
    clear();
    try {
      const created = await api.post<FinancingRequest>(
        '/financing-requests',
        {
          awardId: award.id,
          bankId: values.bankId,
          requestedAmount: normaliseMoney(values.requestedAmount.trim()),
          termDays: values.termDays,
        },
        { 'Idempotency-Key': idempotencyKey },
      );
      onDone(created);
      onClose();
    } catch (failure) {
      handle(failure);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('procurement.finance.title', { contractNo: award?.contractNo })}
      okText={t('sme.financing.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: submitting, disabled: over }}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('procurement.finance.hint')}</Typography.Paragraph>
      <Form<FinanceForm> form={form} layout="vertical" disabled={submitting} initialValues={{ termDays: 180 }}>
        <Form.Item name="bankId" label={t('financing.bank')} rules={[requiredRule(t)]}>
          <Select
            loading={banks.loading}
            placeholder={t('sme.financing.pickBank')}
            options={banks.enterprises.map((b) => ({
              value: b.id,
              label: `${b.name} · ${t('financing.ratio')} ${formatPercent(b.financingRatio ?? DEFAULT_RATIO)}`,
            }))}
          />
        </Form.Item>
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          items={[
            { key: 'unpaid', label: t('procurement.finance.unpaid'), children: <MoneyText value={unpaid} /> },
            { key: 'ratio', label: t('financing.ratio'), children: formatPercent(ratio) },
            {
              key: 'maximum',
              label: t('procurement.finance.maximum'),
              children: (
                <Typography.Text strong data-testid="award-financing-maximum">
                  <MoneyText value={limit} />
                </Typography.Text>
              ),
            },
          ]}
        />
        <Form.Item
          name="requestedAmount"
          label={t('financing.requestedAmount')}
          rules={moneyRules(t)}
          validateStatus={over ? 'error' : undefined}
          help={over ? t('errors.AMOUNT_EXCEEDS_LIMIT') : undefined}
        >
          <MoneyInput
            suffix={
              <Button type="link" size="small" onClick={() => form.setFieldsValue({ requestedAmount: limit })}>
                {t('sme.financing.useMaximum')}
              </Button>
            }
          />
        </Form.Item>
        <Form.Item name="termDays" label={t('financing.termDays')} rules={[requiredRule(t)]}>
          <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {error !== undefined && <ProblemAlert error={error} />}
      </Form>
    </Modal>
  );
}
