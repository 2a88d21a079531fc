import type { KeyListLevel } from '@gqt/contracts';

/** What a product asks of an enterprise; an empty or missing list restricts nothing. */
export interface Eligibility {
  sizeClasses?: readonly string[];
  industries?: readonly string[];
  cityCodes?: readonly string[];
  keyListLevels?: readonly string[];
}

/** What is known of the enterprise that asks: its class, industry, city and this year's list entries. */
export interface Applicant {
  sizeClass: string;
  industry: string;
  cityCode: string;
  keyListLevels: readonly KeyListLevel[];
}

const allows = (list: readonly string[] | undefined, value: string): boolean =>
  list === undefined || list.length === 0 || list.includes(value);

/**
 * Whether an enterprise qualifies for a product: every criterion the product sets must hold; for
 * list levels, being on any one of the levels named is enough.
 */
export function isEligible(rules: Eligibility, applicant: Applicant): boolean {
  return (
    allows(rules.sizeClasses, applicant.sizeClass) &&
    allows(rules.industries, applicant.industry) &&
    allows(rules.cityCodes, applicant.cityCode) &&
    (rules.keyListLevels === undefined ||
      rules.keyListLevels.length === 0 ||
      applicant.keyListLevels.some((level) => rules.keyListLevels!.includes(level)))
  );
}
