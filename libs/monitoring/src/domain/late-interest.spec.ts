import { Money, addDays, shanghaiDate } from '@gqt/kernel';
import { daysOverdue, lateInterest, outstandingOn, type OverdueDebt, type Payment } from './late-interest';

const yuan = (text: string) => Money.parse(text);
const due = '2026-03-01';
const debt = (overrides: Partial<OverdueDebt> = {}): OverdueDebt => ({
  confirmedAmount: yuan('100000.00'),
  dueDate: due,
  payments: [],
  lateInterestRate: null,
  ...overrides,
});
const paid = (amount: string, paidOn: string): Payment => ({ amount: yuan(amount), paidOn });

describe('days overdue', () => {
  it('counts the days from the due date to the day asked for', () => {
    expect(daysOverdue(due, '2026-03-11')).toBe(10);
    expect(daysOverdue(due, '2026-03-02')).toBe(1);
  });

  it('is 0 on the due date and before it', () => {
    expect(daysOverdue(due, due)).toBe(0);
    expect(daysOverdue(due, '2026-02-20')).toBe(0);
  });

  it('turns over at midnight in Shanghai, which is 16:00 UTC the day before', () => {
    expect(daysOverdue('2026-03-10', shanghaiDate(new Date('2026-03-10T15:59:59.999Z')))).toBe(0);
    expect(daysOverdue('2026-03-10', shanghaiDate(new Date('2026-03-10T16:00:00.000Z')))).toBe(1);
    expect(daysOverdue('2026-03-10', shanghaiDate(new Date('2026-03-11T00:30:00.000Z')))).toBe(1);
    expect(daysOverdue('2026-12-31', shanghaiDate(new Date('2026-12-31T16:00:00.000Z')))).toBe(1);
  });
});

describe('late interest at the statutory 0.05 % a day', () => {
  it('is 500.00 on 100000.00 ten days overdue, and 250.00 as it stood five days earlier', () => {
    expect(lateInterest(debt(), '2026-03-11').toString()).toBe('500.00');
    expect(lateInterest(debt(), '2026-03-06').toString()).toBe('250.00');
  });

  it('is nothing on the due date itself', () => {
    expect(lateInterest(debt(), due).toString()).toBe('0.00');
  });

  it('counts a part payment from the day after it was paid', () => {
    // 3 days on 100000.00 (Mar 2-4), then 7 days on 60000.00 (Mar 5-11): 720000 × 0.0005.
    const partlyPaid = debt({ payments: [paid('40000.00', '2026-03-04')] });
    expect(lateInterest(partlyPaid, '2026-03-11').toString()).toBe('360.00');
    expect(outstandingOn(partlyPaid, '2026-03-03').toString()).toBe('100000.00');
    expect(outstandingOn(partlyPaid, '2026-03-04').toString()).toBe('60000.00');
  });

  it('charges nothing on what was paid by the due date', () => {
    const before = debt({ payments: [paid('30000.00', '2026-02-25')] });
    const onTheDay = debt({ payments: [paid('30000.00', due)] });
    expect(lateInterest(before, '2026-03-11').toString()).toBe('350.00');
    expect(lateInterest(onTheDay, '2026-03-11').toString()).toBe('350.00');
  });

  it('ignores payments made after the day asked for', () => {
    const later = debt({ payments: [paid('100000.00', '2026-03-20')] });
    expect(lateInterest(later, '2026-03-11').toString()).toBe('500.00');
    expect(outstandingOn(later, '2026-03-11').toString()).toBe('100000.00');
  });

  it('stops accruing once the debt is settled', () => {
    // Overdue Mar 2-5 (4 days) on 100000.00, settled on Mar 5.
    const settled = debt({ payments: [paid('100000.00', '2026-03-05')], settledOn: '2026-03-05' });
    expect(lateInterest(settled, '2026-03-11').toString()).toBe('200.00');
    expect(outstandingOn(settled, '2026-03-11').toString()).toBe('0.00');
  });

  it('rounds the exact sum once, not each day', () => {
    // 333.33 for 3 days: 99999 fen·days × 0.0005 = 49.9995 fen → 0.50; daily rounding would give 0.51.
    expect(lateInterest(debt({ confirmedAmount: yuan('333.33') }), '2026-03-04').toString()).toBe('0.50');
  });

  it('rounds half a fen up', () => {
    // 10.00 for one day: 0.5 fen.
    expect(lateInterest(debt({ confirmedAmount: yuan('10.00') }), '2026-03-02').toString()).toBe('0.01');
    // 9.98 for one day: 0.499 fen.
    expect(lateInterest(debt({ confirmedAmount: yuan('9.98') }), '2026-03-02').toString()).toBe('0.00');
  });
});

describe('late interest at an agreed annual rate', () => {
  it('accrues a 365th of the annual rate a day', () => {
    expect(lateInterest(debt({ lateInterestRate: '0.0365' }), '2026-03-11').toString()).toBe('100.00');
    // 100000.00 × 10 × 0.0435 / 365 = 119.1780…
    expect(lateInterest(debt({ lateInterestRate: '0.0435' }), '2026-03-11').toString()).toBe('119.18');
  });
});

describe('the closed form agrees with summing day by day', () => {
  // A deterministic pseudo-random generator: the same cases on every run.
  let seed = 7;
  const next = (bound: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % bound;
  };

  const dayByDay = (d: OverdueDebt, asOf: string): Money => {
    const rate =
      d.lateInterestRate === null
        ? { n: 5n, s: 10000n }
        : { n: BigInt(d.lateInterestRate.replace('0.', '')), s: 10n ** BigInt(d.lateInterestRate.length - 2) * 365n };
    let fenDays = 0n;
    for (let day = addDays(d.dueDate, 1); day <= asOf; day = addDays(day, 1)) {
      if (d.settledOn && day > d.settledOn) break;
      const paidBefore = d.payments.filter((p) => p.paidOn < day).reduce((sum, p) => sum + p.amount.fen, 0n);
      const base = d.confirmedAmount.fen - paidBefore;
      if (base > 0n) fenDays += base;
    }
    return Money.ofFen((fenDays * rate.n * 2n + rate.s) / (rate.s * 2n));
  };

  it('on 300 random debts with part payments', () => {
    for (let i = 0; i < 300; i += 1) {
      const confirmed = BigInt(1 + next(50_000_000));
      const payments: Payment[] = [];
      let left = confirmed;
      for (let p = next(4); p > 0 && left > 1n; p -= 1) {
        const amount = 1n + BigInt(next(Number(left - 1n)));
        left -= amount;
        payments.push({ amount: Money.ofFen(amount), paidOn: addDays(due, next(60) - 15) });
      }
      const d = debt({
        confirmedAmount: Money.ofFen(confirmed),
        payments,
        lateInterestRate: next(2) === 0 ? null : `0.0${100 + next(900)}`,
      });
      const asOf = addDays(due, next(120) - 10);
      expect([i, lateInterest(d, asOf).toString()]).toEqual([i, dayByDay(d, asOf).toString()]);
    }
  });
});
