import type { ComplianceRow } from '@gqt/procurement';
import { cityName } from '@gqt/contracts';
import type { Column, Table, TableLanguage } from '@gqt/platform';

// For programs (no Accept-Language) exports use the JSON field names as column headers, so a CSV
// and the API read alike; for people the headers are in their language, the city's name beside its code.
const L = (zh: string, en: string): Record<TableLanguage, string> => ({ 'zh-CN': zh, en });

const columns = (year: number): Column<ComplianceRow>[] => [
  { header: 'level', label: L('层级', 'Level'), value: (r) => r.level },
  { header: 'unitId', label: L('单位 ID', 'Unit ID'), value: (r) => r.unitId },
  { header: 'name', label: L('单位名称', 'Unit'), value: (r) => r.name },
  {
    header: 'city',
    label: L('所在市', 'City'),
    readerOnly: true,
    value: (r, language) => cityName(r.cityCode, language ?? 'zh-CN'),
  },
  { header: 'cityCode', label: L('城市代码', 'City code'), value: (r) => r.cityCode },
  { header: 'year', label: L('年度', 'Year'), value: () => year },
  { header: 'budgetTotal', label: L('预算总额（元）', 'Budget (yuan)'), value: (r) => r.budget.toString() },
  { header: 'reservedTotal', label: L('预留总额（元）', 'Reserved (yuan)'), value: (r) => r.reserved.toString() },
  { header: 'reservedShare', label: L('预留比例', 'Reserved share'), value: (r) => r.reservedShare },
  {
    header: 'smallMicroReservedTotal',
    label: L('预留小微企业总额（元）', 'Reserved for small and micro (yuan)'),
    value: (r) => r.smallMicroReserved.toString(),
  },
  { header: 'smallMicroShare', label: L('小微企业比例', 'Small and micro share'), value: (r) => r.smallMicroShare },
  { header: 'awardedTotal', label: L('授予总额（元）', 'Awarded (yuan)'), value: (r) => r.awarded.toString() },
  {
    header: 'awardedToSme',
    label: L('授予中小企业（元）', 'Awarded to SMEs (yuan)'),
    value: (r) => r.awardedToSme.toString(),
  },
  {
    header: 'awardedToSmallMicro',
    label: L('授予小微企业（元）', 'Awarded to small and micro (yuan)'),
    value: (r) => r.awardedToSmallMicro.toString(),
  },
  // Spelled out: a CSV writer leaves false blank.
  {
    header: 'compliant',
    label: L('是否达标', 'Compliant'),
    value: (r, language) =>
      language === null
        ? String(r.compliant)
        : language === 'en'
          ? r.compliant
            ? 'yes'
            : 'no'
          : r.compliant
            ? '是'
            : '否',
  },
  { header: 'unitCount', label: L('单位数', 'Units'), value: (r) => r.unitCount },
  { header: 'compliantUnitCount', label: L('达标单位数', 'Compliant units'), value: (r) => r.compliantUnitCount },
];

/** The compliance report as a table; flags joined by spaces. */
export const complianceTable = (year: number, rows: ComplianceRow[]): Table<ComplianceRow> => ({
  name: `procurement-compliance-${year}`,
  rows,
  columns: [...columns(year), { header: 'flags', label: L('提示', 'Flags'), value: (r) => r.flags.join(' ') }],
});

/** The public page as a table: the same figures without flags. */
export const publicComplianceTable = (year: number, rows: ComplianceRow[]): Table<ComplianceRow> => ({
  name: `procurement-compliance-public-${year}`,
  rows,
  columns: columns(year),
});
