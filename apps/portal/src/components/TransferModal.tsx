import { Money } from '@gqt/kernel';
import { Alert, Button, Descriptions, Form, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { TransferBody, TransferResult } from '../api/procurement';
import type { Receivable } from '../api/schema';
import { useFormProblem } from '../hooks/useFormProblem';
import { newIdempotencyKey } from '../lib/idempotency';
import { compareMoney, formatMoney, isMoneyText, normaliseMoney } from '../lib/money';
import { moneyRules, requiredRule, usccRules } from './formRules';
import { MoneyInput } from './MoneyInput';
import { ProblemAlert } from './ProblemAlert';

interface TransferForm {
  toUscc: string;
  amount: string;
  reference: string;
}

const CODE_FIELDS = {
  AMOUNT_EXCEEDS_OUTSTANDING: 'amount',
  TRANSFEREE_NOT_ELIGIBLE: 'toUscc',
  SELF_DEALING: 'toUscc',
  USCC_INVALID: 'toUscc',
};

/** Why the holder cannot split this receivable now, or null when it can (api-contract.md § Transfer and split). */
export function transferBlocker(receivable: Receivable): string | null {
  if (receivable.status !== 'CONFIRMED') return 'state';
  if (receivable.daysOverdue > 0) return 'overdue';
  if (receivable.financingRequestId) return 'pledged';
  if (compareMoney(receivable.outstandingAmount, '0') <= 0) return 'nothing';
  return null;
}

/**
 * The holder passes a piece of a confirmed receivable to another SME: first what (transferee by its
 * credit code, amount, reference), then a confirmation that says what will happen, then the transfer.
 */
export function TransferModal({
  receivable,
  holderUscc,
  onClose,
  onDone,
}: {
  receivable: Receivable | null;
  /** The holder's own credit code: a transfer to oneself is refused before it is sent. */
  holderUscc?: string;
  onClose: () => void;
  onDone: (result: TransferResult) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TransferForm>();
  const { error, handle, clear } = useFormProblem(form, CODE_FIELDS);
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');
  const [values, setValues] = useState<TransferForm>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [submitting, setSubmitting] = useState(false);
  const open = receivable !== null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    clear();
    setStep('edit');
    setValues(undefined);
  }, [open, form, clear]);

  if (!receivable) return <Modal open={false} forceRender />;
  const outstanding = receivable.outstandingAmount;

  const next = async () => {
    let typed: TransferForm;
    try {
      typed = await form.validateFields();
    } catch {
      return;
    }
    const cleaned = {
      toUscc: typed.toUscc.trim(),
      amount: normaliseMoney(typed.amount.trim()),
      reference: typed.reference.trim(),
    };
    clear();
    setValues(cleaned);
    // A new intended transfer: a double click or a retry of this one sends the same key.
    setIdempotencyKey(newIdempotencyKey());
    setStep('confirm');
  };

  const submit = async () => {
    if (!values) return;
    setSubmitting(true);
    try {
      const body: TransferBody = values;
      const result = await api.post<TransferResult>(`/receivables/${receivable.id}/transfers`, body, {
        'Idempotency-Key': idempotencyKey,
      });
      onDone(result);
      onClose();
    } catch (failure) {
      // Back to the form, the refusal beside the field it concerns.
      setStep('edit');
      handle(failure);
    } finally {
      setSubmitting(false);
    }
  };

  const keep = values ? Money.parse(outstanding).minus(Money.parse(values.amount)).toString() : undefined;

  return (
    <Modal
      open={open}
      title={step === 'edit' ? t('transfer.title', { contractNo: receivable.contractNo }) : t('transfer.confirmTitle')}
      onCancel={onClose}
      forceRender
      footer={
        step === 'edit' ? (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button key="next" type="primary" onClick={() => void next()}>
              {t('transfer.next')}
            </Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={() => setStep('edit')} disabled={submitting}>
              {t('transfer.previous')}
            </Button>
            <Button key="confirm" type="primary" danger loading={submitting} onClick={() => void submit()}>
              {t('transfer.confirm')}
            </Button>
          </Space>
        )
      }
    >
      <div style={{ display: step === 'edit' ? undefined : 'none' }}>
        <Form<TransferForm> form={form} layout="vertical" onFinish={() => void next()}>
          <Form.Item
            name="toUscc"
            label={t('transfer.toUscc')}
            extra={t('transfer.toUsccHint')}
            rules={[
              ...usccRules(t),
              {
                validator: async (_rule, value: unknown) => {
                  if (holderUscc && typeof value === 'string' && value.trim() === holderUscc)
                    throw new Error(t('transfer.self'));
                },
              },
            ]}
          >
            <Input maxLength={18} placeholder={t('sme.register.debtorPlaceholder')} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('transfer.amount')}
            extra={t('transfer.amountHint', { amount: formatMoney(outstanding) })}
            rules={[
              ...moneyRules(t),
              {
                validator: async (_rule, value: unknown) => {
                  const text = typeof value === 'string' ? value.trim() : '';
                  if (isMoneyText(text) && compareMoney(text, outstanding) > 0) throw new Error(t('transfer.exceeds'));
                },
              },
            ]}
          >
            <MoneyInput />
          </Form.Item>
          <Form.Item name="reference" label={t('transfer.reference')} rules={[requiredRule(t)]}>
            <Input maxLength={100} placeholder={t('transfer.referenceHint')} />
          </Form.Item>
          {error !== undefined && <ProblemAlert error={error} />}
        </Form>
      </div>
      {step === 'confirm' && values && (
        <div className="transfer-confirmation">
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'transferee',
                label: t('transfer.transferee'),
                children: <Typography.Text code>{values.toUscc}</Typography.Text>,
              },
              { key: 'amount', label: t('transfer.amount'), children: <strong>{formatMoney(values.amount)}</strong> },
              { key: 'keep', label: t('transfer.keep'), children: formatMoney(keep) },
              { key: 'debtor', label: t('receivable.debtor'), children: receivable.debtor?.name },
              { key: 'due', label: t('receivable.dueDate'), children: receivable.dueDate },
              { key: 'reference', label: t('transfer.reference'), children: values.reference },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('transfer.transfereeChecked')}
          </Typography.Paragraph>
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            title={t('transfer.irreversible', {
              amount: formatMoney(values.amount),
              debtor: receivable.debtor?.name,
              date: receivable.dueDate,
            })}
          />
        </div>
      )}
    </Modal>
  );
}
