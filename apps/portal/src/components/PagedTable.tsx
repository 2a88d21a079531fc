import { Button, Flex, Grid, Select, Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES, type CursorList } from '../hooks/useCursorList';
import { CardList } from './CardList';
import { EmptyState } from './EmptyState';
import { ProblemAlert } from './ProblemAlert';

interface PagedTableProps<T> extends Omit<TableProps<T>, 'dataSource' | 'pagination' | 'loading'> {
  list: CursorList<T>;
  emptyHint: ReactNode;
  emptyAction?: ReactNode;
}

/**
 * A table over a cursor-paginated list: previous / next pages and the page size, errors above it.
 * On a phone the rows become cards (every column as label and value, actions at the foot).
 */
export function PagedTable<T extends object>({ list, emptyHint, emptyAction, ...table }: PagedTableProps<T>) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  return (
    <div className="paged-table">
      {list.error && <ProblemAlert error={list.error} />}
      {phone && table.columns ? (
        <CardList<T>
          columns={table.columns}
          rows={list.items}
          rowKey={(row) => (row as { id: string }).id}
          rowSelection={table.rowSelection}
          empty={list.loading ? null : <EmptyState hint={emptyHint} action={emptyAction} />}
        />
      ) : (
        <Table<T>
          rowKey={'id' as keyof T & string}
          size="middle"
          scroll={{ x: 'max-content' }}
          // Columns with `sorter: true` sort on the server: their key is the API's sort field.
          onChange={(_pagination, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = one?.order ? String(one.columnKey ?? '') : '';
            list.setSort(key ? (one.order === 'descend' ? `-${key}` : key) : undefined);
          }}
          {...table}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          locale={{ emptyText: list.loading ? ' ' : <EmptyState hint={emptyHint} action={emptyAction} /> }}
        />
      )}
      <Flex justify="flex-end" align="center" gap={8} wrap className="pager">
        {list.total !== undefined && (
          <Typography.Text className="list-total">{t('common.total', { count: list.total })}</Typography.Text>
        )}
        <Typography.Text type="secondary">{t('common.pageNumber', { page: list.pageNumber })}</Typography.Text>
        <Button size="small" disabled={!list.hasPrevious || list.loading} onClick={list.previous}>
          {t('common.previousPage')}
        </Button>
        <Button size="small" disabled={!list.hasNext || list.loading} onClick={list.next}>
          {t('common.nextPage')}
        </Button>
        <Select
          size="small"
          value={list.pageSize}
          onChange={list.setPageSize}
          aria-label={t('common.pageSize')}
          options={PAGE_SIZES.map((size) => ({ value: size, label: t('common.perPage', { size }) }))}
          style={{ width: 110 }}
        />
      </Flex>
    </div>
  );
}
