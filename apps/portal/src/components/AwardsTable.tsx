import { Space, Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcurementAward } from '../api/procurement';
import { remainingToAccept } from './AcceptanceModal';
import { EmptyState } from './EmptyState';
import { MoneyText } from './MoneyText';

export type AwardPerspective = 'purchaser' | 'supplier' | 'any';

/** Where an award stands beyond its figures: financed (政采贷) and whether it is accepted in full. */
export function AwardFlags({ award }: { award: ProcurementAward }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {award.financingRequestId && <Tag color="purple">{t('receivable.financed')}</Tag>}
    </Space>
  );
}

/** An award row: contract (to its page), the other party, figures, acceptance, financing. */
export function useAwardColumns(perspective: AwardPerspective, actions?: (award: ProcurementAward) => ReactNode) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ProcurementAward> = [
    {
      title: t('procurement.award.contractNo'),
      dataIndex: 'contractNo',
      render: (contractNo: string, award) => <Link to={`/procurement/awards/${award.id}`}>{contractNo}</Link>,
    },
    { title: t('procurement.award.project'), key: 'project', render: (_, award) => award.project.name },
  ];
  if (perspective !== 'purchaser') {
    columns.push({ title: t('procurement.award.unit'), key: 'unit', render: (_, award) => award.unit.name });
  }
  if (perspective !== 'supplier') {
    columns.push(
      { title: t('procurement.award.supplier'), key: 'supplier', render: (_, award) => award.supplier.name },
      {
        title: t('procurement.award.supplierSizeClass'),
        dataIndex: 'supplierSizeClass',
        render: (size: string) => t(`sizeClass.${size}`),
      },
    );
  }
  columns.push(
    { title: t('procurement.award.signedOn'), dataIndex: 'signedOn' },
    {
      title: t('procurement.award.amount'),
      dataIndex: 'amount',
      align: 'right',
      render: (v: string) => <MoneyText value={v} />,
    },
    {
      title: t('procurement.award.acceptedAmount'),
      dataIndex: 'acceptedAmount',
      align: 'right',
      render: (v: string) => <MoneyText value={v} />,
    },
    {
      title: t('procurement.award.remaining'),
      key: 'remaining',
      align: 'right',
      render: (_, award) => <MoneyText value={remainingToAccept(award)} />,
    },
    { title: t('common.status'), key: 'flags', render: (_, award) => <AwardFlags award={award} /> },
  );
  if (actions) columns.push({ title: t('common.actions'), key: 'actions', render: (_, award) => actions(award) });
  return columns;
}

/** The awards of one project (or any list already loaded). */
export function AwardsTable({
  awards,
  perspective,
  actions,
}: {
  awards: ProcurementAward[];
  perspective: AwardPerspective;
  actions?: (award: ProcurementAward) => ReactNode;
}) {
  const { t } = useTranslation();
  const columns = useAwardColumns(perspective, actions);
  return (
    <Table<ProcurementAward>
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={false}
      dataSource={awards}
      columns={columns}
      locale={{ emptyText: <EmptyState hint={t('procurement.award.empty')} /> }}
    />
  );
}
