import { INDUSTRY_NAMES } from '@gqt/contracts';

/** Chinese names of industries for labels in reports; the contract's keys stay the English codes. */
export const industryLabel = (industry: string): string =>
  (INDUSTRY_NAMES['zh-CN'] as Record<string, string>)[industry] ?? industry;
