import { Space, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceRow, PublicComplianceRow } from '../api/procurement';
import { formatPercent } from '../lib/money';
import type { CursorList } from '../hooks/useCursorList';
import { MoneyText } from './MoneyText';
import { PagedTable } from './PagedTable';
import { useReferenceData } from './ReferenceData';

type Row = PublicComplianceRow & { flags?: ComplianceRow['flags'] };

/**
 * Compliance with the SME set-aside rule (30 % of the budget, 60 % of that for small and micro
 * enterprises by default), one row per competent unit, city or the region, as the API orders them:
 * the units below the line first. Flags only where the caller may see them (not on the public page).
 */
export function ComplianceTable<R extends Row>({
  list,
  name,
  actions,
  emptyHint,
}: {
  list: CursorList<R>;
  /** The row's name cell, e.g. a link to the unit's details. */
  name?: (row: R) => ReactNode;
  actions?: (row: R) => ReactNode;
  emptyHint?: ReactNode;
}) {
  const { t } = useTranslation();
  const { cityName } = useReferenceData();
  const rows = list.items;
  const withFlags = rows.some((row) => row.flags !== undefined);
  const grouped = rows.some((row) => row.level !== 'UNIT');
  const columns: TableColumnsType<R> = [
    {
      title: t('procurement.unit'),
      key: 'name',
      fixed: 'left',
      render: (_, row) => (row.level === 'UNIT' ? (name ? name(row) : row.name) : cityName(row.cityCode)),
    },
    ...(grouped
      ? []
      : [{ title: t('common.city'), key: 'city', render: (_: unknown, row: R) => cityName(row.cityCode) }]),
    money<R>(t('procurement.compliance.budgetTotal'), 'budgetTotal'),
    money<R>(t('procurement.compliance.reservedTotal'), 'reservedTotal'),
    {
      title: t('procurement.compliance.reservedShare'),
      dataIndex: 'reservedShare',
      align: 'right',
      render: (share: string) => <span className="share">{formatPercent(share)}</span>,
    },
    money<R>(t('procurement.compliance.smallMicroReservedTotal'), 'smallMicroReservedTotal'),
    {
      title: t('procurement.compliance.smallMicroShare'),
      dataIndex: 'smallMicroShare',
      align: 'right',
      render: (share: string) => <span className="share">{formatPercent(share)}</span>,
    },
    money<R>(t('procurement.compliance.awardedTotal'), 'awardedTotal'),
    money<R>(t('procurement.compliance.awardedToSme'), 'awardedToSme'),
    money<R>(t('procurement.compliance.awardedToSmallMicro'), 'awardedToSmallMicro'),
    ...(grouped
      ? [
          {
            title: t('procurement.compliance.compliantUnits'),
            key: 'units',
            align: 'right' as const,
            render: (_: unknown, row: R) => `${row.compliantUnitCount} / ${row.unitCount}`,
          },
        ]
      : []),
    {
      title: t('procurement.compliance.compliant'),
      key: 'compliant',
      render: (_, row) =>
        row.compliant ? (
          <Tag color="green">{t('procurement.compliance.met')}</Tag>
        ) : (
          <Tag color="red">{t('procurement.compliance.notMet')}</Tag>
        ),
    },
    ...(withFlags
      ? [
          {
            title: t('procurement.compliance.flags'),
            key: 'flags',
            render: (_: unknown, row: R) => (
              <Space size={4} wrap>
                {(row.flags ?? []).map((flag) => (
                  <Tag color="orange" key={flag}>
                    {t(`procurement.flag.${flag}`)}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]
      : []),
    ...(actions ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, row: R) => actions(row) }] : []),
  ];
  return (
    <div className="compliance-table">
      <PagedTable<R>
        list={list}
        rowKey={(row) => row.unitId ?? `${row.level}-${row.cityCode}`}
        rowClassName={(row) => (row.compliant ? '' : 'below-line')}
        columns={columns}
        emptyHint={emptyHint ?? t('procurement.compliance.empty')}
      />
    </div>
  );
}

function money<R extends Row>(title: string, key: keyof Row & string) {
  return {
    title,
    dataIndex: key,
    align: 'right' as const,
    render: (value: string) => <MoneyText value={value} />,
  };
}
