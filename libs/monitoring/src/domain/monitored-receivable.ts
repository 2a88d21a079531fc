import { Money, type BusinessDate } from '@gqt/kernel';
import type { ReceivableEventCommon } from '@gqt/receivables';
import type { ConsumedReceivableEvent } from './receivable-events';

import type { ReceivableStatus } from '@gqt/contracts';

export type { ReceivableStatus } from '@gqt/contracts';

// How far along its lifecycle each status is. Events arrive at least once and not necessarily in
// order (a payment may be handled before the confirmation), so a status only ever moves forward.
const STAGE: Record<ReceivableStatus, number> = {
  PENDING_CONFIRMATION: 0,
  DISPUTED: 1,
  CONFIRMED: 2,
  CANCELLED: 3,
  SETTLED: 3,
  TRANSFERRED: 3,
};

/** What monitoring knows of a receivable, built from its events alone. */
export interface MonitoredReceivable extends ReceivableEventCommon {
  status: ReceivableStatus;
  amount: Money | null;
  /** Known once the confirmation has been seen: the debt the debtor acknowledged. */
  confirmedAmount: Money | null;
  /** The sum of the payments seen so far. */
  paid: Money;
  /** What its holder passed on as pieces, from the transfers seen so far. */
  transferred: Money;
  /** A piece's root (null on a root): a split receivable is one debt, counted once per tree. */
  rootId: string | null;
  /** The day a piece was split off its parent; null on a root. */
  issuedOn: BusinessDate | null;
  deliveryDate: BusinessDate | null;
  dueDate: BusinessDate | null;
  /** Whether the due date came from the confirmation (which may correct it) or a later event. */
  dueDateConfirmed: boolean;
  lateInterestRate: string | null;
  registeredAt: Date | null;
  confirmedAt: Date | null;
  settledOn: BusinessDate | null;
}

/** The first thing known of a receivable: the fields every one of its events carries. */
export function firstSeen(base: ReceivableEventCommon): MonitoredReceivable {
  return {
    ...commonFields(base),
    status: 'PENDING_CONFIRMATION',
    amount: null,
    confirmedAmount: null,
    paid: Money.ZERO,
    transferred: Money.ZERO,
    rootId: null,
    issuedOn: null,
    deliveryDate: null,
    dueDate: null,
    dueDateConfirmed: false,
    lateInterestRate: null,
    registeredAt: null,
    confirmedAt: null,
    settledOn: null,
  };
}

function commonFields(base: ReceivableEventCommon): ReceivableEventCommon {
  return {
    receivableId: base.receivableId,
    creditorId: base.creditorId,
    debtorId: base.debtorId,
    creditorCityCode: base.creditorCityCode,
    debtorCityCode: base.debtorCityCode,
    debtorIndustry: base.debtorIndustry,
    contractNo: base.contractNo,
  };
}

const advance = (current: ReceivableStatus, next: ReceivableStatus): ReceivableStatus =>
  STAGE[next] > STAGE[current] ? next : current;

/**
 * The receivable after one more event. Order-tolerant: each event sets only what it knows, a
 * status never moves back, and a due date from the confirmation (or a payment or transfer, which
 * follow it) wins over the one registered. `isNew` is false when this payment or transfer was
 * already counted.
 */
