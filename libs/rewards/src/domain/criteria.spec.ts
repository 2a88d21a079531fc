import { Money } from '@gqt/kernel';
import { judge, type CriterionKey, type EvaluationFacts } from './criteria';
import { NO_FIGURES, type DebtorFigures } from './debtor-figures';

const DAY_MS = 86_400_000n;

const facts = (figures: Partial<DebtorFigures> = {}, connectedOn = '2026-03-15'): EvaluationFacts => ({
  year: 2026,
  asOf: '2026-12-31',
  connectedOn,
  figures: { ...NO_FIGURES, ...figures },
});

const outcome = (key: CriterionKey, threshold: string, f: EvaluationFacts) => judge({ key, threshold }, f);

describe('reward criteria', () => {
  describe('CONNECTED_BY_YEAR_END', () => {
    it('passes on the deadline and fails a day after', () => {
      expect(outcome('CONNECTED_BY_YEAR_END', '2026-12-31', facts({}, '2026-12-31'))).toMatchObject({
        unit: 'DATE',
        actual: '2026-12-31',
        passed: true,
        shortfall: null,
      });
      expect(outcome('CONNECTED_BY_YEAR_END', '2026-06-30', facts({}, '2026-07-01'))).toMatchObject({
        actual: '2026-07-01',
        passed: false,
        shortfall: '1',
        explanation: 'Connected on 2026-07-01, 1 day after 2026-06-30',
      });
    });
  });

  describe('SME_SUPPLIERS', () => {
    it('passes at the threshold and says how many more are needed below it', () => {
      expect(outcome('SME_SUPPLIERS', '10', facts({ smeSuppliers: 10 }))).toMatchObject({ actual: '10', passed: true });
      expect(outcome('SME_SUPPLIERS', '10', facts({ smeSuppliers: 7 }))).toMatchObject({
        actual: '7',
        threshold: '10',
        passed: false,
        shortfall: '3',
        explanation: '3 more SME suppliers with receivables confirmed in 2026 (7 of 10)',
      });
      expect(outcome('SME_SUPPLIERS', '10', facts({ smeSuppliers: 9 })).explanation).toMatch(/^1 more SME supplier /);
    });
  });

  describe('CONFIRMED_AMOUNT', () => {
    it('compares the confirmed volume to the fen', () => {
      const threshold = '10000000.00';
      expect(
        outcome('CONFIRMED_AMOUNT', threshold, facts({ confirmedAmount: Money.parse('10000000.00') })),
      ).toMatchObject({ actual: '10000000.00', passed: true, shortfall: null });
      expect(
        outcome('CONFIRMED_AMOUNT', threshold, facts({ confirmedAmount: Money.parse('9999999.99') })),
      ).toMatchObject({
        passed: false,
        shortfall: '0.01',
        explanation: '¥0.01 more to confirm in 2026 (¥9,999,999.99 of ¥10,000,000.00)',
      });
    });
  });

  describe('AVERAGE_CONFIRMATION_DAYS', () => {
    it('averages the confirmation time in days, rounded half up to the hundredth', () => {
      // 3 receivables confirmed in 2, 5 and 8 days: 5.00 on average.
      const onTime = facts({ confirmedCount: 3, confirmationMillis: 15n * DAY_MS });
      expect(outcome('AVERAGE_CONFIRMATION_DAYS', '5.00', onTime)).toMatchObject({ actual: '5.00', passed: true });
      // 5.004 days shows and counts as 5.00; 5.005 days as 5.01.
      const justUnder = facts({ confirmedCount: 1, confirmationMillis: (5004n * DAY_MS) / 1000n });
      expect(outcome('AVERAGE_CONFIRMATION_DAYS', '5.00', justUnder)).toMatchObject({ actual: '5.00', passed: true });
      const justOver = facts({ confirmedCount: 1, confirmationMillis: (5005n * DAY_MS) / 1000n });
      expect(outcome('AVERAGE_CONFIRMATION_DAYS', '5.00', justOver)).toMatchObject({
        actual: '5.01',
        passed: false,
        shortfall: '0.01',
        explanation: 'Confirm 0.01 days faster on average (5.01 days, at most 5.00)',
      });
    });

    it('fails when nothing was confirmed, with nothing to measure', () => {
      expect(outcome('AVERAGE_CONFIRMATION_DAYS', '5.00', facts())).toMatchObject({
        actual: null,
        passed: false,
        shortfall: null,
        explanation: 'No receivable was confirmed in 2026',
      });
    });
  });

  describe('MAX_DAYS_OVERDUE_AT_YEAR_END', () => {
    it('allows up to the threshold and explains the excess', () => {
      expect(outcome('MAX_DAYS_OVERDUE_AT_YEAR_END', '60', facts())).toMatchObject({
        actual: '0',
        passed: true,
        explanation: 'No confirmed receivable overdue on 2026-12-31',
      });
      expect(outcome('MAX_DAYS_OVERDUE_AT_YEAR_END', '60', facts({ maxDaysOverdue: 60 })).passed).toBe(true);
      expect(outcome('MAX_DAYS_OVERDUE_AT_YEAR_END', '60', facts({ maxDaysOverdue: 61 }))).toMatchObject({
        actual: '61',
        passed: false,
        shortfall: '1',
        explanation: 'A confirmed receivable is 61 days overdue on 2026-12-31 (at most 60): pay it',
      });
    });
  });
});
