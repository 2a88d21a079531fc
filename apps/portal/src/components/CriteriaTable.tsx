import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RewardCriterion } from '../api/types';
import { formatMoney, isMoneyText } from '../lib/money';

/** A criterion's value as a reader expects it: money for amounts, yes/no for flags. */
export function criterionValue(key: string, value: RewardCriterion['actual'], yes: string, no: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (/amount/i.test(key) && isMoneyText(String(value))) return formatMoney(String(value));
  return String(value);
}

/** Each reward criterion with its actual value, its threshold and whether it passed (what is still lacking). */
export function CriteriaTable({ criteria }: { criteria: RewardCriterion[] }) {
  const { t } = useTranslation();
  const yes = t('common.yes');
  const no = t('common.no');
  return (
    <Table<RewardCriterion>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={criteria}
      columns={[
        {
          title: t('rewards.criterion'),
          dataIndex: 'key',
          render: (key: string) => t(`criteria.${key}`, { defaultValue: key }),
        },
        {
          title: t('rewards.actual'),
          dataIndex: 'actual',
          render: (v: RewardCriterion['actual'], c) => criterionValue(c.key, v, yes, no),
        },
        {
          title: t('rewards.threshold'),
          dataIndex: 'threshold',
          render: (v: RewardCriterion['threshold'], c) => criterionValue(c.key, v, yes, no),
        },
        {
          title: t('rewards.passed'),
          dataIndex: 'passed',
          render: (passed: boolean) =>
            passed ? (
              <span>
                <CheckCircleTwoTone twoToneColor="#52c41a" /> {t('rewards.met')}
              </span>
            ) : (
              <span>
                <CloseCircleTwoTone twoToneColor="#ff4d4f" /> {t('rewards.lacking')}
              </span>
            ),
        },
      ]}
    />
  );
}
