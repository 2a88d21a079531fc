import { Card, Descriptions, Form, Input, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcurementAward } from '../api/procurement';
import { useApi } from '../hooks/useApi';
import { requiredRule } from './formRules';
import { MoneyText } from './MoneyText';
import { ProblemAlert } from './ProblemAlert';

// What the API takes as the purchaser's repayment account number: 6-40 digits, letters or hyphens.
const ACCOUNT_NO = /^[0-9A-Za-z-]{6,40}$/;

export interface RepaymentAccountValues {
  repaymentAccount?: { bankName: string; accountNo: string };
}

/**
 * The account the purchaser pays into once a contract financing loan (政采贷) is disbursed: the
 * disbursement of such a request requires it (api-contract.md § Government procurement for SMEs).
 */
export function RepaymentAccountFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={['repaymentAccount', 'bankName']}
        label={t('procurement.financing.accountBank')}
        extra={t('procurement.financing.accountHint')}
        rules={[requiredRule(t)]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name={['repaymentAccount', 'accountNo']}
        label={t('procurement.financing.accountNo')}
        rules={[requiredRule(t), { pattern: ACCOUNT_NO, message: t('procurement.financing.accountNoFormat') }]}
      >
        <Input maxLength={40} />
      </Form.Item>
    </>
  );
}

/** The disbursement body's repayment account, trimmed, when the form has one. */
export function repaymentAccountOf(values: RepaymentAccountValues) {
  const account = values.repaymentAccount;
  return account
    ? { repaymentAccount: { bankName: account.bankName.trim(), accountNo: account.accountNo.trim() } }
    : {};
}

/** The government contract a contract financing request holds, as the bank and the supplier see it. */
export function FinancedAward({ awardId }: { awardId: string }) {
  const { t } = useTranslation();
  const { data: award, error } = useApi<ProcurementAward>(`/procurement-awards/${awardId}`);
  return (
    <Card className="section financed-award" title={t('procurement.financing.award')}>
      {error && <ProblemAlert error={error} />}
      {!award && !error && <Skeleton active paragraph={{ rows: 2 }} />}
      {award && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'contract',
              label: t('procurement.award.contractNo'),
              children: <Link to={`/procurement/awards/${award.id}`}>{award.contractNo}</Link>,
            },
            { key: 'unit', label: t('procurement.award.unit'), children: award.unit.name },
            { key: 'project', label: t('procurement.award.project'), children: award.project.name },
            { key: 'amount', label: t('procurement.award.amount'), children: <MoneyText value={award.amount} /> },
            {
              key: 'accepted',
              label: t('procurement.award.acceptedAmount'),
              children: <MoneyText value={award.acceptedAmount} />,
            },
            { key: 'signedOn', label: t('procurement.award.signedOn'), children: award.signedOn },
            ...(award.repaymentAccount
              ? [
                  {
                    key: 'account',
                    label: t('procurement.award.repaymentAccount'),
                    children: `${award.repaymentAccount.bankName} ${award.repaymentAccount.accountNo}`,
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
