import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Money, forbidden, notFound, shanghaiDate } from '@gqt/kernel';
import { EnterprisesService, assertValidUscc } from '@gqt/enterprises';
import { AuditBatch, Outbox, actorOf, type Principal } from '@gqt/platform';
import { assertTransferee, split } from '../domain/transfer';
import { ReceivableAuditTrail } from '../receivable-audit-trail';
import { auditSnapshot, figuresOf, type ReceivableDetails } from '../receivable-details';
import { RECEIVABLE_EVENTS } from '../receivable-events';
import { ReceivablesRepository } from '../receivables.repository';
import { newPieceRecords, pieceAudit, transferEvents } from './new-piece';
import type { ReceivableTransferEntity } from './receivable-transfer.entity';
import { ReceivableTreesRepository } from './receivable-trees.repository';
import { TransferPolicyService } from './transfer-policy.service';

export interface NewTransfer {
  /** The transferee's unified social credit code. */
  toUscc: string;
  amount: string;
  reference: string;
}

export interface TransferOutcome {
  transfer: ReceivableTransferEntity;
  /** The new receivable its transferee holds. */
  piece: ReceivableDetails;
  /** The receivable passed on, as it is now. */
  from: ReceivableDetails;
}

/** Split and transfer of confirmed receivables (数字债权凭证 流转拆分, api-contract.md § Transfer and split). */
@Injectable()
export class ReceivableTransfersService {
  constructor(
    private readonly receivables: ReceivablesRepository,
    private readonly trees: ReceivableTreesRepository,
    private readonly enterprises: EnterprisesService,
    private readonly policy: TransferPolicyService,
    private readonly trail: ReceivableAuditTrail,
    private readonly auditBatch: AuditBatch,
    private readonly outbox: Outbox,
  ) {}

  /**
   * The holder passes `amount` of a receivable it holds on to another SME, as a new piece. The
   * receivable's row is locked first, so of two transfers of the same money, or a transfer and a
   * financing request racing for it, the second sees what the first left (financing locks the same
   * row); the database checks the tree's sum at commit besides.
   */
  @Transactional()
  async transfer(principal: Principal, id: string, input: NewTransfer): Promise<TransferOutcome> {
    assertValidUscc(input.toUscc, 'toUscc');
    const from = await this.receivables.lockVisible(id, principal);
    if (!from) throw notFound('The receivable');
    if (principal.type !== 'user' || from.creditorId !== principal.enterpriseId) {
      throw forbidden('Only the users of its holder may transfer a receivable');
    }
    const amount = Money.parse(input.amount);
    const today = shanghaiDate();
    const { maxTier } = await this.policy.current();
    const outcome = split(
      {
        ...figuresOf(from),
        tier: from.tier,
        pledged: from.financingRequestId !== null,
        treePieces: await this.trees.pieceCount(from.rootId ?? from.id),
      },
      amount,
      today,
      maxTier,
    );
    const to = assertTransferee(
      await this.enterprises.findByUscc(input.toUscc),
      { holderId: from.creditorId, debtorId: from.debtorId },
      input.toUscc,
    );

    const before = auditSnapshot(from);
    const now = new Date();
    Object.assign(from, {
      transferredAmount: outcome.transferredAmount.toString(),
      status: outcome.passesOnAll ? ('TRANSFERRED' as const) : from.status,
      updatedAt: now,
    });
    const records = newPieceRecords(
      {
        from,
        to,
        amount,
        tier: outcome.tier,
        reference: input.reference,
        transferredOn: today,
        createdBy: principal.id,
      },
      now,
    );
    await this.trees.saveTransferOut(from);
    await this.trees.insertPiece(records.piece);
    await this.trees.insertTransfer(records.transfer);
    await this.trail.recordChange(principal, from, RECEIVABLE_EVENTS.transferred, before, {
      transfer: records.transfer,
    });
    await this.auditBatch.recordCreations([pieceAudit(records, actorOf(principal))]);
    await this.outbox.publish(...transferEvents(from, records));
    return {
      transfer: records.transfer,
      piece: { receivable: records.piece, invoices: [] },
      from: await this.receivables.detailsOf(from),
    };
  }
}
