import { Money, invalid, ruleViolation } from '@gqt/kernel';
import { smallProjectThreshold, type PolicyTerms, type ProjectCategory } from './policy';

// The forms of reservation for SMEs (财库〔2020〕46号 art. 8-9): the whole project, a package of
// it, a consortium share, a subcontract share, or none (with the reason why).
export const RESERVATIONS = ['WHOLE', 'PACKAGE', 'CONSORTIUM', 'SUBCONTRACT', 'NONE'] as const;
export type Reservation = (typeof RESERVATIONS)[number];

export const PROJECT_FLAGS = ['SMALL_PROJECT_NOT_RESERVED'] as const;
export type ProjectFlag = (typeof PROJECT_FLAGS)[number];

export interface ProjectTerms {
  category: ProjectCategory;
  budget: Money;
  reservation: Reservation;
  reserved: Money;
  smallMicroReserved: Money;
  reason: string | null;
}

const refuse = (field: string, message: string) =>
  invalid('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);

/**
 * Checks a declared project: reservations within the budget (422 RESERVATION_EXCEEDS_BUDGET),
 * then the form of reservation: WHOLE reserves the whole budget, NONE reserves nothing and says
 * why, the partial forms reserve something (400).
 */
export function checkProject(p: ProjectTerms): void {
  if (!p.budget.isPositive()) throw refuse('budgetAmount', 'must be greater than zero');
  if (p.reserved.greaterThan(p.budget) || p.smallMicroReserved.greaterThan(p.reserved)) {
    throw ruleViolation(
      'RESERVATION_EXCEEDS_BUDGET',
      `The reserved ${p.reserved.toString()} must not exceed the budget ${p.budget.toString()}, nor the ` +
        `small-micro reserved ${p.smallMicroReserved.toString()} the reserved amount`,
    );
  }
  if (p.reservation === 'WHOLE' && !p.reserved.equals(p.budget)) {
    throw refuse('reservedAmount', `must equal budgetAmount (${p.budget.toString()}) for a project reserved WHOLE`);
  }
  if (p.reservation === 'NONE') {
    if (p.reason === null || p.reason.trim() === '')
      throw refuse('reason', 'is required when nothing is reserved (NONE)');
    if (!p.reserved.isZero()) throw refuse('reservedAmount', 'must be 0 when nothing is reserved (NONE)');
  } else if (!p.reserved.isPositive()) {
    throw refuse('reservedAmount', `must be above zero for a ${p.reservation} reservation; use NONE with a reason`);
  }
}

/**
 * The project's flags under the year's policy: a project at or below the small-project threshold
 * of its category that is not reserved whole is accepted, but flagged (财库〔2020〕46号 art. 8:
 * such projects are in principle reserved for SMEs whole).
 */
export function projectFlags(
  p: { category: ProjectCategory; budget: Money; reservation: Reservation },
  policy: PolicyTerms,
): ProjectFlag[] {
  const small = !p.budget.greaterThan(smallProjectThreshold(policy, p.category));
  return small && p.reservation !== 'WHOLE' ? ['SMALL_PROJECT_NOT_RESERVED'] : [];
}
