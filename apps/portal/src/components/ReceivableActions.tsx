import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Receivable } from '../api/schema';
import { fromBusinessDate, today, toBusinessDate } from '../lib/dates';
import { compareMoney, formatMoney, isMoneyText, normaliseMoney } from '../lib/money';
import type { Dayjs } from 'dayjs';
import { moneyRules, requiredRule } from './formRules';
import { FormModal } from './FormModal';
import { MoneyInput } from './MoneyInput';
import { ReviewList } from './ReviewList';

interface ModalProps {
  receivable: Receivable | null;
  onClose: () => void;
  onDone: () => void;
}

/** Whether the typed amount confirms less than the registered one (a partial confirmation needs a reason). */
export function confirmsLess(receivable: Receivable | null, typed: unknown): boolean {
  if (!receivable || !isMoneyText(typed)) return false;
  return compareMoney(typed, receivable.amount) < 0;
}

/** The debtor confirms what it owes (确权), possibly a lower amount (with a reason) or a corrected due date. */
export function ConfirmModal({ receivable, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal<{ confirmedAmount?: string; dueDate?: Dayjs; reason?: string }>
      open={receivable !== null}
      title={t('core.confirm.title', { contractNo: receivable?.contractNo })}
      okText={t('core.confirm.submit')}
      initialValues={{ confirmedAmount: receivable?.amount, dueDate: fromBusinessDate(receivable?.dueDate) }}
      codeFields={{ CONFIRMED_AMOUNT_EXCEEDS_AMOUNT: 'confirmedAmount' }}
      onClose={onClose}
      review={(values) => {
        const amount = values.confirmedAmount ? normaliseMoney(values.confirmedAmount) : (receivable?.amount ?? '');
        const partial = confirmsLess(receivable, values.confirmedAmount);
        return (
          <ReviewList
            items={[
              [t('receivable.creditor'), receivable?.creditor?.name],
              [t('receivable.amount'), formatMoney(receivable?.amount)],
              [t('receivable.confirmedAmount'), formatMoney(amount)],
              [t('receivable.dueDate'), toBusinessDate(values.dueDate)],
              ...(partial
                ? ([[t('core.confirm.reason'), values.reason?.trim()]] as [string, string | undefined][])
                : []),
            ]}
            consequence={t(partial ? 'core.confirm.reviewPartial' : 'core.confirm.review', {
              creditor: receivable?.creditor?.name,
              amount: formatMoney(amount),
            })}
          />
        );
      }}
      onSubmit={async (values) => {
        if (!receivable) return;
        const confirmedAmount = values.confirmedAmount ? normaliseMoney(values.confirmedAmount.trim()) : undefined;
        const dueDate = toBusinessDate(values.dueDate);
        const partial = confirmedAmount !== undefined && compareMoney(confirmedAmount, receivable.amount) < 0;
        await api.post(`/receivables/${receivable.id}/confirm`, {
          ...(confirmedAmount && confirmedAmount !== receivable.amount ? { confirmedAmount } : {}),
          ...(dueDate && dueDate !== receivable.dueDate ? { dueDate } : {}),
          ...(partial && values.reason ? { reason: values.reason.trim() } : {}),
        });
        onDone();
      }}
    >
      <Form.Item
        name="confirmedAmount"
        label={t('receivable.confirmedAmount')}
        extra={t('core.confirm.amountHint', { amount: formatMoney(receivable?.amount) })}
        rules={moneyRules(t)}
      >
        <MoneyInput />
      </Form.Item>
      <Form.Item noStyle dependencies={['confirmedAmount']}>
        {({ getFieldValue }) =>
          confirmsLess(receivable, getFieldValue('confirmedAmount')) ? (
            <Form.Item
              name="reason"
              label={t('core.confirm.reason')}
              extra={t('core.confirm.reasonHint')}
              rules={[requiredRule(t), { whitespace: true, message: t('form.required') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <Form.Item name="dueDate" label={t('receivable.dueDate')} rules={[requiredRule(t)]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** The debtor disputes a receivable, saying why. */
export function DisputeModal({ receivable, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal<{ reason: string }>
      open={receivable !== null}
      danger
      title={t('core.dispute.title', { contractNo: receivable?.contractNo })}
      okText={t('core.dispute.submit')}
      onClose={onClose}
      review={({ reason }) => (
        <ReviewList
          items={[
            [t('receivable.creditor'), receivable?.creditor?.name],
            [t('receivable.amount'), formatMoney(receivable?.amount)],
            [t('core.dispute.reason'), reason.trim()],
          ]}
          consequence={t('core.dispute.review', { creditor: receivable?.creditor?.name })}
        />
      )}
      onSubmit={async ({ reason }) => {
        if (!receivable) return;
        await api.post(`/receivables/${receivable.id}/dispute`, { reason: reason.trim() });
        onDone();
      }}
    >
      <Form.Item name="reason" label={t('core.dispute.reason')} rules={[requiredRule(t)]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** The debtor records a payment; nothing outstanding settles the receivable. */
export function PaymentModal({ receivable, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal<{ amount: string; paidOn: Dayjs; reference: string }>
      open={receivable !== null}
      title={t('core.payment.title', { contractNo: receivable?.contractNo })}
      okText={t('core.payment.submit')}
      initialValues={{ amount: receivable?.outstandingAmount ?? undefined, paidOn: fromBusinessDate(today()) }}
      codeFields={{ OVERPAYMENT: 'amount' }}
      onClose={onClose}
      review={(values) => (
        <ReviewList
          items={[
            [t('receivable.creditor'), receivable?.creditor?.name],
            [t('core.payment.amount'), formatMoney(normaliseMoney(values.amount))],
            [t('core.payment.paidOn'), toBusinessDate(values.paidOn)],
            [t('core.payment.reference'), values.reference.trim()],
          ]}
          consequence={t('core.payment.review', {
            amount: formatMoney(normaliseMoney(values.amount)),
            outstanding: formatMoney(receivable?.outstandingAmount),
          })}
        />
      )}
      onSubmit={async (values) => {
        if (!receivable) return;
        await api.post(`/receivables/${receivable.id}/payments`, {
          amount: normaliseMoney(values.amount.trim()),
          paidOn: toBusinessDate(values.paidOn),
          reference: values.reference.trim(),
        });
        onDone();
      }}
    >
      {receivable?.pledge && (
        <p className="pledge-reminder">
          {t('receivable.pledgeNotice', {
            bank: receivable.pledge.bankName,
            registrationNo: receivable.pledge.registrationNo,
          })}
        </p>
      )}
      <Form.Item
        name="amount"
        label={t('core.payment.amount')}
        extra={t('core.payment.outstanding', { amount: formatMoney(receivable?.outstandingAmount) })}
        rules={moneyRules(t)}
      >
        <MoneyInput />
      </Form.Item>
      <Form.Item name="paidOn" label={t('core.payment.paidOn')} rules={[requiredRule(t)]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reference" label={t('core.payment.reference')} rules={[requiredRule(t)]}>
        <Input maxLength={100} placeholder={t('core.payment.referenceHint')} />
      </Form.Item>
    </FormModal>
  );
}
