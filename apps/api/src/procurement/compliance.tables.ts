import type { ComplianceRow } from '@gqt/procurement';
import type { Column, Table } from '@gqt/platform';

// Exports use the JSON field names as column headers, so a CSV and the API read alike.

const columns = (year: number): Column<ComplianceRow>[] => [
  { header: 'level', value: (r) => r.level },
  { header: 'unitId', value: (r) => r.unitId },
  { header: 'name', value: (r) => r.name },
  { header: 'cityCode', value: (r) => r.cityCode },
  { header: 'year', value: () => year },
  { header: 'budgetTotal', value: (r) => r.budget.toString() },
  { header: 'reservedTotal', value: (r) => r.reserved.toString() },
  { header: 'reservedShare', value: (r) => r.reservedShare },
  { header: 'smallMicroReservedTotal', value: (r) => r.smallMicroReserved.toString() },
  { header: 'smallMicroShare', value: (r) => r.smallMicroShare },
  { header: 'awardedTotal', value: (r) => r.awarded.toString() },
  { header: 'awardedToSme', value: (r) => r.awardedToSme.toString() },
  { header: 'awardedToSmallMicro', value: (r) => r.awardedToSmallMicro.toString() },
  // Spelled out: a CSV writer leaves false blank.
  { header: 'compliant', value: (r) => String(r.compliant) },
  { header: 'unitCount', value: (r) => r.unitCount },
  { header: 'compliantUnitCount', value: (r) => r.compliantUnitCount },
];

/** The compliance report as a table; flags joined by spaces. */
export const complianceTable = (year: number, rows: ComplianceRow[]): Table<ComplianceRow> => ({
  name: `procurement-compliance-${year}`,
  rows,
  columns: [...columns(year), { header: 'flags', value: (r) => r.flags.join(' ') }],
});

/** The public page as a table: the same figures without flags. */
export const publicComplianceTable = (year: number, rows: ComplianceRow[]): Table<ComplianceRow> => ({
  name: `procurement-compliance-public-${year}`,
  rows,
  columns: columns(year),
});
