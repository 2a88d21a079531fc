import { DomainError } from '@gqt/kernel';
import { checkPolicyTerms, defaultPolicyTerms } from './reward-policy';

const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION_FAILED') {
      return (error.details.fieldErrors ?? []).map((e) => e.field);
    }
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('reward policy terms', () => {
  it('defaults to the domain’s suggested criteria and a fixed reward', () => {
    expect(defaultPolicyTerms(2026)).toEqual({
      criteria: [
        { key: 'CONNECTED_BY_YEAR_END', threshold: '2026-12-31' },
        { key: 'SME_SUPPLIERS', threshold: '10' },
        { key: 'CONFIRMED_AMOUNT', threshold: '10000000.00' },
        { key: 'AVERAGE_CONFIRMATION_DAYS', threshold: '5.00' },
        { key: 'MAX_DAYS_OVERDUE_AT_YEAR_END', threshold: '60' },
      ],
      reward: { type: 'FIXED', amount: '500000.00' },
    });
  });

  it('keeps criteria in canonical order and form', () => {
    const terms = checkPolicyTerms(2026, {
      criteria: [
        { key: 'AVERAGE_CONFIRMATION_DAYS', threshold: '3.5' },
        { key: 'CONFIRMED_AMOUNT', threshold: '20000000' },
      ],
      reward: { type: 'FIXED', amount: '100000' },
    });
    expect(terms.criteria).toEqual([
      { key: 'CONFIRMED_AMOUNT', threshold: '20000000.00' },
      { key: 'AVERAGE_CONFIRMATION_DAYS', threshold: '3.50' },
    ]);
  });

  it('refuses duplicate criteria, thresholds in the wrong form and a bad reward, naming each field', () => {
    expect(
      fieldsOf(() =>
        checkPolicyTerms(2026, {
          criteria: [
            { key: 'SME_SUPPLIERS', threshold: '10.5' },
            { key: 'SME_SUPPLIERS', threshold: '10' },
            { key: 'CONNECTED_BY_YEAR_END', threshold: '2027-01-01' },
            { key: 'AVERAGE_CONFIRMATION_DAYS', threshold: '5.123' },
            { key: 'MAX_DAYS_OVERDUE_AT_YEAR_END', threshold: '-1' },
            { key: 'CONFIRMED_AMOUNT', threshold: '1e7' },
          ],
          reward: { type: 'FIXED' },
        }),
      ),
    ).toEqual([
      'criteria[0].threshold',
      'criteria[1].key',
      'criteria[2].threshold',
      'criteria[3].threshold',
      'criteria[4].threshold',
      'criteria[5].threshold',
      'reward.amount',
    ]);
    expect(fieldsOf(() => checkPolicyTerms(2026, { criteria: [], reward: { type: 'FIXED', amount: '1' } }))).toEqual([
      'criteria',
    ]);
  });
});
