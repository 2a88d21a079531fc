import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CSV, XLSX, api, type Query } from '../../api/client';
import {
  COMPLIANCE_GROUPINGS,
  type ComplianceGrouping,
  type ComplianceRow,
  type ProcurementPolicy,
} from '../../api/procurement';
import { REGION_CODE } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { CitySelect } from '../../components/CitySelect';
import { ComplianceTable } from '../../components/ComplianceTable';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { YearSelect, currentYear } from '../../components/YearSelect';
import { useApi } from '../../hooks/useApi';
import { useCursorList } from '../../hooks/useCursorList';
import { formatPercent } from '../../lib/money';

interface Filters extends Query {
  groupBy?: ComplianceGrouping;
  cityCode?: string;
}

/**
 * The regulator's compliance table: each competent unit (subordinates rolled in), the units below the
 * line first, by city or for the region; a unit opens to its details; CSV and Excel exports.
 */
export default function Procurement() {
  const { t } = useTranslation();
  const me = useMe();
  const region = me.role === 'ADMIN' || me.jurisdiction === REGION_CODE;
  const [year, setYear] = useState(currentYear);
  const [filters, setFilters] = useState<Filters>({ groupBy: 'unit' });
  const [error, setError] = useState<unknown>();
  const query = { year, ...filters };
  const list = useCursorList<ComplianceRow>('/procurement/compliance', query, 50);
  const policy = useApi<ProcurementPolicy>(`/procurement-policies/${year}`);

  const exportAs = (format: 'csv' | 'xlsx') => {
    setError(undefined);
    api
      .download('/procurement/compliance', format === 'csv' ? CSV : XLSX, `procurement-compliance-${year}.${format}`, {
        ...query,
        format,
      })
      .then(() => policy.reload())
      .catch(setError);
  };

  return (
    <>
      <PageTitle
        title={t('procurement.regulator.title')}
        subtitle={t('procurement.regulator.subtitle')}
        extra={
          <Space wrap>
            <YearSelect value={year} onChange={setYear} />
            <Button icon={<DownloadOutlined />} onClick={() => exportAs('xlsx')}>
              {t('common.exportXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => exportAs('csv')}>
              {t('common.exportCsv')}
            </Button>
          </Space>
        }
      />
      {error !== undefined && <ProblemAlert error={error} onClose={() => setError(undefined)} />}
      {policy.data && (
        <Alert
          className="section"
          type={policy.data.locked ? 'warning' : 'info'}
          showIcon
          title={t('procurement.compliance.rule', {
            reserved: formatPercent(policy.data.reservedShareMin),
            smallMicro: formatPercent(policy.data.smallMicroShareMin),
          })}
          description={
            <>
              {t('procurement.compliance.belowFirst')}{' '}
              {policy.data.locked ? t('procurement.plan.locked') : t('procurement.compliance.exportLocks')}
            </>
          }
        />
      )}
      <FilterBar<Filters> initial={{ groupBy: 'unit' }} onApply={(values) => setFilters(values)}>
        <Form.Item name="groupBy" label={t('procurement.groupBy')}>
          <Select<ComplianceGrouping>
            style={{ width: 160 }}
            options={COMPLIANCE_GROUPINGS.map((g) => ({ value: g, label: t(`procurement.grouping.${g}`) }))}
          />
        </Form.Item>
        {region && (
          <Form.Item name="cityCode" label={t('common.city')}>
            <CitySelect />
          </Form.Item>
        )}
      </FilterBar>
      <ComplianceTable<ComplianceRow>
        list={list}
        name={(row) => <Link to={`/regulator/procurement/units/${row.unitId}?year=${year}`}>{row.name}</Link>}
      />
    </>
  );
}
