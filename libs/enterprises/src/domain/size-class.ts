import type { Industry, SizeClass } from '@gqt/contracts';
import { Money } from '@gqt/kernel';

export { INDUSTRIES, SIZE_CLASSES, type Industry, type SizeClass } from '@gqt/contracts';

/** X employees, Y annual revenue and Z total assets, the last two in 10,000 yuan (万元). */
interface Bounds {
  X?: number;
  Y?: number;
  Z?: number;
}

interface IndustryStandard {
  medium: Bounds;
  small: Bounds;
  /** Large only when every listed ceiling is reached. */
  large: Bounds;
}

// 工信部联企业〔2011〕300号, as tabulated in domain.md § SME size classes.
const STANDARDS: Record<Industry, IndustryStandard> = {
  AGRICULTURE: { medium: { Y: 500 }, small: { Y: 50 }, large: { Y: 20000 } },
  INDUSTRY: { medium: { X: 300, Y: 2000 }, small: { X: 20, Y: 300 }, large: { X: 1000, Y: 40000 } },
  CONSTRUCTION: { medium: { Y: 6000, Z: 5000 }, small: { Y: 300, Z: 300 }, large: { Y: 80000, Z: 80000 } },
  WHOLESALE: { medium: { X: 20, Y: 5000 }, small: { X: 5, Y: 1000 }, large: { X: 200, Y: 40000 } },
  RETAIL: { medium: { X: 50, Y: 500 }, small: { X: 10, Y: 100 }, large: { X: 300, Y: 20000 } },
  TRANSPORT: { medium: { X: 300, Y: 3000 }, small: { X: 20, Y: 200 }, large: { X: 1000, Y: 30000 } },
  WAREHOUSING: { medium: { X: 100, Y: 1000 }, small: { X: 20, Y: 100 }, large: { X: 200, Y: 30000 } },
  POSTAL: { medium: { X: 300, Y: 2000 }, small: { X: 20, Y: 100 }, large: { X: 1000, Y: 30000 } },
  HOSPITALITY: { medium: { X: 100, Y: 2000 }, small: { X: 10, Y: 100 }, large: { X: 300, Y: 10000 } },
  INFORMATION_TRANSMISSION: { medium: { X: 100, Y: 1000 }, small: { X: 10, Y: 100 }, large: { X: 2000, Y: 100000 } },
  SOFTWARE_IT: { medium: { X: 100, Y: 1000 }, small: { X: 10, Y: 50 }, large: { X: 300, Y: 10000 } },
  REAL_ESTATE: { medium: { Y: 1000, Z: 5000 }, small: { Y: 100, Z: 2000 }, large: { Y: 200000, Z: 10000 } },
  PROPERTY_MANAGEMENT: { medium: { X: 300, Y: 1000 }, small: { X: 100, Y: 500 }, large: { X: 1000, Y: 5000 } },
  LEASING_BUSINESS_SERVICES: { medium: { X: 100, Z: 8000 }, small: { X: 10, Z: 100 }, large: { X: 300, Z: 120000 } },
  OTHER: { medium: { X: 100 }, small: { X: 10 }, large: { X: 300 } },
};

export interface SizeIndicators {
  industry: Industry;
  employees: number;
  annualRevenue: Money;
  totalAssets?: Money;
}

/** Whether the industry's standard uses total assets (so the enterprise must state them). */
export function needsTotalAssets(industry: Industry): boolean {
  const { medium, small, large } = STANDARDS[industry];
  return [medium, small, large].some((bounds) => bounds.Z !== undefined);
}

const TEN_THOUSAND_YUAN_IN_FEN = 1_000_000n;

function reaches(bounds: Bounds, indicators: SizeIndicators): boolean {
  const atLeast = (amount: Money | undefined, tenThousands: number) =>
    amount !== undefined && amount.fen >= BigInt(tenThousands) * TEN_THOUSAND_YUAN_IN_FEN;
  return (
    (bounds.X === undefined || indicators.employees >= bounds.X) &&
    (bounds.Y === undefined || atLeast(indicators.annualRevenue, bounds.Y)) &&
    (bounds.Z === undefined || atLeast(indicators.totalAssets, bounds.Z))
  );
}

/** The national SME size class: medium and small need every lower bound, micro is the rest. */
export function classifySize(indicators: SizeIndicators): SizeClass {
  const standard = STANDARDS[indicators.industry];
  if (reaches(standard.large, indicators)) return 'LARGE';
  if (reaches(standard.medium, indicators)) return 'MEDIUM';
  if (reaches(standard.small, indicators)) return 'SMALL';
  return 'MICRO';
}

export const isSme = (sizeClass: SizeClass): boolean => sizeClass !== 'LARGE';
