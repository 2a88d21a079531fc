import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl, type Query } from '../../api/client';
import { COMPLIANCE_GROUPINGS, type ComplianceGrouping, type PublicComplianceRow } from '../../api/procurement';
import { BrandTitle } from '../../auth/LoginPage';
import { CitySelect } from '../../components/CitySelect';
import { ComplianceTable } from '../../components/ComplianceTable';
import { FilterBar } from '../../components/FilterBar';
import { LanguageToggle } from '../../components/LanguageToggle';
import { YearSelect, currentYear } from '../../components/YearSelect';
import { useCursorList } from '../../hooks/useCursorList';

interface Filters extends Query {
  groupBy?: ComplianceGrouping;
  cityCode?: string;
}

/**
 * The execution of the SME set-asides, public by law: every competent unit's row of a year, without
 * flags and without login, with the same CSV and Excel files (they lock nothing).
 */
export default function PublicProcurement() {
  const { t } = useTranslation();
  const [year, setYear] = useState(currentYear);
  const [filters, setFilters] = useState<Filters>({ groupBy: 'unit' });
  const path = `/public/procurement/${year}`;
  const list = useCursorList<PublicComplianceRow>(path, filters, 50);
  const file = (format: 'csv' | 'xlsx') => apiUrl(path, { ...filters, format });

  return (
    <div className="public-page">
      <Flex justify="space-between" align="center" wrap gap={12} className="public-header">
        <BrandTitle />
        <Space>
          <LanguageToggle />
          <Link to="/login">
            <Button>{t('procurement.public.login')}</Button>
          </Link>
        </Space>
      </Flex>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={12} className="page-title">
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('procurement.public.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('procurement.public.subtitle')}</Typography.Text>
          </div>
          <Space wrap>
            <YearSelect value={year} onChange={setYear} />
            <a href={file('xlsx')} download>
              <Button icon={<DownloadOutlined />}>{t('common.exportXlsx')}</Button>
            </a>
            <a href={file('csv')} download>
              <Button icon={<DownloadOutlined />}>{t('common.exportCsv')}</Button>
            </a>
          </Space>
        </Flex>
        <FilterBar<Filters> initial={{ groupBy: 'unit' }} onApply={setFilters}>
          <Form.Item name="groupBy" label={t('procurement.groupBy')}>
            <Select<ComplianceGrouping>
              style={{ width: 160 }}
              options={COMPLIANCE_GROUPINGS.map((g) => ({ value: g, label: t(`procurement.grouping.${g}`) }))}
            />
          </Form.Item>
          <Form.Item name="cityCode" label={t('common.city')}>
            <CitySelect />
          </Form.Item>
        </FilterBar>
        <ComplianceTable<PublicComplianceRow> list={list} />
      </Card>
    </div>
  );
}
