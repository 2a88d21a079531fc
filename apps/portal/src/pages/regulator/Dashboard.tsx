import { Card, Col, DatePicker, Progress, Row, Space, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgingReport, AgingRow, OnboardingQuota, Trend } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { Chart, type ChartOption } from '../../components/Chart';
import { EmptyState } from '../../components/EmptyState';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ReceivableFinder } from '../../components/ReceivableFinder';
import { useReferenceData } from '../../components/ReferenceData';
import { useApi } from '../../hooks/useApi';
import { BUCKETS, chartValue, mostOverdue, overdueAmount, overdueCount, trendOverdue } from '../../lib/aging';
import { addDays, fromBusinessDate, today, toBusinessDate } from '../../lib/dates';
import { formatMoney, sumMoney } from '../../lib/money';

const TREND_DAYS = 30;
const TOP_DEBTORS = 10;
const BUCKET_COLORS = ['#91caff', '#ffd666', '#ffa940', '#ff7a45', '#cf1322'];

/** Axis labels in 万 / 亿 (zh) or K / M (en): a chart needs magnitude, the tooltip gives the exact figure. */
function compactAmount(value: number, english: boolean): string {
  if (english) return value >= 1e6 ? `${value / 1e6}M` : value >= 1e3 ? `${value / 1e3}K` : String(value);
  return value >= 1e8 ? `${value / 1e8}亿` : value >= 1e4 ? `${value / 1e4}万` : String(value);
}

