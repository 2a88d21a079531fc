import { Money } from '@gqt/kernel';
import { classifySize, type Industry, type SizeClass } from './size-class';

const wan = (tenThousands: number) => Money.parse(String(tenThousands * 10_000));

interface Case {
  industry: Industry;
  X?: number;
  Y?: number;
  Z?: number;
  expected: SizeClass;
}

/**
 * Every bound of 工信部联企业〔2011〕300号 (domain.md), met exactly and missed by one unit:
 * X employees, Y revenue and Z assets in 10,000 yuan. Unlisted indicators are set high so that
 * only the one under test decides.
 */
const cases: Case[] = [
  // Agriculture: Y only.
  { industry: 'AGRICULTURE', Y: 20000, expected: 'LARGE' },
  { industry: 'AGRICULTURE', Y: 19999, expected: 'MEDIUM' },
  { industry: 'AGRICULTURE', Y: 500, expected: 'MEDIUM' },
  { industry: 'AGRICULTURE', Y: 499, expected: 'SMALL' },
  { industry: 'AGRICULTURE', Y: 50, expected: 'SMALL' },
  { industry: 'AGRICULTURE', Y: 49, expected: 'MICRO' },
  // Industry: X and Y.
  { industry: 'INDUSTRY', X: 1000, Y: 40000, expected: 'LARGE' },
  { industry: 'INDUSTRY', X: 999, Y: 40000, expected: 'MEDIUM' },
  { industry: 'INDUSTRY', X: 1000, Y: 39999, expected: 'MEDIUM' },
  { industry: 'INDUSTRY', X: 300, Y: 2000, expected: 'MEDIUM' },
  { industry: 'INDUSTRY', X: 299, Y: 2000, expected: 'SMALL' },
  { industry: 'INDUSTRY', X: 300, Y: 1999, expected: 'SMALL' },
  { industry: 'INDUSTRY', X: 20, Y: 300, expected: 'SMALL' },
  { industry: 'INDUSTRY', X: 19, Y: 300, expected: 'MICRO' },
  { industry: 'INDUSTRY', X: 20, Y: 299, expected: 'MICRO' },
  { industry: 'INDUSTRY', X: 85, Y: 2600, expected: 'SMALL' },
  // Construction: Y and Z.
  { industry: 'CONSTRUCTION', Y: 80000, Z: 80000, expected: 'LARGE' },
  { industry: 'CONSTRUCTION', Y: 79999, Z: 80000, expected: 'MEDIUM' },
  { industry: 'CONSTRUCTION', Y: 80000, Z: 79999, expected: 'MEDIUM' },
  { industry: 'CONSTRUCTION', Y: 6000, Z: 5000, expected: 'MEDIUM' },
  { industry: 'CONSTRUCTION', Y: 5999, Z: 5000, expected: 'SMALL' },
  { industry: 'CONSTRUCTION', Y: 6000, Z: 4999, expected: 'SMALL' },
  { industry: 'CONSTRUCTION', Y: 300, Z: 300, expected: 'SMALL' },
  { industry: 'CONSTRUCTION', Y: 299, Z: 300, expected: 'MICRO' },
  { industry: 'CONSTRUCTION', Y: 300, Z: 299, expected: 'MICRO' },
  // Wholesale.
  { industry: 'WHOLESALE', X: 200, Y: 40000, expected: 'LARGE' },
  { industry: 'WHOLESALE', X: 199, Y: 40000, expected: 'MEDIUM' },
  { industry: 'WHOLESALE', X: 20, Y: 5000, expected: 'MEDIUM' },
  { industry: 'WHOLESALE', X: 19, Y: 5000, expected: 'SMALL' },
  { industry: 'WHOLESALE', X: 20, Y: 4999, expected: 'SMALL' },
  { industry: 'WHOLESALE', X: 5, Y: 1000, expected: 'SMALL' },
  { industry: 'WHOLESALE', X: 4, Y: 1000, expected: 'MICRO' },
  { industry: 'WHOLESALE', X: 5, Y: 999, expected: 'MICRO' },
  // Retail.
  { industry: 'RETAIL', X: 300, Y: 20000, expected: 'LARGE' },
  { industry: 'RETAIL', X: 300, Y: 19999, expected: 'MEDIUM' },
  { industry: 'RETAIL', X: 50, Y: 500, expected: 'MEDIUM' },
  { industry: 'RETAIL', X: 49, Y: 500, expected: 'SMALL' },
  { industry: 'RETAIL', X: 10, Y: 100, expected: 'SMALL' },
  { industry: 'RETAIL', X: 10, Y: 99, expected: 'MICRO' },
  { industry: 'RETAIL', X: 9, Y: 100, expected: 'MICRO' },
  // Transport.
  { industry: 'TRANSPORT', X: 1000, Y: 30000, expected: 'LARGE' },
  { industry: 'TRANSPORT', X: 999, Y: 30000, expected: 'MEDIUM' },
  { industry: 'TRANSPORT', X: 300, Y: 3000, expected: 'MEDIUM' },
  { industry: 'TRANSPORT', X: 300, Y: 2999, expected: 'SMALL' },
  { industry: 'TRANSPORT', X: 20, Y: 200, expected: 'SMALL' },
  { industry: 'TRANSPORT', X: 19, Y: 200, expected: 'MICRO' },
  { industry: 'TRANSPORT', X: 20, Y: 199, expected: 'MICRO' },
  // Warehousing.
  { industry: 'WAREHOUSING', X: 200, Y: 30000, expected: 'LARGE' },
  { industry: 'WAREHOUSING', X: 200, Y: 29999, expected: 'MEDIUM' },
  { industry: 'WAREHOUSING', X: 100, Y: 1000, expected: 'MEDIUM' },
  { industry: 'WAREHOUSING', X: 99, Y: 1000, expected: 'SMALL' },
  { industry: 'WAREHOUSING', X: 20, Y: 100, expected: 'SMALL' },
  { industry: 'WAREHOUSING', X: 20, Y: 99, expected: 'MICRO' },
  { industry: 'WAREHOUSING', X: 19, Y: 100, expected: 'MICRO' },
  // Postal.
  { industry: 'POSTAL', X: 1000, Y: 30000, expected: 'LARGE' },
  { industry: 'POSTAL', X: 1000, Y: 29999, expected: 'MEDIUM' },
  { industry: 'POSTAL', X: 300, Y: 2000, expected: 'MEDIUM' },
  { industry: 'POSTAL', X: 299, Y: 2000, expected: 'SMALL' },
  { industry: 'POSTAL', X: 20, Y: 100, expected: 'SMALL' },
  { industry: 'POSTAL', X: 20, Y: 99, expected: 'MICRO' },
  { industry: 'POSTAL', X: 19, Y: 100, expected: 'MICRO' },
  // Accommodation and catering.
  { industry: 'HOSPITALITY', X: 300, Y: 10000, expected: 'LARGE' },
  { industry: 'HOSPITALITY', X: 299, Y: 10000, expected: 'MEDIUM' },
  { industry: 'HOSPITALITY', X: 100, Y: 2000, expected: 'MEDIUM' },
  { industry: 'HOSPITALITY', X: 100, Y: 1999, expected: 'SMALL' },
  { industry: 'HOSPITALITY', X: 10, Y: 100, expected: 'SMALL' },
  { industry: 'HOSPITALITY', X: 9, Y: 100, expected: 'MICRO' },
  { industry: 'HOSPITALITY', X: 10, Y: 99, expected: 'MICRO' },
  // Information transmission.
  { industry: 'INFORMATION_TRANSMISSION', X: 2000, Y: 100000, expected: 'LARGE' },
  { industry: 'INFORMATION_TRANSMISSION', X: 1999, Y: 100000, expected: 'MEDIUM' },
  { industry: 'INFORMATION_TRANSMISSION', X: 100, Y: 1000, expected: 'MEDIUM' },
  { industry: 'INFORMATION_TRANSMISSION', X: 99, Y: 1000, expected: 'SMALL' },
  { industry: 'INFORMATION_TRANSMISSION', X: 10, Y: 100, expected: 'SMALL' },
  { industry: 'INFORMATION_TRANSMISSION', X: 10, Y: 99, expected: 'MICRO' },
  { industry: 'INFORMATION_TRANSMISSION', X: 9, Y: 100, expected: 'MICRO' },
  // Software and IT services.
  { industry: 'SOFTWARE_IT', X: 300, Y: 10000, expected: 'LARGE' },
  { industry: 'SOFTWARE_IT', X: 300, Y: 9999, expected: 'MEDIUM' },
  { industry: 'SOFTWARE_IT', X: 100, Y: 1000, expected: 'MEDIUM' },
  { industry: 'SOFTWARE_IT', X: 99, Y: 1000, expected: 'SMALL' },
  { industry: 'SOFTWARE_IT', X: 10, Y: 50, expected: 'SMALL' },
  { industry: 'SOFTWARE_IT', X: 10, Y: 49, expected: 'MICRO' },
  { industry: 'SOFTWARE_IT', X: 9, Y: 50, expected: 'MICRO' },
  // Real-estate development: Y and Z.
  { industry: 'REAL_ESTATE', Y: 200000, Z: 10000, expected: 'LARGE' },
  { industry: 'REAL_ESTATE', Y: 199999, Z: 10000, expected: 'MEDIUM' },
  { industry: 'REAL_ESTATE', Y: 200000, Z: 9999, expected: 'MEDIUM' },
  { industry: 'REAL_ESTATE', Y: 1000, Z: 5000, expected: 'MEDIUM' },
  { industry: 'REAL_ESTATE', Y: 999, Z: 5000, expected: 'SMALL' },
  { industry: 'REAL_ESTATE', Y: 1000, Z: 4999, expected: 'SMALL' },
  { industry: 'REAL_ESTATE', Y: 100, Z: 2000, expected: 'SMALL' },
  { industry: 'REAL_ESTATE', Y: 99, Z: 2000, expected: 'MICRO' },
  { industry: 'REAL_ESTATE', Y: 100, Z: 1999, expected: 'MICRO' },
  // Property management.
  { industry: 'PROPERTY_MANAGEMENT', X: 1000, Y: 5000, expected: 'LARGE' },
  { industry: 'PROPERTY_MANAGEMENT', X: 1000, Y: 4999, expected: 'MEDIUM' },
  { industry: 'PROPERTY_MANAGEMENT', X: 300, Y: 1000, expected: 'MEDIUM' },
  { industry: 'PROPERTY_MANAGEMENT', X: 299, Y: 1000, expected: 'SMALL' },
  { industry: 'PROPERTY_MANAGEMENT', X: 100, Y: 500, expected: 'SMALL' },
  { industry: 'PROPERTY_MANAGEMENT', X: 100, Y: 499, expected: 'MICRO' },
  { industry: 'PROPERTY_MANAGEMENT', X: 99, Y: 500, expected: 'MICRO' },
  // Leasing and business services: X and Z.
  { industry: 'LEASING_BUSINESS_SERVICES', X: 300, Z: 120000, expected: 'LARGE' },
  { industry: 'LEASING_BUSINESS_SERVICES', X: 300, Z: 119999, expected: 'MEDIUM' },
  { industry: 'LEASING_BUSINESS_SERVICES', X: 100, Z: 8000, expected: 'MEDIUM' },
  { industry: 'LEASING_BUSINESS_SERVICES', X: 99, Z: 8000, expected: 'SMALL' },
  { industry: 'LEASING_BUSINESS_SERVICES', X: 10, Z: 100, expected: 'SMALL' },
  { industry: 'LEASING_BUSINESS_SERVICES', X: 10, Z: 99, expected: 'MICRO' },
  { industry: 'LEASING_BUSINESS_SERVICES', X: 9, Z: 100, expected: 'MICRO' },
  // Other: X only.
  { industry: 'OTHER', X: 300, expected: 'LARGE' },
  { industry: 'OTHER', X: 299, expected: 'MEDIUM' },
  { industry: 'OTHER', X: 100, expected: 'MEDIUM' },
  { industry: 'OTHER', X: 99, expected: 'SMALL' },
  { industry: 'OTHER', X: 10, expected: 'SMALL' },
  { industry: 'OTHER', X: 9, expected: 'MICRO' },
];

describe('SME size classes (工信部联企业〔2011〕300号)', () => {
  it.each(cases)('$industry X=$X Y=$Y Z=$Z is $expected', ({ industry, X, Y, Z, expected }) => {
    expect(
      classifySize({
        industry,
        employees: X ?? 10_000_000,
        annualRevenue: wan(Y ?? 10_000_000),
        totalAssets: wan(Z ?? 10_000_000),
      }),
    ).toBe(expected);
  });

  it('compares revenue exactly at the fen: one fen short of the small bound is micro', () => {
    const justShort = Money.parse('2999999.99');
    expect(classifySize({ industry: 'INDUSTRY', employees: 20, annualRevenue: justShort })).toBe('MICRO');
    expect(classifySize({ industry: 'INDUSTRY', employees: 20, annualRevenue: Money.parse('3000000') })).toBe('SMALL');
  });

  it('treats missing total assets as not reaching an asset bound', () => {
    expect(classifySize({ industry: 'CONSTRUCTION', employees: 5, annualRevenue: wan(90000) })).toBe('MICRO');
  });
});
