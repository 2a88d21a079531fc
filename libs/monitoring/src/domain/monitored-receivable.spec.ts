import {
  ANY_PAST_DAY,
  applyEvent,
  firstDayChanged,
  firstSeen,
  heldAmount,
  isLive,
  openPosition,
  outstanding,
  type MonitoredReceivable,
} from './monitored-receivable';
import type { ReceivableEventCommon } from '@gqt/receivables';
import type { ConsumedReceivableEvent } from './receivable-events';

const base: ReceivableEventCommon = {
  receivableId: '6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c01',
  creditorId: '6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c02',
  debtorId: '6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c03',
  creditorCityCode: '450100',
  debtorCityCode: '450200',
  debtorIndustry: 'INDUSTRY',
  contractNo: 'HT-2026-001',
};

const registered: ConsumedReceivableEvent = {
  type: 'receivable.registered',
  payload: {
    ...base,
    amount: '100000.00',
    deliveryDate: '2026-01-01',
    dueDate: '2026-03-01',
    paymentTermDays: 59,
    lateInterestRate: null,
  },
};
const confirmed: ConsumedReceivableEvent = {
  type: 'receivable.confirmed',
  payload: {
    ...base,
    confirmedAmount: '90000.00',
    outstandingAmount: '90000.00',
    dueDate: '2026-03-05',
    confirmedAt: '2026-01-03T02:00:00.000Z',
    registeredAt: '2026-01-01T02:00:00.000Z',
  },
};
const payment = (paymentId: string, amount: string, paidOn: string, left: string): ConsumedReceivableEvent => ({
  type: 'receivable.payment_recorded',
  payload: { ...base, paymentId, amount, paidOn, outstandingAmount: left, dueDate: '2026-03-05' },
});
const firstPayment = payment('6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c11', '30000.00', '2026-03-10', '60000.00');
const lastPayment = payment('6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c12', '60000.00', '2026-03-20', '0.00');
const settled: ConsumedReceivableEvent = { type: 'receivable.settled', payload: { ...base, settledOn: '2026-03-20' } };

const transfer = (
  transferId: string,
  amount: string,
  status: 'CONFIRMED' | 'TRANSFERRED',
): ConsumedReceivableEvent => ({
  type: 'receivable.transferred',
  payload: {
    ...base,
    transferId,
    pieceId: '6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c21',
    rootId: base.receivableId,
    amount,
    transferredOn: '2026-02-01',
    transferredAmount: amount,
    outstandingAmount: '0.00',
    status,
    dueDate: '2026-03-05',
  },
});
const firstTransfer = transfer('6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c31', '50000.00', 'CONFIRMED');
const lastTransfer = transfer('6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c32', '40000.00', 'TRANSFERRED');
const pieceBase: ReceivableEventCommon = {
  ...base,
  receivableId: '6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c21',
  creditorId: '6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c04',
  creditorCityCode: '450300',
};
const pieceCreated: ConsumedReceivableEvent = {
  type: 'receivable.piece_created',
  payload: {
    ...pieceBase,
    transferId: '6f1c0f4e-8a51-4a52-9d7e-0f3a3d1b2c31',
    parentId: base.receivableId,
    rootId: base.receivableId,
    tier: 2,
    fromEnterpriseId: base.creditorId,
    amount: '50000.00',
    deliveryDate: '2026-01-01',
    dueDate: '2026-03-05',
    lateInterestRate: null,
    issuedOn: '2026-02-01',
  },
};

const countsOnce = (event: ConsumedReceivableEvent) =>
  event.type === 'receivable.payment_recorded' || event.type === 'receivable.transferred';
