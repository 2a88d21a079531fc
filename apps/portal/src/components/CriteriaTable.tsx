import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CriterionUnit, RewardCriterion } from '../api/schema';
import { formatMoney } from '../lib/money';

/** A criterion's value in its unit: yuan as money, days and counts with their unit, dates as they are. */
export function criterionValue(
  value: string | null | undefined,
  unit: CriterionUnit | undefined,
  days: (n: string) => string,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (unit === 'YUAN') return formatMoney(value);
  if (unit === 'DAYS') return days(value);
  return value;
}

/** Each reward criterion with its actual value, its threshold and whether it passed (what is still lacking). */
export function CriteriaTable({ criteria }: { criteria: RewardCriterion[] }) {
  const { t } = useTranslation();
  const days = (n: string) => t('common.days', { count: n as unknown as number });
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
          render: (v: string | null, c) => criterionValue(v, c.unit, days),
        },
        {
          title: t('rewards.threshold'),
          dataIndex: 'threshold',
          render: (v: string, c) => criterionValue(v, c.unit, days),
        },
        {
          title: t('rewards.passed'),
          dataIndex: 'passed',
          render: (passed: boolean, c) =>
            passed ? (
              <span>
                <CheckCircleTwoTone twoToneColor="#52c41a" /> {t('rewards.met')}
              </span>
            ) : (
              <span>
                <CloseCircleTwoTone twoToneColor="#ff4d4f" /> {t('rewards.lacking')}
                {c.shortfall ? ` (${t('rewards.shortfall')} ${criterionValue(c.shortfall, c.unit, days)})` : ''}
              </span>
            ),
        },
      ]}
    />
  );
}
