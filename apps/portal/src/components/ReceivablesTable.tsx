import { Form, Input, Select, Space, Switch, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Query } from '../api/client';
import { RECEIVABLE_STATUSES, type Receivable } from '../api/schema';
import type { CursorList } from '../hooks/useCursorList';
import { shanghaiDayOf } from '../lib/dates';
import { compareMoney } from '../lib/money';
import { FilterBar } from './FilterBar';
import { MoneyText } from './MoneyText';
import { PagedTable } from './PagedTable';
import { StatusTag } from './StatusTag';

export type Perspective = 'creditor' | 'debtor' | 'any';

/** A receivable its debtor confirmed for less than was registered: "partly confirmed". */
export function isPartlyConfirmed(receivable: Receivable): boolean {
  return (
    receivable.confirmedAmount !== null &&
    receivable.confirmedAmount !== undefined &&
    compareMoney(receivable.confirmedAmount, receivable.amount) < 0
  );
}

/** How a receivable stands, beyond its status: partly confirmed (with why), financed (in a live request) and overdue. */
export function ReceivableFlags({ receivable }: { receivable: Receivable }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <StatusTag group="receivable" status={receivable.status} />
      {isPartlyConfirmed(receivable) && (
        <Tooltip title={receivable.disputeReason ?? undefined}>
          <Tag color="orange">{t('receivable.partlyConfirmed')}</Tag>
        </Tooltip>
      )}
      {receivable.financingRequestId && (
        // Disbursed against its pledge, or only held by a request a bank has not paid out yet.
        <Tag color="purple">{t(receivable.pledge ? 'receivable.financed' : 'receivable.inFinancing')}</Tag>
      )}
      {receivable.daysOverdue > 0 && (
        <Tag color="volcano">{t('receivable.overdueDays', { days: receivable.daysOverdue })}</Tag>
      )}
    </Space>
  );
}

/** The API's sort of a column, as antd shows it: "-amount" is amount, descending. */
function sortOrder(sort: string | undefined, key: string): 'ascend' | 'descend' | null {
  if (sort === key) return 'ascend';
  if (sort === `-${key}`) return 'descend';
  return null;
}

export function useReceivableColumns(perspective: Perspective, actions?: (r: Receivable) => ReactNode, sort?: string) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Receivable> = [
    {
      title: t('receivable.contractNo'),
      dataIndex: 'contractNo',
      render: (contractNo: string, r) => <Link to={`/receivables/${r.id}`}>{contractNo}</Link>,
    },
  ];
  if (perspective !== 'creditor') {
    columns.push({ title: t('receivable.creditor'), key: 'creditor', render: (_, r) => r.creditor?.name });
  }
  if (perspective !== 'debtor') {
    columns.push({ title: t('receivable.debtor'), key: 'debtor', render: (_, r) => r.debtor?.name });
  }
  columns.push(
    {
      title: t('receivable.amount'),
      dataIndex: 'amount',
      key: 'amount',
      sorter: true,
      sortOrder: sortOrder(sort, 'amount'),
      align: 'right',
      render: (v: string) => <MoneyText value={v} />,
    },
    {
      title: t('receivable.outstanding'),
      dataIndex: 'outstandingAmount',
      align: 'right',
      render: (v: string | null) => <MoneyText value={v} />,
    },
    {
      title: t('receivable.dueDate'),
      dataIndex: 'dueDate',
      key: 'dueDate',
      sorter: true,
      sortOrder: sortOrder(sort, 'dueDate'),
    },
    {
      title: t('receivable.registeredOn'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrder(sort, 'createdAt'),
      render: (at: string) => shanghaiDayOf(at),
    },
    { title: t('common.status'), key: 'status', render: (_, r) => <ReceivableFlags receivable={r} /> },
  );
  if (actions) columns.push({ title: t('common.actions'), key: 'actions', render: (_, r) => actions(r) });
  return columns;
}

export interface ReceivableFilterValues extends Query {
  q?: string;
  status?: string;
  overdue?: boolean;
}

export function ReceivableFilters({
  initial,
  onApply,
  statuses = RECEIVABLE_STATUSES,
}: {
  initial?: ReceivableFilterValues;
  onApply: (filters: ReceivableFilterValues) => void;
  statuses?: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <FilterBar<ReceivableFilterValues> initial={initial} onApply={onApply}>
      <Form.Item name="q" label={t('common.keyword')}>
        <Input allowClear placeholder={t('receivable.keywordHint')} maxLength={100} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="status" label={t('common.status')}>
        <Select
          allowClear
          placeholder={t('common.all')}
          style={{ width: 150 }}
          options={statuses.map((s) => ({ value: s, label: t(`status.receivable.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="overdue" label={t('receivable.overdueOnly')} valuePropName="checked">
        <Switch size="small" />
      </Form.Item>
    </FilterBar>
  );
}

/** `overdue: false` means "no filter", not "only those not overdue". */
export function receivableQuery(filters: ReceivableFilterValues, role?: 'creditor' | 'debtor'): Query {
  return {
    role,
    q: filters.q?.trim() || undefined,
    status: filters.status,
    overdue: filters.overdue ? true : undefined,
    withTotal: true,
  };
}

export function ReceivablesTable({
  list,
  perspective,
  emptyHint,
  emptyAction,
  actions,
  rowSelection,
}: {
  list: CursorList<Receivable>;
  perspective: Perspective;
  emptyHint: ReactNode;
  emptyAction?: ReactNode;
  actions?: (r: Receivable) => ReactNode;
  rowSelection?: Parameters<typeof PagedTable<Receivable>>[0]['rowSelection'];
}) {
  const columns = useReceivableColumns(perspective, actions, list.sort);
  return (
    <PagedTable<Receivable>
      list={list}
      columns={columns}
      emptyHint={emptyHint}
      emptyAction={emptyAction}
      rowSelection={rowSelection}
    />
  );
}
