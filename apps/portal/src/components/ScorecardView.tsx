import { Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Scorecard } from '../api/schema';
import { useApi } from '../hooks/useApi';
import { formatMoney, formatPercent } from '../lib/money';
import { ProblemAlert } from './ProblemAlert';

function days(value: number | null, t: TFunction): string {
  return value === null ? '—' : t('common.days', { count: value });
}

/** A debtor's payment scorecard (GET /monitoring/debtors/{id}). */
export function ScorecardView({ debtorId }: { debtorId: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi<Scorecard>(`/monitoring/debtors/${debtorId}`);
  if (error) return <ProblemAlert error={error} />;
  if (loading && !data) return <Skeleton active />;
  const figures = data
    ? [
        {
          key: 'outstanding',
          value: formatMoney(data.outstandingAmount),
          note: t('scorecard.count', { count: data.outstandingCount }),
        },
        {
          key: 'overdue',
          value: formatMoney(data.overdueAmount),
          note: t('scorecard.count', { count: data.overdueCount }),
        },
        { key: 'lateInterest', value: formatMoney(data.lateInterest), note: t('scorecard.asOf', { date: data.asOf }) },
        {
          key: 'averageDaysToConfirm',
          value: days(data.averageDaysToConfirm, t),
          note: t('scorecard.confirmed', { count: data.confirmedCount }),
        },
        {
          key: 'averageDaysToPay',
          value: days(data.averageDaysToPay, t),
          note: t('scorecard.settled', { count: data.settledCount }),
        },
        { key: 'onTimeRate', value: formatPercent(data.onTimePaymentRate), note: t('scorecard.onTimeNote') },
      ]
    : [];
  return (
    <Row gutter={[16, 16]} className="scorecard">
      {figures.map((figure) => (
        <Col xs={24} sm={12} lg={8} key={figure.key}>
          <Card loading={loading}>
            <Statistic title={t(`scorecard.${figure.key}`)} value={figure.value} />
            <Typography.Text type="secondary">{figure.note}</Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
