import { Money } from '@gqt/kernel';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import {
  PROJECT_CATEGORIES,
  RESERVATIONS,
  type AwardContractBody,
  type DeclareProjectBody,
  type ProcurementAward,
  type ProcurementProject,
  type ProcurementProjectDetail,
  type ProjectCategory,
  type Reservation,
} from '../api/procurement';
import type { Enterprise, Page } from '../api/schema';
import { useMe } from '../auth/AuthProvider';
import { useApi } from '../hooks/useApi';
import { fromBusinessDate, today, toBusinessDate } from '../lib/dates';
import { compareMoney, formatMoney, isMoneyText, normaliseMoney } from '../lib/money';
import { DebtorInput } from './DebtorInput';
import { FormModal } from './FormModal';
import { moneyRules, requiredRule, usccRules } from './formRules';
import { MoneyInput } from './MoneyInput';

interface ProjectForm {
  unitId?: string;
  name: string;
  category: ProjectCategory;
  budgetAmount: string;
  reservation: Reservation;
  reservedAmount: string;
  smallMicroReservedAmount: string;
  reason?: string;
}

const money = (value: unknown): string | undefined =>
  typeof value === 'string' && isMoneyText(value.trim()) ? value.trim() : undefined;

/** The purchaser declares a project of the year, for its own unit or one below it (财库〔2020〕46号). */
export function DeclareProjectModal({
  year,
  open,
  onClose,
  onDone,
}: {
  year: number;
  open: boolean;
  onClose: () => void;
  onDone: (project: ProcurementProjectDetail) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const subordinates = useApi<Page<Enterprise>>(open && me.enterpriseId ? '/enterprises' : null, {
    parentId: me.enterpriseId,
    limit: 200,
  });
  const units = [
    { value: '', label: `${me.enterprise?.name ?? ''} · ${t('procurement.project.ownUnit')}` },
    ...(subordinates.data?.items ?? []).map((e) => ({ value: e.id, label: e.name })),
  ];
  return (
    <FormModal<ProjectForm>
      open={open}
      width={640}
      title={t('procurement.project.declareTitle', { year })}
      okText={t('procurement.project.declare')}
      initialValues={{ unitId: '', category: 'GOODS', reservation: 'WHOLE' }}
      codeFields={{ RESERVATION_EXCEEDS_BUDGET: 'reservedAmount' }}
      onClose={onClose}
      onSubmit={async (values) => {
        const body: DeclareProjectBody = {
          year,
          ...(values.unitId ? { unitId: values.unitId } : {}),
          name: values.name.trim(),
          category: values.category,
          budgetAmount: normaliseMoney(values.budgetAmount.trim()),
          reservation: values.reservation,
          reservedAmount: normaliseMoney(values.reservedAmount.trim()),
          smallMicroReservedAmount: normaliseMoney(values.smallMicroReservedAmount.trim()),
          ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}),
        };
        onDone(await api.post<ProcurementProjectDetail>('/procurement-projects', body));
      }}
    >
      <Form.Item name="unitId" label={t('procurement.unit')} extra={t('procurement.project.unitHint')}>
        <Select options={units} loading={subordinates.loading} />
      </Form.Item>
      <Form.Item name="name" label={t('procurement.project.name')} rules={[requiredRule(t)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="category" label={t('procurement.project.category')} rules={[requiredRule(t)]}>
        <Select options={PROJECT_CATEGORIES.map((c) => ({ value: c, label: t(`procurement.category.${c}`) }))} />
      </Form.Item>
      <Form.Item name="budgetAmount" label={t('procurement.project.budgetAmount')} rules={moneyRules(t)}>
        <MoneyInput />
      </Form.Item>
      <Form.Item name="reservation" label={t('procurement.project.reservation')} rules={[requiredRule(t)]}>
        <Select options={RESERVATIONS.map((r) => ({ value: r, label: t(`procurement.reservation.${r}`) }))} />
      </Form.Item>
      <Form.Item
        name="reservedAmount"
        label={t('procurement.project.reservedAmount')}
        dependencies={['budgetAmount', 'reservation']}
        rules={[
          ...moneyRules(t, { positive: false }),
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              const reserved = money(value);
              const budget = money(getFieldValue('budgetAmount'));
              const reservation = getFieldValue('reservation') as Reservation;
              if (!reserved) return;
              if (reservation === 'NONE' && compareMoney(reserved, '0') !== 0)
                throw new Error(t('procurement.project.noneNotZero'));
              if (!budget) return;
              if (reservation === 'WHOLE' && compareMoney(reserved, budget) !== 0)
                throw new Error(t('procurement.project.wholeMismatch'));
              if (compareMoney(reserved, budget) > 0) throw new Error(t('procurement.project.reservedExceeds'));
            },
          }),
        ]}
      >
        <MoneyInput />
      </Form.Item>
      <Form.Item
        name="smallMicroReservedAmount"
        label={t('procurement.project.smallMicroReservedAmount')}
        dependencies={['reservedAmount']}
        rules={[
          ...moneyRules(t, { positive: false }),
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              const smallMicro = money(value);
              const reserved = money(getFieldValue('reservedAmount'));
              if (smallMicro && reserved && compareMoney(smallMicro, reserved) > 0)
                throw new Error(t('procurement.project.smallMicroExceeds'));
            },
          }),
        ]}
      >
        <MoneyInput />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('procurement.project.reason')}
        dependencies={['reservation']}
        extra={t('procurement.project.noneHint')}
        rules={[
          ({ getFieldValue }) => ({
            required: getFieldValue('reservation') === 'NONE',
            message: t('form.required'),
          }),
        ]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

interface AwardForm {
  supplierUscc: string;
  contractNo: string;
  amount: string;
  signedOn: Dayjs;
  smeShareAmount?: string;
  smallMicroShareAmount?: string;
}

/** The purchaser records a contract awarded under a project; the supplier's size is frozen at signing. */
export function AwardContractModal({
  project,
  onClose,
  onDone,
}: {
  project: (ProcurementProject & { awards?: ProcurementAward[] }) | null;
  onClose: () => void;
  onDone: (award: ProcurementAward) => void;
}) {
  const { t } = useTranslation();
  // The budget less what is awarded already, exact in fen.
  const left = project
    ? formatMoney(Money.parse(project.budgetAmount).minus(Money.parse(project.awardedAmount)).toString())
    : '';
  return (
    <FormModal<AwardForm>
      open={project !== null}
      width={640}
      title={t('procurement.award.awardTitle', { name: project?.name })}
      okText={t('procurement.award.award')}
      initialValues={{ signedOn: fromBusinessDate(today()) }}
      codeFields={{
        SUPPLIER_NOT_REGISTERED: 'supplierUscc',
        SELF_DEALING: 'supplierUscc',
        USCC_INVALID: 'supplierUscc',
        CONTRACT_ALREADY_AWARDED: 'contractNo',
        AWARDS_EXCEED_BUDGET: 'amount',
        SHARE_NOT_APPLICABLE: 'smeShareAmount',
        SHARE_EXCEEDS_AWARD: 'smeShareAmount',
      }}
      onClose={onClose}
      onSubmit={async (values) => {
        if (!project) return;
        const share = (text?: string) => (text?.trim() ? normaliseMoney(text.trim()) : undefined);
        const body: AwardContractBody = {
          supplierUscc: values.supplierUscc.trim(),
          contractNo: values.contractNo.trim(),
          amount: normaliseMoney(values.amount.trim()),
          signedOn: toBusinessDate(values.signedOn)!,
          ...(share(values.smeShareAmount) ? { smeShareAmount: share(values.smeShareAmount) } : {}),
          ...(share(values.smallMicroShareAmount)
            ? { smallMicroShareAmount: share(values.smallMicroShareAmount) }
            : {}),
        };
        onDone(await api.post<ProcurementAward>(`/procurement-projects/${project.id}/awards`, body));
      }}
    >
      <Form.Item name="supplierUscc" label={t('procurement.award.supplierUscc')} rules={usccRules(t)}>
        <DebtorInput placeholder={t('sme.register.debtorPlaceholder')} />
      </Form.Item>
      <Form.Item name="contractNo" label={t('procurement.award.contractNo')} rules={[requiredRule(t)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('procurement.award.amount')}
        extra={t('procurement.award.remainingBudget', { amount: left })}
        rules={moneyRules(t)}
      >
        <MoneyInput />
      </Form.Item>
      <Form.Item name="signedOn" label={t('procurement.award.signedOn')} rules={[requiredRule(t)]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="smeShareAmount"
        label={t('procurement.award.smeShareAmount')}
        extra={t('procurement.award.shareHint')}
        rules={moneyRules(t, { required: false, positive: false })}
      >
        <MoneyInput />
      </Form.Item>
      <Form.Item
        name="smallMicroShareAmount"
        label={t('procurement.award.smallMicroShareAmount')}
        rules={moneyRules(t, { required: false, positive: false })}
      >
        <MoneyInput />
      </Form.Item>
    </FormModal>
  );
}
