import { DomainError, Money } from '@gqt/kernel';
import {
  assertAnnualRate,
  assertApprovedAmount,
  assertLoanDate,
  assertTermWithinTenor,
  assertWithinFinancingRatio,
  financingLimit,
  maturityDate,
} from './financing-rules';

const codeOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
};
const yuan = (text: string) => Money.parse(text);

describe('financing rules', () => {
  describe('the financing ratio', () => {
    it('allows up to ratio × outstanding, exactly', () => {
      expect(codeOf(() => assertWithinFinancingRatio(yuan('400000.40'), yuan('500000.50'), '0.80'))).toBeUndefined();
      expect(codeOf(() => assertWithinFinancingRatio(yuan('400000.41'), yuan('500000.50'), '0.80'))).toBe(
        'AMOUNT_EXCEEDS_LIMIT',
      );
    });

    it('rounds the limit down to the fen, never up', () => {
      // 0.85 × 0.01 yuan is 0.0085 yuan: the limit is 0.00, not 0.01.
      expect(financingLimit(yuan('0.01'), '0.85').toString()).toBe('0.00');
      expect(financingLimit(yuan('333.33'), '0.5').toString()).toBe('166.66');
      expect(codeOf(() => assertWithinFinancingRatio(yuan('166.67'), yuan('333.33'), '0.50'))).toBe(
        'AMOUNT_EXCEEDS_LIMIT',
      );
    });
  });

  describe('the term', () => {
    it('ends at the latest on the earliest due date of the receivables', () => {
      const today = '2026-03-01';
      expect(codeOf(() => assertTermWithinTenor(40, ['2026-04-10', '2026-06-01'], today))).toBeUndefined();
      expect(codeOf(() => assertTermWithinTenor(41, ['2026-04-10', '2026-06-01'], today))).toBe('TERM_EXCEEDS_TENOR');
    });
  });

  it('approves at most what was requested, and more than nothing', () => {
    expect(codeOf(() => assertApprovedAmount(yuan('400000'), yuan('400000')))).toBeUndefined();
    expect(codeOf(() => assertApprovedAmount(yuan('400000.01'), yuan('400000')))).toBe('AMOUNT_EXCEEDS_REQUESTED');
    expect(codeOf(() => assertApprovedAmount(yuan('0'), yuan('400000')))).toBe('AMOUNT_NOT_POSITIVE');
  });

  it('takes annual rates above 0 and up to 1', () => {
    expect(codeOf(() => assertAnnualRate('0.0435'))).toBeUndefined();
    expect(codeOf(() => assertAnnualRate('1'))).toBeUndefined();
    expect(codeOf(() => assertAnnualRate('0'))).toBe('RATE_OUT_OF_RANGE');
    expect(codeOf(() => assertAnnualRate('1.0001'))).toBe('RATE_OUT_OF_RANGE');
  });

  it('dates a loan event neither in the future nor before what it follows', () => {
    const check = (date: string) => codeOf(() => assertLoanDate('disbursedOn', date, '2026-03-01', '2026-03-05', 'x'));
    expect(check('2026-03-01')).toBeUndefined();
    expect(check('2026-03-05')).toBeUndefined();
    expect(check('2026-03-06')).toBe('DATE_IN_FUTURE');
    expect(check('2026-02-28')).toBe('DATE_TOO_EARLY');
  });

  it('matures term days after disbursement', () => {
    expect(maturityDate('2026-12-20', 40)).toBe('2027-01-29');
  });
});
