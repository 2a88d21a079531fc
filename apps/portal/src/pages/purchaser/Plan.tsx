import { Alert, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplianceRow, ProcurementPolicy } from '../../api/procurement';
import { ComplianceTable } from '../../components/ComplianceTable';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { YearSelect, currentYear } from '../../components/YearSelect';
import { useApi } from '../../hooks/useApi';
import { useCursorList } from '../../hooks/useCursorList';
import { formatPercent } from '../../lib/money';

/** The purchaser's year: the policy it is held to, and how its unit tree reserves for SMEs. */
export default function Plan() {
  const { t } = useTranslation();
  const [year, setYear] = useState(currentYear);
  const policy = useApi<ProcurementPolicy>(`/procurement-policies/${year}`);
  const rows = useCursorList<ComplianceRow>('/procurement/compliance', { year });
  const p = policy.data;

  return (
    <>
      <PageTitle
        title={t('procurement.plan.title')}
        subtitle={t('procurement.plan.subtitle')}
        extra={<YearSelect value={year} onChange={setYear} />}
      />
      <Card
        className="section"
        title={t('procurement.plan.policy', { year })}
        extra={
          p && (
            <Space size={4}>
              {p.isDefault && <Tag>{t('procurement.plan.defaultPolicy')}</Tag>}
              {p.locked && <Tag color="orange">{t('procurement.plan.locked')}</Tag>}
            </Space>
          )
        }
      >
        {policy.error && <ProblemAlert error={policy.error} />}
        {p && (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              {
                key: 'reserved',
                label: t('procurement.plan.reservedShareMin'),
                children: formatPercent(p.reservedShareMin),
              },
              {
                key: 'smallMicro',
                label: t('procurement.plan.smallMicroShareMin'),
                children: formatPercent(p.smallMicroShareMin),
              },
              {
                key: 'days',
                label: t('procurement.plan.paymentDays'),
                children: t('procurement.plan.paymentDaysValue', { days: p.paymentDays }),
              },
              {
                key: 'goods',
                label: t('procurement.plan.goodsServicesThreshold'),
                children: <MoneyText value={p.smallProjectThresholds.goodsServices} />,
              },
              {
                key: 'works',
                label: t('procurement.plan.worksThreshold'),
                children: <MoneyText value={p.smallProjectThresholds.works} />,
              },
            ]}
          />
        )}
      </Card>
      <Card
        className="section"
        title={t('procurement.plan.execution', { year })}
        extra={
          <Link to="/purchaser/projects">
            <Button>{t('procurement.menu.projects')}</Button>
          </Link>
        }
      >
        {p && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('procurement.compliance.rule', {
              reserved: formatPercent(p.reservedShareMin),
              smallMicro: formatPercent(p.smallMicroShareMin),
            })}
          />
        )}
        <ComplianceTable list={rows} emptyHint={t('procurement.plan.noProjects')} />
      </Card>
    </>
  );
}
