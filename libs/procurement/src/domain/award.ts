import { Money, invalid, ruleViolation, type BusinessDate } from '@gqt/kernel';
import type { SizeClass } from '@gqt/enterprises';

/** The parts of an award that count for SMEs and for small and micro enterprises. */
export interface AwardFigures {
  sizeClass: SizeClass;
  amount: Money;
  smeShare: Money;
  smallMicroShare: Money;
}

const refuse = (field: string, message: string) =>
  invalid('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);

/**
 * Checks an award against its supplier's size class as frozen at signing. Only a large supplier
 * has shares: the part a consortium or subcontract gives to SMEs, and the part of that going to
 * small and micro enterprises; an SME supplier's contract counts whole by its own class
 * (财库〔2020〕46号 art. 4, 9).
 */
export function checkAward(
  input: { amount: Money; signedOn: BusinessDate; smeShare?: Money; smallMicroShare?: Money },
  sizeClass: SizeClass,
  today: BusinessDate,
): AwardFigures {
  if (!input.amount.isPositive()) throw refuse('amount', 'must be greater than zero');
  if (input.signedOn > today) throw refuse('signedOn', 'may not be in the future (Asia/Shanghai)');
  const smeShare = input.smeShare ?? Money.ZERO;
  const smallMicroShare = input.smallMicroShare ?? Money.ZERO;
  if (sizeClass !== 'LARGE' && (smeShare.isPositive() || smallMicroShare.isPositive())) {
    throw ruleViolation(
      'SHARE_NOT_APPLICABLE',
      `The supplier is ${sizeClass}: its whole contract counts by its own class, without SME shares`,
    );
  }
  if (smeShare.greaterThan(input.amount) || smallMicroShare.greaterThan(smeShare)) {
    throw ruleViolation(
      'SHARE_EXCEEDS_AWARD',
      'smeShareAmount may not exceed the amount, nor smallMicroShareAmount the smeShareAmount',
    );
  }
  return { sizeClass, amount: input.amount, smeShare, smallMicroShare };
}

/** What an award counts for SMEs and for small and micro enterprises. */
export function countedAmounts(award: AwardFigures): { toSme: Money; toSmallMicro: Money } {
  if (award.sizeClass === 'LARGE') return { toSme: award.smeShare, toSmallMicro: award.smallMicroShare };
  const smallOrMicro = award.sizeClass === 'SMALL' || award.sizeClass === 'MICRO';
  return { toSme: award.amount, toSmallMicro: smallOrMicro ? award.amount : Money.ZERO };
}

/** The awards of a project may not exceed its budget (422 AWARDS_EXCEED_BUDGET). */
export function assertWithinBudget(awardedBefore: Money, amount: Money, budget: Money): void {
  const total = awardedBefore.plus(amount);
  if (total.greaterThan(budget)) {
    throw ruleViolation(
      'AWARDS_EXCEED_BUDGET',
      `Awards would total ${total.toString()}, above the project's budget of ${budget.toString()} ` +
        `(${budget.minus(awardedBefore).toString()} left to award)`,
    );
  }
}
