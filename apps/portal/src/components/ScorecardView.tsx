import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Scorecard } from '../api/types';
import { useApi } from '../hooks/useApi';
import { formatMoney, formatPercent } from '../lib/money';
import { ProblemAlert } from './ProblemAlert';

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return String(value);
}

/** A rate in [0, 1] as a percentage; the API may send a number or a decimal string. */
function rate(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return formatPercent(typeof value === 'number' ? value.toString() : String(value));
}

/** A debtor's payment scorecard (GET /monitoring/debtors/{id}). */
export function ScorecardView({ debtorId }: { debtorId: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi<Scorecard>(`/monitoring/debtors/${debtorId}`);
  if (error) return <ProblemAlert error={error} />;
  const card = data ?? {};
  const figures = [
    { key: 'outstanding', value: formatMoney(card.outstandingAmount ?? card.outstanding) },
    { key: 'overdue', value: formatMoney(card.overdueAmount ?? card.overdue) },
    { key: 'lateInterest', value: formatMoney(card.lateInterest) },
    { key: 'averageDaysToConfirm', value: text(card.averageDaysToConfirm) },
    { key: 'averageDaysToPay', value: text(card.averageDaysToPay) },
    { key: 'onTimeRate', value: rate(card.onTimeRate) },
  ];
  return (
    <Row gutter={[16, 16]} className="scorecard">
      {figures.map((figure) => (
        <Col xs={24} sm={12} lg={8} key={figure.key}>
          <Card loading={loading}>
            <Statistic title={t(`scorecard.${figure.key}`)} value={figure.value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
