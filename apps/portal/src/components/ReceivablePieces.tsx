import { App, Button, Card, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReceivableTree, TreePiece } from '../api/procurement';
import type { Me, Receivable } from '../api/schema';
import { useMe } from '../auth/AuthProvider';
import { useApi } from '../hooks/useApi';
import { compareMoney, formatMoney, sumMoney } from '../lib/money';
import { EmptyState } from './EmptyState';
import { MoneyText } from './MoneyText';
import { ProblemAlert } from './ProblemAlert';
import { StatusTag } from './StatusTag';
import { TransferModal, transferBlocker } from './TransferModal';

interface PieceRow extends TreePiece {
  children?: PieceRow[];
}

/** The pieces as a nested tree, root first: each piece under the one it was split from. */
export function nestPieces(items: TreePiece[]): PieceRow[] {
  const rows = new Map<string, PieceRow>(items.map((piece) => [piece.id, { ...piece }]));
  const roots: PieceRow[] = [];
  for (const piece of items) {
    const row = rows.get(piece.id)!;
    const parent = piece.parentId ? rows.get(piece.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

/** Who gets paid on the due date: every shown holder with money outstanding, summed per holder. */
export function payeesOf(tree: ReceivableTree): { id: string; name: string; amount: string }[] {
  const byHolder = new Map<string, { id: string; name: string; amounts: string[] }>();
  for (const piece of tree.items) {
    if (!piece.holder || compareMoney(piece.outstandingAmount, '0') <= 0) continue;
    const entry = byHolder.get(piece.holder.id) ?? { ...piece.holder, amounts: [] };
    entry.amounts.push(piece.outstandingAmount);
    byHolder.set(piece.holder.id, entry);
  }
  return [...byHolder.values()].map(({ id, name, amounts }) => ({ id, name, amount: sumMoney(amounts) }));
}

/** Pieces the reader can open: its own and their descendants; the debtor, regulators and the operator all. */
function openable(tree: ReceivableTree, me: Me): Set<string> {
  const all = me.role === 'ADMIN' || me.role === 'REGULATOR' || tree.debtor.id === me.enterpriseId;
  const root = tree.items.find((p) => p.parentId === null);
  if (all || (root?.holder && root.holder.id === me.enterpriseId)) return new Set(tree.items.map((p) => p.id));
  const open = new Set<string>();
  // Items come root first, tier by tier: a parent is decided before its pieces.
  for (const piece of tree.items) {
    if (piece.holder?.id === me.enterpriseId || (piece.parentId && open.has(piece.parentId))) open.add(piece.id);
  }
  return open;
}

/**
 * A receivable's tree of pieces (数字债权凭证 流转拆分) on its page: the holder transfers a piece from
 * here, every reader sees the tree as far as it may, and the debtor sees whom it pays on the due date.
 */
export function ReceivablePieces({ receivable, onChanged }: { receivable: Receivable; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [transferring, setTransferring] = useState(false);
  const isHolder = me.role === 'SME' && me.enterpriseId !== null && me.enterpriseId === receivable.creditor?.id;
  const split = receivable.tier > 1 || compareMoney(receivable.transferredAmount, '0') > 0;
  const tree = useApi<ReceivableTree>(split ? `/receivables/${receivable.id}/tree` : null);
  if (!split && !isHolder) return null;

  const blocker = transferBlocker(receivable);
  const transferButton = isHolder && (
    <Tooltip title={blocker ? t(`transfer.notAvailable.${blocker}`) : undefined}>
      <Button type="primary" disabled={blocker !== null} onClick={() => setTransferring(true)}>
        {t('transfer.button')}
      </Button>
    </Tooltip>
  );
  const isDebtor = me.enterpriseId !== null && me.enterpriseId === receivable.debtor?.id;

  return (
    <Card className="section receivable-pieces" title={t('transfer.tree.title')} extra={transferButton}>
      {!split && <EmptyState hint={t('transfer.tree.none')} />}
      {tree.error && <ProblemAlert error={tree.error} />}
      {split && tree.data && <PiecesTable tree={tree.data} current={receivable.id} me={me} isDebtor={isDebtor} />}
      <TransferModal
        receivable={transferring ? receivable : null}
        holderUscc={me.enterprise?.uscc}
        onClose={() => setTransferring(false)}
        onDone={(result) => {
          void message.success(
            t('transfer.done', { amount: formatMoney(result.transfer.amount), name: result.piece.creditor.name }),
          );
          onChanged();
          tree.reload();
        }}
      />
    </Card>
  );
}

function PiecesTable({
  tree,
  current,
  me,
  isDebtor,
}: {
  tree: ReceivableTree;
  current: string;
  me: Me;
  isDebtor: boolean;
}) {
  const { t } = useTranslation();
  const links = openable(tree, me);
  const payees = payeesOf(tree);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('transfer.tree.subtitle')}</Typography.Paragraph>
      <Table<PieceRow>
        className="receivable-tree"
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={nestPieces(tree.items)}
        expandable={{ defaultExpandAllRows: true }}
        rowClassName={(row) => (row.id === current ? 'current-piece' : '')}
        columns={[
          {
            title: t('transfer.tree.holder'),
            key: 'holder',
            render: (_, piece) => {
              const name = piece.holder?.name ?? (
                <Typography.Text type="secondary">{t('transfer.tree.hidden')}</Typography.Text>
              );
              return (
                <>
                  {piece.id !== current && links.has(piece.id) ? (
                    <Link to={`/receivables/${piece.id}`}>{name}</Link>
                  ) : (
                    name
                  )}
                  {piece.id === current && (
                    <Tag color="blue" style={{ marginLeft: 8 }}>
                      {t('transfer.tree.thisPiece')}
                    </Tag>
                  )}
                </>
              );
            },
          },
          {
            title: t('transfer.tree.tier'),
            dataIndex: 'tier',
            render: (tier: number) => t('transfer.tree.tierValue', { tier }),
          },
          {
            title: t('transfer.tree.amount'),
            dataIndex: 'amount',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          {
            title: t('transfer.tree.transferred'),
            dataIndex: 'transferredAmount',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          {
            title: t('transfer.tree.outstanding'),
            dataIndex: 'outstandingAmount',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (status: string) => <StatusTag group="receivable" status={status} />,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              {t('transfer.tree.total')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <span className="tree-total">
                <MoneyText value={tree.outstandingAmount} strong />
              </span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} />
          </Table.Summary.Row>
        )}
      />
      {isDebtor && payees.length > 0 && (
        <div className="tree-payees" style={{ marginTop: 16 }}>
          <Typography.Title level={5}>{t('transfer.tree.payees', { date: tree.dueDate })}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('transfer.tree.payeesHint')}</Typography.Paragraph>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={payees}
            locale={{ emptyText: <EmptyState hint="—" /> }}
            columns={[
              { title: t('transfer.tree.holder'), dataIndex: 'name' },
              {
                title: t('transfer.tree.outstanding'),
                dataIndex: 'amount',
                align: 'right',
                render: (v: string) => <MoneyText value={v} />,
              },
            ]}
          />
        </div>
      )}
    </>
  );
}
