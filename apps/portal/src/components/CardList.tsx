import { Card, Checkbox, Flex, Typography, type TableColumnType, type TableProps } from 'antd';
import type { Key, ReactNode } from 'react';

type Columns<T> = NonNullable<TableProps<T>['columns']>;

function valueOf<T>(column: TableColumnType<T>, record: T, index: number): ReactNode {
  const path = column.dataIndex;
  let value: unknown = record;
  if (path !== undefined && path !== null) {
    for (const key of Array.isArray(path) ? path : [path]) {
      value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key as string];
    }
  } else {
    value = undefined;
  }
  if (column.render) return column.render(value, record, index) as ReactNode;
  return value === null || value === undefined || value === '' ? '—' : (value as ReactNode);
}

/**
 * A table's rows as cards, for a phone: every column as "label: value", the first column as the
 * card's title and the last (actions) at its foot, so that amounts and actions stay in view.
 */
export function CardList<T extends object>({
  columns,
  rows,
  rowKey,
  rowSelection,
  empty,
}: {
  columns: Columns<T>;
  rows: readonly T[];
  rowKey: (row: T) => Key;
  rowSelection?: TableProps<T>['rowSelection'];
  empty: ReactNode;
}) {
  if (rows.length === 0) return <>{empty}</>;
  const leaves = columns as TableColumnType<T>[];
  const [first, ...rest] = leaves;
  const actions = rest.find((c) => c.key === 'actions');
  const fields = rest.filter((c) => c !== actions);
  const selected = new Set(rowSelection?.selectedRowKeys ?? []);
  const toggle = (row: T, checked: boolean) => {
    if (!rowSelection?.onChange) return;
    const chosen = rows.filter((r) => (r === row ? checked : selected.has(rowKey(r))));
    rowSelection.onChange(chosen.map(rowKey), chosen, { type: 'multiple' } as Parameters<
      NonNullable<typeof rowSelection.onChange>
    >[2]);
  };
  return (
    <Flex vertical gap={8} className="card-list">
      {rows.map((row, index) => (
        <Card
          key={rowKey(row)}
          size="small"
          className="card-list-item"
          title={
            <Flex gap={8} align="center">
              {rowSelection && (
                <Checkbox
                  checked={selected.has(rowKey(row))}
                  onChange={(e) => toggle(row, e.target.checked)}
                  aria-label={String(rowKey(row))}
                />
              )}
              <span className="card-list-title">{first ? valueOf(first, row, index) : null}</span>
            </Flex>
          }
        >
          {fields.map((column, i) => (
            <Flex
              key={String(column.key ?? column.dataIndex ?? i)}
              justify="space-between"
              gap={12}
              className="card-field"
            >
              <Typography.Text type="secondary">{column.title as ReactNode}</Typography.Text>
              <span className="card-value">{valueOf(column, row, index)}</span>
            </Flex>
          ))}
          {actions && <div className="card-actions">{valueOf(actions, row, index)}</div>}
        </Card>
      ))}
    </Flex>
  );
}
