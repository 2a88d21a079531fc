import type { ReceivableTransferEntity, TransferOutcome } from '@gqt/receivables';
import { DateField, IdField, MoneyField, TextField, TimestampField } from '@gqt/platform';
import { ReceivableResponse } from './receivable.response';

export class TransferResponse {
  @IdField()
  id!: string;

  /** The receivable (or piece) part of which was passed on. */
  @IdField()
  receivableId!: string;

  /** The new receivable the transferee holds. */
  @IdField()
  pieceId!: string;

  /** The holder that passed it on. */
  @IdField()
  fromEnterpriseId!: string;

  /** The transferee. */
  @IdField()
  toEnterpriseId!: string;

  /** @example "30000.00" */
  @MoneyField()
  amount!: string;

  /** @example "ZR-2026-0107" */
  @TextField(100)
  reference!: string;

  /** The day of the transfer (Asia/Shanghai). @example "2026-11-20" */
  @DateField()
  transferredOn!: string;

  @TimestampField()
  createdAt!: Date;

  static of(t: ReceivableTransferEntity): TransferResponse {
    return {
      id: t.id,
      receivableId: t.receivableId,
      pieceId: t.pieceId,
      fromEnterpriseId: t.fromEnterpriseId,
      toEnterpriseId: t.toEnterpriseId,
      amount: t.amount,
      reference: t.reference,
      transferredOn: t.transferredOn,
      createdAt: t.createdAt,
    };
  }
}

export class TransferResultResponse {
  transfer!: TransferResponse;

  /** The new piece: CONFIRMED, same debtor and due date, held by the transferee (its `creditor`). */
  piece!: ReceivableResponse;

  /** The receivable passed on, as it is now: its outstanding shrank by the amount (TRANSFERRED when nothing is left). */
  receivable!: ReceivableResponse;

  static of(outcome: TransferOutcome, today: string): TransferResultResponse {
    return {
      transfer: TransferResponse.of(outcome.transfer),
      piece: ReceivableResponse.of(outcome.piece, today),
      receivable: ReceivableResponse.of(outcome.from, today),
    };
  }
}
