import { Money } from '@gqt/kernel';
import { NO_FIGURES } from './debtor-figures';
import { evaluateEnterprise, evaluationDay, hasBegun } from './evaluation';
import { defaultPolicyTerms } from './reward-policy';

const DAY_MS = 86_400_000n;

describe('evaluating a connected core enterprise', () => {
  const terms = defaultPolicyTerms(2026);

  it('is eligible for the reward when every criterion passes', () => {
    const result = evaluateEnterprise(terms, {
      year: 2026,
      asOf: '2026-12-31',
      connectedOn: '2026-03-01',
      figures: {
        smeSuppliers: 12,
        confirmedCount: 40,
        confirmedAmount: Money.parse('15000000.00'),
        confirmationMillis: 40n * 2n * DAY_MS,
        maxDaysOverdue: 10,
      },
    });
    expect(result.criteria.every((c) => c.passed)).toBe(true);
    expect([result.eligible, result.rewardAmount.toString(), result.missing]).toEqual([true, '500000.00', []]);
  });

  it('lists what a failing enterprise still lacks, and gives it nothing', () => {
    const result = evaluateEnterprise(terms, {
      year: 2026,
      asOf: '2026-12-31',
      connectedOn: '2026-03-01',
      figures: { ...NO_FIGURES, smeSuppliers: 7, confirmedCount: 7, confirmedAmount: Money.parse('8000000.00') },
    });
    expect(result.eligible).toBe(false);
    expect(result.rewardAmount.toString()).toBe('0.00');
    expect(result.missing).toEqual([
      '3 more SME suppliers with receivables confirmed in 2026 (7 of 10)',
      '¥2,000,000.00 more to confirm in 2026 (¥8,000,000.00 of ¥10,000,000.00)',
    ]);
  });
});

describe('the day a year is judged on', () => {
  it('is year end for a past year and today for the running one', () => {
    expect(evaluationDay(2025, '2026-11-30')).toBe('2025-12-31');
    expect(evaluationDay(2026, '2026-11-30')).toBe('2026-11-30');
    expect([hasBegun(2026, '2026-01-01'), hasBegun(2027, '2026-12-31')]).toEqual([true, false]);
  });
});
