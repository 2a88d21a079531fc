import {
  MAX_TREE_PIECES_SHOWN,
  RECEIVABLE_STATUSES,
  figuresOf,
  outstandingOf,
  type ReceivableStatus,
  type ReceivableTree,
} from '@gqt/receivables';
import { Money } from '@gqt/kernel';
import { DateField, EnumField, IdField, IntField, ListField, MoneyField, TextField } from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { EnterpriseSummary } from '../enterprises/enterprise.response';

export class TreeHolder {
  @IdField()
  id!: string;

  /** @example "柳州精密零部件有限公司" */
  @TextField(200)
  name!: string;
}

export class TreePieceResponse {
  @IdField()
  id!: string;

  /** The receivable it was split from; null on the root. */
  @IsOptional()
  @IdField()
  parentId!: string | null;

  /** The root is tier 1. @example 2 */
  @IntField(1, 99)
  tier!: number;

  /** As on the receivable: a piece's amount is what was passed on to it. @example "30000.00" */
  @MoneyField()
  amount!: string;

  /** What the debtor's confirmation stands for: all of a piece; on the root what it confirmed (null before). @example "30000.00" */
  @IsOptional()
  @MoneyField()
  confirmedAmount!: string | null;

  /** What the debtor paid on this piece. @example "0.00" */
  @MoneyField()
  paidAmount!: string;

  /** What its holder passed on as pieces of its own. @example "0.00" */
  @MoneyField()
  transferredAmount!: string;

  /** What the debtor owes its holder: the pieces' outstanding sums to the tree's obligation. @example "30000.00" */
  @MoneyField()
  outstandingAmount!: string;

  @EnumField(RECEIVABLE_STATUSES, 'ReceivableStatus')
  status!: ReceivableStatus;

  /**
   * Who holds it. Absent when the caller is not shown it: the debtor, the root's creditor,
   * regulators and the operator see every holder; a holder those of its own pieces, their
   * ancestors and descendants; a bank those of the pieces put before it.
   */
  @IsOptional()
  holder?: TreeHolder;
}

export class ReceivableTreeResponse {
  /** The root's id: the tree's. */
  @IdField()
  rootId!: string;

  debtor!: EnterpriseSummary;

  /** Every piece falls due on the root's due date. @example "2027-01-01" */
  @DateField()
  dueDate!: string;

  /** What the debtor still owes across the tree, counted once: its pieces' outstanding. @example "80000.00" */
  @MoneyField()
  outstandingAmount!: string;

  /** Every piece of the tree: the root first, then tier by tier. */
  @ListField({ maxItems: MAX_TREE_PIECES_SHOWN, of: TreePieceResponse })
  items!: TreePieceResponse[];

  static of(tree: ReceivableTree): ReceivableTreeResponse {
    const [root] = tree.pieces;
    const items = tree.pieces.map((p): TreePieceResponse => {
      const piece = {
        id: p.id,
        parentId: p.parentId,
        tier: p.tier,
        amount: p.amount,
        confirmedAmount: p.confirmedAmount,
        paidAmount: p.paidAmount,
        transferredAmount: p.transferredAmount,
        outstandingAmount: outstandingOf(figuresOf(p)).toString(),
        status: p.status,
      };
      return tree.holdersShown.has(p.id) ? { ...piece, holder: { id: p.creditor!.id, name: p.creditor!.name } } : piece;
    });
    return {
      rootId: tree.rootId,
      debtor: EnterpriseSummary.of(root.debtor!),
      dueDate: root.dueDate,
      outstandingAmount: Money.sum(items.map((i) => Money.parse(i.outstandingAmount))).toString(),
      items,
    };
  }
}