const replay = (events: ConsumedReceivableEvent[], from = firstSeen(base)): MonitoredReceivable =>
  events.reduce((state, event) => applyEvent(state, event, countsOnce(event)), from);

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('the monitored receivable', () => {
  it('follows a receivable from registration to settlement', () => {
    const afterConfirmation = replay([registered, confirmed]);
    expect(afterConfirmation.status).toBe('CONFIRMED');
    expect(outstanding(afterConfirmation).toString()).toBe('90000.00');
    expect(isLive(afterConfirmation)).toBe(true);
    expect(openPosition(afterConfirmation)).toEqual({
      debtorCityCode: '450200',
      debtorIndustry: 'INDUSTRY',
      dueDate: '2026-03-05',
      outstanding: outstanding(afterConfirmation),
    });

    const partlyPaid = replay([registered, confirmed, firstPayment]);
    expect(outstanding(partlyPaid).toString()).toBe('60000.00');

    const done = replay([registered, confirmed, firstPayment, lastPayment, settled]);
    expect(done.status).toBe('SETTLED');
    expect(outstanding(done).toString()).toBe('0.00');
    expect(openPosition(done)).toBeNull();
  });

  it('is not live before its confirmation: nothing is owed that the debtor has not acknowledged', () => {
    const pending = replay([registered]);
    expect(outstanding(pending).toString()).toBe('0.00');
    expect(isLive(pending)).toBe(false);
    expect(isLive(replay([registered, firstPayment]))).toBe(false);
  });

  it('ends in the same state whatever order its events arrive in', () => {
    const expected = replay([registered, confirmed, firstPayment, lastPayment, settled]);
    const orders = permutations([registered, confirmed, firstPayment, lastPayment, settled]);
    expect(orders).toHaveLength(120);
    for (const order of orders) expect(replay(order)).toEqual(expected);
  });

  it('keeps the due date the debtor confirmed even when the registration arrives later', () => {
    expect(replay([confirmed, registered]).dueDate).toBe('2026-03-05');
    expect(replay([registered]).dueDate).toBe('2026-03-01');
  });

  it('counts a payment delivered twice only once', () => {
    const once = replay([registered, confirmed, firstPayment]);
    expect(outstanding(applyEvent(once, firstPayment, false)).toString()).toBe('60000.00');
  });

  it('never moves back from a later stage', () => {
    expect(replay([registered, settled, confirmed]).status).toBe('SETTLED');
    const cancelled: ConsumedReceivableEvent = { type: 'receivable.cancelled', payload: base };
    expect(replay([cancelled, registered]).status).toBe('CANCELLED');
  });

  it('says from which day figures computed from business dates have changed', () => {
    const before = replay([registered]);
    expect(firstDayChanged(before, applyEvent(before, confirmed), confirmed)).toBe('2026-01-01');
    const live = replay([registered, confirmed]);
    expect(firstDayChanged(live, applyEvent(live, firstPayment, true), firstPayment)).toBe('2026-03-10');
    expect(firstDayChanged(firstSeen(base), applyEvent(firstSeen(base), confirmed), confirmed)).toBe(ANY_PAST_DAY);
    expect(firstDayChanged(firstSeen(base), before, registered)).toBeNull();
  });

  it('shrinks by what its holder passes on, and ends TRANSFERRED when nothing is left', () => {
    const partly = replay([registered, confirmed, firstTransfer]);
    expect([partly.status, outstanding(partly).toString(), heldAmount(partly).toString()]).toEqual([
      'CONFIRMED',
      '40000.00',
      '40000.00',
    ]);
    const passedOn = replay([registered, confirmed, firstTransfer, lastTransfer]);
    expect([passedOn.status, outstanding(passedOn).toString(), isLive(passedOn)]).toEqual([
      'TRANSFERRED',
      '0.00',
      false,
    ]);
    const orders = permutations([registered, confirmed, firstTransfer, lastTransfer]);
    for (const order of orders) expect(replay(order)).toEqual(passedOn);
    // A transfer delivered twice counts once.
    expect(outstanding(applyEvent(partly, firstTransfer, false)).toString()).toBe('40000.00');
    expect(firstDayChanged(partly, applyEvent(partly, lastTransfer, true), lastTransfer)).toBe('2026-02-01');
  });

  it('follows a piece from the day it is split off: confirmed by its root, with no confirmation of its own', () => {
    const piece = replay([pieceCreated], firstSeen(pieceBase));
    expect(piece).toMatchObject({
      status: 'CONFIRMED',
      rootId: base.receivableId,
      issuedOn: '2026-02-01',
      dueDate: '2026-03-05',
      registeredAt: null,
      confirmedAt: null,
    });
    expect(outstanding(piece).toString()).toBe('50000.00');
    expect(firstDayChanged(firstSeen(pieceBase), piece, pieceCreated)).toBe('2026-02-01');
  });
});
