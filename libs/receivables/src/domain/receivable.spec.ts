import { Money } from '@gqt/kernel';
import {
  confirmation,
  daysOverdue,
  expectedPaymentDate,
  isOverdue,
  notFinanceableBecause,
  outstandingOf,
  payment,
  type ReceivableFigures,
} from './receivable';

const yuan = (text: string) => Money.parse(text);
const pending: ReceivableFigures = {
  status: 'PENDING_CONFIRMATION',
  amount: yuan('1000.00'),
  confirmedAmount: null,
  paidAmount: Money.ZERO,
  transferredAmount: Money.ZERO,
  deliveryDate: '2026-10-01',
  dueDate: '2026-11-30',
};
const confirmed: ReceivableFigures = { ...pending, status: 'CONFIRMED', confirmedAmount: yuan('800.00') };

describe('a receivable’s figures', () => {
  it('owes the claimed amount while pending, the confirmed amount less payments once confirmed, nothing after', () => {
    expect(outstandingOf(pending).toString()).toBe('1000.00');
    expect(outstandingOf({ ...confirmed, paidAmount: yuan('300.00') }).toString()).toBe('500.00');
    expect(
      outstandingOf({ ...confirmed, paidAmount: yuan('300.00'), transferredAmount: yuan('200.00') }).toString(),
    ).toBe('300.00');
    for (const status of ['DISPUTED', 'CANCELLED', 'SETTLED', 'TRANSFERRED'] as const) {
      expect(outstandingOf({ ...confirmed, status }).isZero()).toBe(true);
    }
  });

  it('is overdue only when confirmed, due before today and money is outstanding', () => {
    expect(isOverdue(confirmed, '2026-11-30')).toBe(false);
    expect(isOverdue(confirmed, '2026-12-01')).toBe(true);
    expect(daysOverdue(confirmed, '2026-12-11')).toBe(11);
    expect(daysOverdue(pending, '2026-12-11')).toBe(0);
    expect(daysOverdue({ ...confirmed, status: 'SETTLED' }, '2026-12-11')).toBe(0);
  });

  it('expects payment on the due date until nothing more is expected', () => {
    expect(expectedPaymentDate(pending)).toBe('2026-11-30');
    expect(expectedPaymentDate({ ...confirmed, status: 'SETTLED' })).toBeNull();
  });
});

describe('confirmation (确权)', () => {
  it('confirms the whole amount by default, or a part, with a corrected due date', () => {
    expect(confirmation(pending, {})).toEqual({ confirmedAmount: yuan('1000.00'), dueDate: '2026-11-30' });
    expect(confirmation(pending, { confirmedAmount: yuan('999.99'), dueDate: '2026-12-15' })).toEqual({
      confirmedAmount: yuan('999.99'),
      dueDate: '2026-12-15',
    });
  });

  it('refuses more than the amount (422), nothing (400) and a due date before delivery (400)', () => {
    expect(() => confirmation(pending, { confirmedAmount: yuan('1000.01') })).toThrow(
      expect.objectContaining({ code: 'CONFIRMED_AMOUNT_EXCEEDS_AMOUNT', kind: 'RULE' }),
    );
    expect(() => confirmation(pending, { confirmedAmount: Money.ZERO })).toThrow(
      expect.objectContaining({ kind: 'INVALID' }),
    );
    expect(() => confirmation(pending, { dueDate: '2026-09-30' })).toThrow(
      expect.objectContaining({ kind: 'INVALID' }),
    );
  });

  it('refuses to confirm what is not pending', () => {
    expect(() => confirmation(confirmed, {})).toThrow(expect.objectContaining({ code: 'INVALID_STATE' }));
  });
});

describe('payments', () => {
  it('reduces what is outstanding and settles when nothing is left', () => {
    expect(payment(confirmed, yuan('300.00'), '2026-11-01', '2026-11-02')).toEqual({
      paidAmount: yuan('300.00'),
      outstanding: yuan('500.00'),
      settles: false,
    });
    expect(payment(confirmed, yuan('800.00'), '2026-11-01', '2026-11-02').settles).toBe(true);
  });

  it('refuses more than is outstanding with 422 OVERPAYMENT', () => {
    expect(() => payment(confirmed, yuan('800.01'), '2026-11-01', '2026-11-02')).toThrow(
      expect.objectContaining({ code: 'OVERPAYMENT', kind: 'RULE' }),
    );
  });

  it('refuses a payment dated in the future, a zero payment and one on an unconfirmed receivable', () => {
    expect(() => payment(confirmed, yuan('1.00'), '2026-11-03', '2026-11-02')).toThrow(
      expect.objectContaining({ kind: 'INVALID' }),
    );
    expect(() => payment(confirmed, Money.ZERO, '2026-11-01', '2026-11-02')).toThrow(
      expect.objectContaining({ kind: 'INVALID' }),
    );
    expect(() => payment(pending, yuan('1.00'), '2026-11-01', '2026-11-02')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATE' }),
    );
  });
});

describe('financeability', () => {
  it('needs a confirmed, not overdue receivable with money outstanding', () => {
    expect(notFinanceableBecause(confirmed, '2026-11-30')).toBeNull();
    expect(notFinanceableBecause(confirmed, '2026-12-01')).toMatch(/overdue/);
    expect(notFinanceableBecause(pending, '2026-11-01')).toMatch(/PENDING_CONFIRMATION/);
    expect(notFinanceableBecause({ ...confirmed, paidAmount: yuan('800.00') }, '2026-11-01')).toMatch(/outstanding/);
  });
});
