import { Money, invalid, type FieldError } from '@gqt/kernel';

export const PROJECT_CATEGORIES = ['GOODS', 'SERVICES', 'WORKS'] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

/** A year's rules for government procurement from SMEs, as stored and shown. */
export interface PolicyTerms {
  /** The least share of a unit's yearly budget reserved for SMEs, a decimal such as "0.30". */
  reservedShareMin: string;
  /** The least share of the reserved part that goes to small and micro enterprises ("of which"). */
  smallMicroShareMin: string;
  /** Projects at or below these budgets are in principle reserved whole. */
  smallProjectThresholds: { goodsServices: string; works: string };
  /** The purchaser pays within this many days of accepting a delivery. */
  paymentDays: number;
}

// Seed item 6 (at least 30 % of a department's yearly procurement budget reserved for SMEs, at
// least 60 % of that for small and micro enterprises) and 财库〔2020〕46号 (projects up to ¥2 M of
// goods or services, ¥4 M of works, reserved whole); purchasers pay SMEs within 30 days of
// acceptance (SME Payment Regulation (2025) art. 9).
export const DEFAULT_POLICY_TERMS: PolicyTerms = {
  reservedShareMin: '0.30',
  smallMicroShareMin: '0.60',
  smallProjectThresholds: { goodsServices: '2000000.00', works: '4000000.00' },
  paymentDays: 30,
};

// SME Payment Regulation (2025) art. 9: 30 days from acceptance, by contract at most 60.
const MAX_PAYMENT_DAYS = 60;
/** A share from 0 to 1 with at most 4 decimals. */
export const SHARE_PATTERN = /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/;

/** "0.3000" and "0.3" are one share, shown with at least two decimals ("0.30"). */
export function canonicalShare(share: string): string {
  const [whole, fraction = ''] = share.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return `${whole}.${trimmed.padEnd(2, '0')}`;
}

/**
 * Checks the terms a region regulator sends and returns them canonical; a refusal names every
 * field that is wrong (400 VALIDATION_FAILED).
 */
export function checkPolicyTerms(input: PolicyTerms): PolicyTerms {
  const errors: FieldError[] = [];
  const share = (field: 'reservedShareMin' | 'smallMicroShareMin') => {
    const text = input[field];
    const valid = SHARE_PATTERN.test(text);
    if (!valid) errors.push({ field, message: 'must be a decimal from 0 to 1 with at most 4 decimals, e.g. "0.30"' });
    return valid ? canonicalShare(text) : text;
  };
  const threshold = (key: 'goodsServices' | 'works') => {
    const amount = Money.parse(input.smallProjectThresholds[key]);
    if (!amount.isPositive()) {
      errors.push({ field: `smallProjectThresholds.${key}`, message: 'must be greater than zero' });
    }
    return amount.toString();
  };
  const terms: PolicyTerms = {
    reservedShareMin: share('reservedShareMin'),
    smallMicroShareMin: share('smallMicroShareMin'),
    smallProjectThresholds: { goodsServices: threshold('goodsServices'), works: threshold('works') },
    paymentDays: input.paymentDays,
  };
  if (!Number.isInteger(input.paymentDays) || input.paymentDays < 1 || input.paymentDays > MAX_PAYMENT_DAYS) {
    errors.push({ field: 'paymentDays', message: `must be a whole number of days from 1 to ${MAX_PAYMENT_DAYS}` });
  }
  if (errors.length > 0) {
    throw invalid('VALIDATION_FAILED', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
  return terms;
}

/** The small-project threshold of a category: goods and services share one, works have their own. */
export function smallProjectThreshold(terms: PolicyTerms, category: ProjectCategory): Money {
  return Money.parse(
    category === 'WORKS' ? terms.smallProjectThresholds.works : terms.smallProjectThresholds.goodsServices,
  );
}

export const sameTerms = (a: PolicyTerms, b: PolicyTerms): boolean =>
  a.reservedShareMin === b.reservedShareMin &&
  a.smallMicroShareMin === b.smallMicroShareMin &&
  a.smallProjectThresholds.goodsServices === b.smallProjectThresholds.goodsServices &&
  a.smallProjectThresholds.works === b.smallProjectThresholds.works &&
  a.paymentDays === b.paymentDays;
