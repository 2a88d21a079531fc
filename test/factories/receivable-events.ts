import type { INestApplication } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { Money } from '@gqt/kernel';
import { Outbox, type DomainEvent } from '@gqt/platform';
import { ClsService } from 'nestjs-cls';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { eventually } from '../support/eventually';
import { tag } from './identifiers';

/**
 * Receivable events exactly as CONTRACTS.md defines them, for testing their consumers (the
 * monitoring read model) with full control over dates, order and redelivery.
 */
export interface Party {
  id: string;
  cityCode: string;
}

export interface ReceivableStory {
  creditor: Party;
  debtor: Party;
  debtorIndustry?: string;
  amount: string;
  deliveryDate: string;
  dueDate: string;
  lateInterestRate?: string | null;
  /** Confirmed (possibly for less or with another due date) unless null. */
  confirmed?: { amount?: string; dueDate?: string } | null;
  payments?: { amount: string; paidOn: string }[];
}

export interface StoryEvents {
  receivableId: string;
  contractNo: string;
  registered: DomainEvent;
  confirmed?: DomainEvent;
  payments: DomainEvent[];
  settled?: DomainEvent;
  all: DomainEvent[];
}

export function receivableStory(story: ReceivableStory): StoryEvents {
  const receivableId = randomUUID();
  const contractNo = `HT-${tag()}`;
  const base = {
    receivableId,
    creditorId: story.creditor.id,
    debtorId: story.debtor.id,
    creditorCityCode: story.creditor.cityCode,
    debtorCityCode: story.debtor.cityCode,
    debtorIndustry: story.debtorIndustry ?? 'INDUSTRY',
    contractNo,
  };
  const event = (type: string, payload: object): DomainEvent => ({
    type,
    aggregateType: 'receivable',
    aggregateId: receivableId,
    payload: { ...base, ...payload },
  });
  const registered = event('receivable.registered', {
    amount: story.amount,
    deliveryDate: story.deliveryDate,
    dueDate: story.dueDate,
    paymentTermDays: Math.round((Date.parse(story.dueDate) - Date.parse(story.deliveryDate)) / 86_400_000),
    lateInterestRate: story.lateInterestRate ?? null,
  });
  if (story.confirmed === null) return { receivableId, contractNo, registered, payments: [], all: [registered] };
  const confirmedAmount = Money.parse(story.confirmed?.amount ?? story.amount);
  const dueDate = story.confirmed?.dueDate ?? story.dueDate;
  const confirmed = event('receivable.confirmed', {
    confirmedAmount: confirmedAmount.toString(),
    outstandingAmount: confirmedAmount.toString(),
    dueDate,
    confirmedAt: new Date().toISOString(),
    registeredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  });
  let left = confirmedAmount;
  const payments = (story.payments ?? []).map((payment) => {
    left = left.minus(Money.parse(payment.amount));
    return event('receivable.payment_recorded', {
      paymentId: randomUUID(),
      amount: Money.parse(payment.amount).toString(),
      paidOn: payment.paidOn,
      outstandingAmount: left.toString(),
      dueDate,
    });
  });
  const lastPayment = story.payments?.[story.payments.length - 1];
  const settled =
    left.isZero() && lastPayment ? event('receivable.settled', { settledOn: lastPayment.paidOn }) : undefined;
  const all = [registered, confirmed, ...payments, ...(settled ? [settled] : [])];
  return { receivableId, contractNo, registered, confirmed, payments, settled, all };
}

/** Writes events to the outbox in one transaction, as the receivables context would. */
export async function publishEvents(app: INestApplication, events: DomainEvent[]): Promise<void> {
  const txHost = app.get(TransactionHost);
  const outbox = app.get(Outbox);
  await app.get(ClsService).run(() => txHost.withTransaction(() => outbox.publish(...events)));
}

