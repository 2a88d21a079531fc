import { Form, Input, Select, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Query } from '../api/client';
import { FINANCING_STATUSES, type FinancingRequest } from '../api/schema';
import type { CursorList } from '../hooks/useCursorList';
import { formatTimestamp } from '../lib/dates';
import { FilterBar } from './FilterBar';
import { MoneyText } from './MoneyText';
import { PagedTable } from './PagedTable';
import { StatusTag } from './StatusTag';

/** Financing requests, as the SME (its banks) or the bank (its applicants) sees them. */
export function FinancingTable({
  list,
  perspective,
  emptyHint,
  emptyAction,
}: {
  list: CursorList<FinancingRequest>;
  perspective: 'sme' | 'bank' | 'any';
  emptyHint: ReactNode;
  emptyAction?: ReactNode;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<FinancingRequest> = [
    {
      title: t('financing.submittedAt'),
      dataIndex: 'createdAt',
      render: (at: string, r) => <Link to={`/financing/${r.id}`}>{formatTimestamp(at)}</Link>,
    },
  ];
  if (perspective !== 'sme') {
    columns.push({ title: t('financing.applicant'), key: 'sme', render: (_, r) => r.sme.name });
    // Whom the bank's money finally depends on: the debtors of the pledged receivables.
    columns.push({
      title: t('financing.debtors'),
      key: 'debtors',
      render: (_, r) => [...new Set(r.receivables.map((x) => x.debtorName ?? '—'))].join('、'),
    });
  }
  if (perspective !== 'bank') {
    columns.push({
      title: t('financing.bank'),
      key: 'bank',
      render: (_, r) =>
        r.bank?.name ?? (r.bankIds.length > 0 ? t('offers.bankCount', { count: r.bankIds.length }) : '—'),
    });
  }
  columns.push(
    { title: t('financing.receivableCount'), key: 'count', render: (_, r) => r.receivableIds.length },
    {
      title: t('financing.requestedAmount'),
      dataIndex: 'requestedAmount',
      align: 'right',
      render: (v: string) => <MoneyText value={v} />,
    },
    {
      title: t('financing.approvedAmount'),
      dataIndex: 'approvedAmount',
      align: 'right',
      render: (v: string | null) => <MoneyText value={v} />,
    },
    { title: t('financing.termDays'), dataIndex: 'termDays' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (s: string) => <StatusTag group="financing" status={s} />,
    },
    {
      title: t('common.actions'),
      key: 'open',
      render: (_, r) => <Link to={`/financing/${r.id}`}>{t('common.open')}</Link>,
    },
  );
  return <PagedTable<FinancingRequest> list={list} columns={columns} emptyHint={emptyHint} emptyAction={emptyAction} />;
}

export interface FinancingFilterValues extends Query {
  q?: string;
  status?: string;
}

export function FinancingFilters({
  initial,
  onApply,
}: {
  initial?: FinancingFilterValues;
  onApply: (filters: FinancingFilterValues) => void;
}) {
  const { t } = useTranslation();
  return (
    <FilterBar<FinancingFilterValues> initial={initial} onApply={onApply}>
      <Form.Item name="q" label={t('common.keyword')}>
        <Input allowClear placeholder={t('financing.keywordHint')} maxLength={100} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="status" label={t('common.status')}>
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 150 }}
          options={FINANCING_STATUSES.map((s) => ({ value: s, label: t(`status.financing.${s}`) }))}
        />
      </Form.Item>
    </FilterBar>
  );
}
