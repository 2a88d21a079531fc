import type { EnterpriseKind } from '@gqt/contracts';
import { invalid, ruleViolation, type Money } from '@gqt/kernel';
import { classifySize, isSme, needsTotalAssets, type Industry, type SizeClass } from './size-class';
import { assertValidUscc } from './uscc';

export { ENTERPRISE_KINDS, OWNERSHIPS, type EnterpriseKind, type Ownership } from '@gqt/contracts';

// Bank products (domain.md § Rules): 80 % unless the bank sets its own ratio within 50-90 %.
export const DEFAULT_FINANCING_RATIO = '0.80';
const RATIO_PATTERN = /^0\.(\d{1,2})$/;

export interface EnterpriseProfile {
  kind: EnterpriseKind;
  industry: Industry;
  employees: number;
  annualRevenue: Money;
  totalAssets?: Money;
}

/** Classifies an enterprise and refuses a profile the rules do not allow. */
export function sizeClassFor(profile: EnterpriseProfile): SizeClass {
  if (needsTotalAssets(profile.industry) && profile.totalAssets === undefined) {
    throw invalid('VALIDATION_FAILED', `totalAssets is required to classify an enterprise in ${profile.industry}`, [
      { field: 'totalAssets', message: `totalAssets is required for industry ${profile.industry}` },
    ]);
  }
  const sizeClass = classifySize(profile);
  if (profile.kind === 'SME' && !isSme(sizeClass)) {
    throw ruleViolation(
      'NOT_AN_SME',
      'By the national SME classification standard this enterprise is large, not an SME',
    );
  }
  return sizeClass;
}

export function validateNewEnterprise(uscc: string, profile: EnterpriseProfile): SizeClass {
  assertValidUscc(uscc);
  return sizeClassFor(profile);
}

/** A bank's financing ratio as stored ("0.85"): only banks have one, within 50-90 %. */
export function validFinancingRatio(kind: EnterpriseKind, ratio: string): string {
  if (kind !== 'BANK') throw ruleViolation('NOT_A_BANK', 'Only a bank has a financing ratio');
  const hundredths = RATIO_PATTERN.exec(ratio)?.[1]?.padEnd(2, '0');
  if (hundredths === undefined || Number(hundredths) < 50 || Number(hundredths) > 90) {
    throw ruleViolation('FINANCING_RATIO_OUT_OF_RANGE', "A bank's financing ratio must be between 0.50 and 0.90");
  }
  return `0.${hundredths}`;
}
