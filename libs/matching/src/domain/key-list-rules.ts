import type { KeyListLevel } from '@gqt/contracts';
import { forbidden, invalid, ruleViolation } from '@gqt/kernel';

export const REGION = '450000';

/** Who keeps which list (seed item 11): the region's regulators every level, a city's its city's CITY and COUNTY entries. */
export function assertMayKeep(jurisdiction: string | null, level: KeyListLevel, cityCode: string): void {
  if (jurisdiction === REGION) return;
  if (level === 'REGION') throw forbidden('Only the region’s regulators keep the REGION list');
  if (jurisdiction !== cityCode) throw forbidden('A city’s regulators keep the lists of their own city’s enterprises');
}

/**
 * A COUNTY entry names the county (a GB/T 2260 code under the enterprise's city: same first four
 * digits, not the city itself); other levels name none.
 */
export function assertCounty(level: KeyListLevel, countyCode: string | undefined | null, cityCode: string): void {
  if (level !== 'COUNTY') {
    if (countyCode) {
      throw invalid('VALIDATION_FAILED', 'countyCode is only for COUNTY entries', [
        { field: 'countyCode', message: 'countyCode is only for COUNTY entries' },
      ]);
    }
    return;
  }
  if (!countyCode) {
    throw invalid('VALIDATION_FAILED', 'countyCode is required for a COUNTY entry', [
      { field: 'countyCode', message: 'countyCode is required for a COUNTY entry' },
    ]);
  }
  if (countyCode.slice(0, 4) !== cityCode.slice(0, 4) || countyCode === cityCode) {
    throw ruleViolation(
      'COUNTY_NOT_IN_CITY',
      `County ${countyCode} is not a county of the enterprise's city ${cityCode}`,
    );
  }
}