export function applyEvent(
  receivable: MonitoredReceivable,
  event: ConsumedReceivableEvent,
  isNew = false,
): MonitoredReceivable {
  const next: MonitoredReceivable = { ...receivable, ...commonFields(event.payload) };
  switch (event.type) {
    case 'receivable.registered': {
      const { amount, deliveryDate, dueDate, lateInterestRate } = event.payload;
      return {
        ...next,
        amount: Money.parse(amount),
        deliveryDate,
        dueDate: next.dueDateConfirmed ? next.dueDate : dueDate,
        lateInterestRate,
      };
    }
    case 'receivable.confirmed': {
      const { confirmedAmount, dueDate, confirmedAt, registeredAt } = event.payload;
      return {
        ...next,
        status: advance(next.status, 'CONFIRMED'),
        confirmedAmount: Money.parse(confirmedAmount),
        dueDate,
        dueDateConfirmed: true,
        confirmedAt: new Date(confirmedAt),
        registeredAt: new Date(registeredAt),
      };
    }
    case 'receivable.disputed':
      return { ...next, status: advance(next.status, 'DISPUTED') };
    case 'receivable.cancelled':
      return { ...next, status: advance(next.status, 'CANCELLED') };
    case 'receivable.payment_recorded': {
      const { amount, dueDate } = event.payload;
      return {
        ...next,
        status: advance(next.status, 'CONFIRMED'),
        dueDate,
        dueDateConfirmed: true,
        paid: isNew ? next.paid.plus(Money.parse(amount)) : next.paid,
      };
    }
    case 'receivable.transferred': {
      const { amount, dueDate, status } = event.payload;
      return {
        ...next,
        status: advance(next.status, status),
        dueDate,
        dueDateConfirmed: true,
        transferred: isNew ? next.transferred.plus(Money.parse(amount)) : next.transferred,
      };
    }
    case 'receivable.piece_created': {
      // A piece is confirmed by its root's confirmation, not by the debtor again: no confirmation
      // time of its own, so scorecards and rewards count the debtor's confirmation once.
      const { amount, rootId, issuedOn, deliveryDate, dueDate, lateInterestRate } = event.payload;
      return {
        ...next,
        status: advance(next.status, 'CONFIRMED'),
        amount: Money.parse(amount),
        confirmedAmount: Money.parse(amount),
        rootId,
        issuedOn,
        deliveryDate,
        dueDate,
        dueDateConfirmed: true,
        lateInterestRate,
      };
    }
    case 'receivable.settled':
      return { ...next, status: advance(next.status, 'SETTLED'), settledOn: event.payload.settledOn };
  }
}

/** A confirmed debt, paid or passed on or not: what aging and late interest count. */
export function isCounted(receivable: MonitoredReceivable): boolean {
  return (
    (receivable.status === 'CONFIRMED' || receivable.status === 'SETTLED' || receivable.status === 'TRANSFERRED') &&
    receivable.confirmedAmount !== null
  );
}

/**
 * What the debtor owes its holder once the transfers are done: the confirmed amount less what was
 * passed on. Late interest accrues on it, less payments: a receivable is passed on only while not
 * overdue (api-contract.md § Transfer and split), so no transfer falls on an overdue day.
 */
export function heldAmount(receivable: MonitoredReceivable): Money {
  return (receivable.confirmedAmount ?? Money.ZERO).minus(receivable.transferred);
}

/** What is owed today: nothing once settled or before the confirmation is known. */
export function outstanding(receivable: MonitoredReceivable): Money {
  if (receivable.status === 'SETTLED' || !isCounted(receivable)) return Money.ZERO;
  const owed = heldAmount(receivable).minus(receivable.paid);
  return owed.isPositive() ? owed : Money.ZERO;
}

/** Confirmed with money outstanding today: what the aging of today counts. */
export function isLive(receivable: MonitoredReceivable): boolean {
  return receivable.status === 'CONFIRMED' && outstanding(receivable).isPositive();
}

/** A live receivable's place in the totals per due date and debtor city or industry. */
export interface OpenPosition {
  debtorCityCode: string;
  debtorIndustry: string;
  dueDate: BusinessDate;
  outstanding: Money;
}

export function openPosition(receivable: MonitoredReceivable): OpenPosition | null {
  if (!isLive(receivable) || receivable.dueDate === null) return null;
  return {
    debtorCityCode: receivable.debtorCityCode,
    debtorIndustry: receivable.debtorIndustry,
    dueDate: receivable.dueDate,
    outstanding: outstanding(receivable),
  };
}

/** Any past day at all: used when the delivery date is not known yet. */
export const ANY_PAST_DAY: BusinessDate = '0001-01-01';

/**
 * The first business day whose figures this event may have changed, or null if it changed none:
 * a payment changes the days from its paidOn, a settlement from its day, a transfer and the piece
 * it creates from the day of the transfer, anything else that touches a confirmed debt every day
 * since delivery (figures are computed from business dates).
 */
export function firstDayChanged(
  before: MonitoredReceivable,
  after: MonitoredReceivable,
  event: ConsumedReceivableEvent,
): BusinessDate | null {
  if (!isCounted(before) && !isCounted(after)) return null;
  switch (event.type) {
    case 'receivable.payment_recorded':
      return event.payload.paidOn;
    case 'receivable.settled':
      return event.payload.settledOn;
    case 'receivable.transferred':
      return event.payload.transferredOn;
    case 'receivable.piece_created':
      return event.payload.issuedOn;
    default:
      return after.deliveryDate ?? ANY_PAST_DAY;
  }
}