/** The regulator's main page: aging by city, the overdue trend, the most overdue debtors, quotas. */
export default function Dashboard() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const me = useMe();
  const { cityName } = useReferenceData();
  const [asOf, setAsOf] = useState(today());
  const year = Number(asOf.slice(0, 4));
  const byCity = useApi<AgingReport>('/monitoring/aging', { groupBy: 'city', asOf, limit: 200 });
  const byDebtor = useApi<AgingReport>('/monitoring/aging', { groupBy: 'debtor', asOf, limit: 200 });
  const trend = useApi<Trend>('/monitoring/trend', {
    from: addDays(asOf, 1 - TREND_DAYS),
    to: asOf,
  });
  const quotas = useApi<OnboardingQuota[]>('/onboarding-quotas', { year });

  const cities = byCity.data?.items ?? [];

  const agingOption = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: { dataIndex: number; seriesIndex: number; marker: string; seriesName: string }[]) => {
          const row = cities[params[0]?.dataIndex ?? 0];
          if (!row) return '';
          const lines = params.map(
            (p) => `${p.marker}${p.seriesName}: ${formatMoney(row.amounts[BUCKETS[p.seriesIndex]])}`,
          );
          return [
            `<b>${cityName(row.key)}</b>`,
            ...lines,
            `${t('dashboard.total')}: ${formatMoney(row.totalAmount)}`,
          ].join('<br/>');
        },
      },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: {
        type: 'category',
        data: cities.map((row) => cityName(row.key)),
        axisLabel: { interval: 0, rotate: cities.length > 7 ? 30 : 0 },
      },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => compactAmount(v, english) } },
      series: BUCKETS.map((bucket, index) => ({
        name: t(`aging.${bucket}`),
        type: 'bar',
        stack: 'aging',
        barMaxWidth: 56,
        itemStyle: { color: BUCKET_COLORS[index] },
        data: cities.map((row) => chartValue(row.amounts[bucket])),
      })),
    }),
    [cities, cityName, english, t],
  );

  const points = trend.data?.items ?? [];
  const trendOption = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'axis',
        formatter: (params: { dataIndex: number }[]) => {
          const point = points[params[0]?.dataIndex ?? 0];
          return point ? `${point.date}<br/>${t('dashboard.overdueAmount')}: ${formatMoney(trendOverdue(point))}` : '';
        },
      },
      grid: { left: 8, right: 16, bottom: 8, top: 16, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => p.date) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => compactAmount(v, english) } },
      series: [
        {
          name: t('dashboard.overdueAmount'),
          type: 'line',
          smooth: true,
          areaStyle: { opacity: 0.15 },
          itemStyle: { color: '#cf1322' },
          data: points.map((p) => chartValue(trendOverdue(p))),
        },
      ],
    }),
    [points, english, t],
  );

  const debtors = mostOverdue(byDebtor.data?.items ?? [], TOP_DEBTORS);
  const outstanding = sumMoney(cities.map((row) => row.totalAmount));
  const overdue = sumMoney(cities.map((row) => overdueAmount(row.amounts)));
  const overdueReceivables = cities.reduce((total, row) => total + overdueCount(row.counts), 0);
  const quotaRows = quotas.data ?? [];

  return (
    <>
      <PageTitle
        title={t('dashboard.title')}
        subtitle={t('dashboard.scope', { scope: cityName(me.jurisdiction ?? '450000') })}
        extra={
          <Space>
            <Typography.Text>{t('dashboard.asOf')}</Typography.Text>
            <DatePicker
              allowClear={false}
              value={fromBusinessDate(asOf)}
              disabledDate={(date: Dayjs) => toBusinessDate(date)! > today()}
              onChange={(value: Dayjs | null) => value && setAsOf(toBusinessDate(value)!)}
            />
          </Space>
        }
      />
      {byCity.error && <ProblemAlert error={byCity.error} />}
      <Row gutter={[16, 16]} className="section">
        <Col xs={24} md={8}>
          <Card loading={byCity.loading}>
            <Statistic title={t('dashboard.outstanding')} value={formatMoney(outstanding)} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card loading={byCity.loading}>
            <Statistic
              title={t('dashboard.overdueAmount')}
              value={formatMoney(overdue)}
              styles={{ content: { color: '#cf1322' } }}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card loading={byCity.loading}>
            <Statistic title={t('dashboard.overdueCount')} value={overdueReceivables} suffix={t('common.items')} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="section">
        <Col xs={24} xl={14}>
          <Card title={t('dashboard.agingByCity')}>
            {cities.length === 0 && !byCity.loading ? (
              <EmptyState hint={t('dashboard.noData')} />
            ) : (
              <>
                <Chart option={agingOption} label={t('dashboard.agingByCity')} />
                <Table<AgingRow>
                  rowKey="key"
                  size="small"
                  pagination={false}
                  className="aging-table"
                  dataSource={cities}
                  columns={[
                    { title: t('common.city'), dataIndex: 'key', render: (code: string) => cityName(code) },
                    { title: t('dashboard.receivableCount'), dataIndex: 'totalCount', align: 'right' },
                    {
                      title: t('dashboard.outstanding'),
                      dataIndex: 'totalAmount',
                      align: 'right',
                      render: (v: string) => <MoneyText value={v} />,
                    },
                    {
                      title: t('dashboard.overdueAmount'),
                      key: 'overdue',
                      align: 'right',
                      render: (_, row) => <MoneyText value={overdueAmount(row.amounts)} />,
                    },
                  ]}
                />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('dashboard.trend', { days: TREND_DAYS })}>
            {trend.error ? (
              <ProblemAlert error={trend.error} />
            ) : points.length === 0 && !trend.loading ? (
              <EmptyState hint={t('dashboard.noTrend')} />
            ) : (
              <Chart option={trendOption} label={t('dashboard.trend', { days: TREND_DAYS })} />
            )}
          </Card>
        </Col>
      </Row>
      <Card className="section" title={t('dashboard.find')}>
        <ReceivableFinder />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            title={t('dashboard.topDebtors', { count: TOP_DEBTORS })}
            extra={<Link to="/regulator/overdue">{t('menu.overdue')}</Link>}
          >
            {byDebtor.error && <ProblemAlert error={byDebtor.error} />}
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              loading={byDebtor.loading}
              dataSource={debtors}
              locale={{ emptyText: <EmptyState hint={t('dashboard.noOverdueDebtors')} /> }}
              columns={[
                {
                  title: t('receivable.debtor'),
                  dataIndex: 'label',
                  render: (label: string, row) => <Link to={`/regulator/overdue?debtorId=${row.key}`}>{label}</Link>,
                },
                {
                  title: t('dashboard.overdueAmount'),
                  dataIndex: 'overdue',
                  align: 'right',
                  render: (v: string) => <MoneyText value={v} />,
                },
                {
                  title: t('aging.d90plus'),
                  key: 'd90plus',
                  align: 'right',
                  render: (_, row) => <MoneyText value={row.amounts.d90plus} />,
                },
                {
                  title: t('dashboard.outstanding'),
                  dataIndex: 'totalAmount',
                  align: 'right',
                  render: (v: string) => <MoneyText value={v} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            title={t('dashboard.quotas', { year })}
            extra={<Link to="/regulator/onboarding">{t('menu.onboardingReview')}</Link>}
          >
            {quotas.error && <ProblemAlert error={quotas.error} />}
            <Table<OnboardingQuota>
              className="quota-table"
              rowKey="cityCode"
              size="small"
              pagination={false}
              loading={quotas.loading}
              dataSource={quotaRows}
              columns={[
                { title: t('common.city'), dataIndex: 'cityCode', render: (code: string) => cityName(code) },
                {
                  title: t('dashboard.quotaUsed'),
                  key: 'used',
                  render: (_, q) => (
                    <Progress
                      percent={q.quota > 0 ? Math.round((q.used * 100) / q.quota) : 0}
                      format={() => `${q.used}/${q.quota}`}
                      size="small"
                      status={q.remaining === 0 ? 'exception' : 'normal'}
                    />
                  ),
                },
                { title: t('dashboard.quotaRemaining'), dataIndex: 'remaining' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
