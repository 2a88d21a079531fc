import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, InputNumber, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CSV, XLSX, api, type Query } from '../../api/client';
import { REGION_CODE, type OverdueItem } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { CitySelect } from '../../components/CitySelect';
import { FilterBar } from '../../components/FilterBar';
import { MoneyText } from '../../components/MoneyText';
import { PagedTable } from '../../components/PagedTable';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useReferenceData } from '../../components/ReferenceData';
import { useCursorList } from '../../hooks/useCursorList';
import { toBusinessDate } from '../../lib/dates';

interface OverdueFilters {
  cityCode?: string;
  minDaysOverdue?: number;
  asOf?: Dayjs;
}

/** Overdue receivables with their late interest, filtered and exported (CSV, Excel). */
export default function Overdue() {
  const { t } = useTranslation();
  const me = useMe();
  const { cityName } = useReferenceData();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<Query>({ debtorId: params.get('debtorId') ?? undefined });
  const [error, setError] = useState<unknown>();
  const list = useCursorList<OverdueItem>('/monitoring/overdue', filters);
  const region = me.role === 'ADMIN' || me.jurisdiction === REGION_CODE;

  const apply = (values: OverdueFilters) =>
    setFilters({
      debtorId: filters.debtorId,
      cityCode: values.cityCode,
      minDaysOverdue: values.minDaysOverdue,
      asOf: toBusinessDate(values.asOf),
    });
  const exportAs = (format: 'csv' | 'xlsx') => {
    setError(undefined);
    api
      .download('/monitoring/overdue', format === 'csv' ? CSV : XLSX, `overdue.${format}`, { ...filters, format })
      .catch(setError);
  };

  return (
    <>
      <PageTitle
        title={t('menu.overdue')}
        subtitle={t('overdue.subtitle')}
        extra={
          <Space>
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
      <FilterBar<Query> onApply={(values) => apply(values as OverdueFilters)}>
        {region && (
          <Form.Item name="cityCode" label={t('common.city')}>
            <CitySelect />
          </Form.Item>
        )}
        <Form.Item name="minDaysOverdue" label={t('overdue.minDays')}>
          <InputNumber min={1} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="asOf" label={t('dashboard.asOf')}>
          <DatePicker />
        </Form.Item>
      </FilterBar>
      <PagedTable<OverdueItem>
        list={list}
        rowKey="receivableId"
        emptyHint={t('overdue.empty')}
        columns={[
          {
            title: t('receivable.contractNo'),
            key: 'contractNo',
            render: (_, item) => <Link to={`/receivables/${item.receivableId}`}>{item.contractNo}</Link>,
          },
          { title: t('receivable.debtor'), key: 'debtor', render: (_, item) => item.debtor.name },
          {
            title: t('receivable.creditor'),
            key: 'creditor',
            render: (_, item) => item.creditor.name,
          },
          {
            title: t('common.city'),
            key: 'city',
            render: (_, item) => cityName(item.debtor.cityCode),
          },
          { title: t('receivable.dueDate'), dataIndex: 'dueDate' },
          { title: t('receivable.daysOverdue'), dataIndex: 'daysOverdue', align: 'right' },
          {
            title: t('receivable.outstanding'),
            dataIndex: 'outstandingAmount',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          {
            title: t('overdue.lateInterest'),
            dataIndex: 'lateInterest',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
        ]}
      />
    </>
  );
}
