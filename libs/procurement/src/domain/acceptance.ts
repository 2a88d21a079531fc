import { Money, invalid, ruleViolation, type BusinessDate } from '@gqt/kernel';

const refuse = (field: string, message: string) =>
  invalid('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);

/**
 * Checks an acceptance of a delivery under an award: on a day from the signing to today, for an
 * amount that keeps the award's acceptances within its amount (422 AMOUNT_EXCEEDS_AWARD).
 */
export function checkAcceptance(
  input: { acceptedOn: BusinessDate; amount: Money },
  award: { signedOn: BusinessDate; amount: Money; accepted: Money },
  today: BusinessDate,
): void {
  if (!input.amount.isPositive()) throw refuse('amount', 'must be greater than zero');
  if (input.acceptedOn > today) throw refuse('acceptedOn', 'may not be in the future (Asia/Shanghai)');
  if (input.acceptedOn < award.signedOn) {
    throw refuse('acceptedOn', `may not be before the contract was signed (${award.signedOn})`);
  }
  const total = award.accepted.plus(input.amount);
  if (total.greaterThan(award.amount)) {
    throw ruleViolation(
      'AMOUNT_EXCEEDS_AWARD',
      `Acceptances would total ${total.toString()}, above the award's ${award.amount.toString()} ` +
        `(${award.amount.minus(award.accepted).toString()} left to accept)`,
    );
  }
}
