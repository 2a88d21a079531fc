import { Money } from '@gqt/kernel';
import { checkRewardRule, rewardFor, type RewardRule } from './reward-rule';

const tiered: RewardRule = {
  type: 'TIERED',
  tiers: [
    { minConfirmed: '10000000.00', amount: '300000.00' },
    { minConfirmed: '50000000.00', amount: '600000.00' },
    { minConfirmed: '100000000.00', amount: '1200000.00' },
  ],
  cap: '1000000.00',
};

describe('reward amount rule', () => {
  it('gives nothing to an enterprise that is not eligible', () => {
    expect(rewardFor({ type: 'FIXED', amount: '500000.00' }, false, Money.parse('1')).amount.toString()).toBe('0.00');
  });

  it('gives the fixed amount', () => {
    expect(rewardFor({ type: 'FIXED', amount: '500000.00' }, true, Money.ZERO).amount.toString()).toBe('500000.00');
  });

  it.each([
    ['9999999.99', '0.00', 'Confirmed ¥9,999,999.99, below the lowest tier (¥10,000,000.00)'],
    ['10000000.00', '300000.00', 'Tier from ¥10,000,000.00 confirmed: ¥300,000.00'],
    ['99999999.99', '600000.00', 'Tier from ¥50,000,000.00 confirmed: ¥600,000.00'],
    ['100000000.00', '1000000.00', 'Tier from ¥100,000,000.00 confirmed: ¥1,200,000.00, capped at ¥1,000,000.00'],
  ])('gives the tier reached by %s confirmed: %s', (confirmed, amount, explanation) => {
    const reward = rewardFor(tiered, true, Money.parse(confirmed));
    expect([reward.amount.toString(), reward.explanation]).toEqual([amount, explanation]);
  });

  it('returns the rule with canonical amounts', () => {
    expect(checkRewardRule({ type: 'FIXED', amount: '500000' })).toEqual({ type: 'FIXED', amount: '500000.00' });
    expect(checkRewardRule({ type: 'TIERED', tiers: [{ minConfirmed: '0', amount: '1.5' }], cap: '10' })).toEqual({
      type: 'TIERED',
      tiers: [{ minConfirmed: '0.00', amount: '1.50' }],
      cap: '10.00',
    });
  });

  it('names every wrong field', () => {
    expect(checkRewardRule({ type: 'FIXED', amount: '0', cap: '5' })).toEqual([
      { field: 'reward.cap', message: 'is only for a TIERED rule' },
      { field: 'reward.amount', message: 'must be a positive amount of yuan, e.g. "500000.00"' },
    ]);
    const errors = checkRewardRule({
      type: 'TIERED',
      tiers: [
        { minConfirmed: '5000000', amount: '200000' },
        { minConfirmed: '5000000', amount: '100000' },
      ],
    }) as { field: string }[];
    expect(errors.map((e) => e.field)).toEqual([
      'reward.cap',
      'reward.tiers[1].minConfirmed',
      'reward.tiers[1].amount',
    ]);
    expect(checkRewardRule({ type: 'TIERED', tiers: [], cap: '1' })).toEqual([
      { field: 'reward.tiers', message: 'must list 1 to 20 tiers' },
    ]);
    expect(checkRewardRule({ type: 'PERCENT' })).toEqual([
      { field: 'reward.type', message: 'must be one of FIXED, TIERED' },
    ]);
  });
});