/** Waits until monitoring's read model has handled every receivable event of these receivables. */
export async function projected(app: INestApplication, receivableIds: string[]): Promise<void> {
  const db = app.get(DataSource);
  await eventually(
    async () => {
      const waiting: unknown[] = await db.query(
        `SELECT 1 FROM outbox_events o
          WHERE o.aggregate_id = ANY($1::uuid[]) AND o.type LIKE 'receivable.%' AND o.type <> 'receivable.overdue'
            AND NOT EXISTS (SELECT 1 FROM processed_events p WHERE p.event_id = o.id AND p.handler = 'monitoring.receivables')
          LIMIT 1`,
        [receivableIds],
      );
      return waiting.length === 0 ? true : undefined;
    },
    30_000,
    'monitoring to handle the receivable events',
  );
}

export interface PieceStory {
  /** Who receives the piece. */
  holder: Party;
  amount: string;
  transferredOn: string;
  /** The parent has nothing left after this transfer. */
  passesOnAll?: boolean;
  payments?: { amount: string; paidOn: string }[];
}

export interface PieceEvents {
  pieceId: string;
  /** The parent's side: receivable.transferred on the parent. */
  transferred: DomainEvent;
  pieceCreated: DomainEvent;
  payments: DomainEvent[];
  all: DomainEvent[];
}

/**
 * A piece split off a receivable of a story (api-contract.md § Transfer and split), with the
 * events the receivables context publishes for it: the parent's receivable.transferred and the
 * piece's receivable.piece_created, then the debtor's payments on the piece.
 */
export function pieceStory(parent: StoryEvents, story: PieceStory): PieceEvents {
  const pieceId = randomUUID();
  const transferId = randomUUID();
  const parentPayload = parent.registered.payload as Record<string, string>;
  const confirmed = (parent.confirmed?.payload ?? {}) as Record<string, string>;
  const dueDate = confirmed.dueDate ?? parentPayload.dueDate;
  const transferred: DomainEvent = {
    type: 'receivable.transferred',
    aggregateType: 'receivable',
    aggregateId: parent.receivableId,
    payload: {
      ...commonOf(parentPayload),
      transferId,
      pieceId,
      rootId: parent.receivableId,
      amount: Money.parse(story.amount).toString(),
      transferredOn: story.transferredOn,
      transferredAmount: Money.parse(story.amount).toString(),
      outstandingAmount: '0.00',
      status: story.passesOnAll ? 'TRANSFERRED' : 'CONFIRMED',
      dueDate,
    },
  };
  const base = {
    ...commonOf(parentPayload),
    receivableId: pieceId,
    creditorId: story.holder.id,
    creditorCityCode: story.holder.cityCode,
  };
  const pieceCreated: DomainEvent = {
    type: 'receivable.piece_created',
    aggregateType: 'receivable',
    aggregateId: pieceId,
    payload: {
      ...base,
      transferId,
      parentId: parent.receivableId,
      rootId: parent.receivableId,
      tier: 2,
      fromEnterpriseId: parentPayload.creditorId,
      amount: Money.parse(story.amount).toString(),
      deliveryDate: parentPayload.deliveryDate,
      dueDate,
      lateInterestRate: parentPayload.lateInterestRate ?? null,
      issuedOn: story.transferredOn,
    },
  };
  let left = Money.parse(story.amount);
  const payments = (story.payments ?? []).map((payment): DomainEvent => {
    left = left.minus(Money.parse(payment.amount));
    return {
      type: 'receivable.payment_recorded',
      aggregateType: 'receivable',
      aggregateId: pieceId,
      payload: {
        ...base,
        paymentId: randomUUID(),
        amount: Money.parse(payment.amount).toString(),
        paidOn: payment.paidOn,
        outstandingAmount: left.toString(),
        dueDate,
      },
    };
  });
  return { pieceId, transferred, pieceCreated, payments, all: [transferred, pieceCreated, ...payments] };
}

const commonOf = (payload: Record<string, string>) => ({
  receivableId: payload.receivableId,
  creditorId: payload.creditorId,
  debtorId: payload.debtorId,
  creditorCityCode: payload.creditorCityCode,
  debtorCityCode: payload.debtorCityCode,
  debtorIndustry: payload.debtorIndustry,
  contractNo: payload.contractNo,
});
