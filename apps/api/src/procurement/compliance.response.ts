import { EnumField, IdField, ListField, MoneyField, RateField } from '@gqt/platform';
import { CityCodeField, NameField, NextCursorField } from '../common/fields';
import {
  PROJECT_FLAGS,
  type ComplianceLevel,
  type ComplianceReport,
  type ComplianceRow,
  type ProjectFlag,
} from '@gqt/procurement';
import { ApiProperty, OmitType } from '@nestjs/swagger';

const LEVELS: ComplianceLevel[] = ['UNIT', 'CITY', 'REGION'];

export class ComplianceRowResponse {
  /** UNIT: a competent unit with its subordinates rolled in; CITY or REGION: the sum of such rows. */
  @ApiProperty({ enum: LEVELS, enumName: 'ComplianceLevel', example: 'UNIT' })
  level!: ComplianceLevel;

  /** The unit (UNIT rows); null for a city or the region. */
  @IdField()
  unitId!: string | null;

  /** @example "贺州市示范局" */
  @NameField()
  name!: string;

  /** The unit's city, the city, or 450000 for the region. @example "451100" */
  @CityCodeField()
  cityCode!: string;

  /** @example 2026 */
  year!: number;

  /** @example "6000000.00" */
  @MoneyField()
  budgetTotal!: string;

  /** @example "2400000.00" */
  @MoneyField()
  reservedTotal!: string;

  /** reservedTotal ÷ budgetTotal, 4 decimals rounded half up once. @example "0.4000" */
  @RateField()
  reservedShare!: string;

  /** @example "1800000.00" */
  @MoneyField()
  smallMicroReservedTotal!: string;

  /** smallMicroReservedTotal ÷ reservedTotal (the 60 % is "of which"), 4 decimals. @example "0.7500" */
  @RateField()
  smallMicroShare!: string;

  /** @example "600000.00" */
  @MoneyField()
  awardedTotal!: string;

  /** Awards counted for SMEs: SME suppliers' whole contracts, large suppliers' SME shares. @example "600000.00" */
  @MoneyField()
  awardedToSme!: string;

  /** @example "600000.00" */
  @MoneyField()
  awardedToSmallMicro!: string;

  /** The projects' flags, e.g. SMALL_PROJECT_NOT_RESERVED. */
  @ListField({ maxItems: PROJECT_FLAGS.length })
  @EnumField(PROJECT_FLAGS, 'ProjectFlag', { each: true })
  flags!: ProjectFlag[];

  /** Both shares meet the year's minimums, compared exactly (exactly 30 % complies). @example true */
  compliant!: boolean;

  /** The competent units in the row. @example 1 */
  unitCount!: number;

  /** How many of them comply on their own. @example 1 */
  compliantUnitCount!: number;

  static of(year: number): (row: ComplianceRow) => ComplianceRowResponse {
    return (r) => ({
      level: r.level,
      unitId: r.unitId,
      name: r.name,
      cityCode: r.cityCode,
      year,
      budgetTotal: r.budget.toString(),
      reservedTotal: r.reserved.toString(),
      reservedShare: r.reservedShare,
      smallMicroReservedTotal: r.smallMicroReserved.toString(),
      smallMicroShare: r.smallMicroShare,
      awardedTotal: r.awarded.toString(),
      awardedToSme: r.awardedToSme.toString(),
      awardedToSmallMicro: r.awardedToSmallMicro.toString(),
      flags: r.flags,
      compliant: r.compliant,
      unitCount: r.unitCount,
      compliantUnitCount: r.compliantUnitCount,
    });
  }
}

/** A row as the public page shows it: the same figures, without flags. */
export class PublicComplianceRowResponse extends OmitType(ComplianceRowResponse, ['flags'] as const) {
  static ofPublic(year: number): (row: ComplianceRow) => PublicComplianceRowResponse {
    return (row) => {
      const { flags: _flags, ...published } = ComplianceRowResponse.of(year)(row);
      return published;
    };
  }
}

export class CompliancePolicySummary {
  /** @example "0.30" */
  @RateField()
  reservedShareMin!: string;

  /** @example "0.60" */
  @RateField()
  smallMicroShareMin!: string;
}

class ComplianceReportBase {
  /** @example 2026 */
  year!: number;

  /** The minimums the rows are judged by: the year's policy. */
  policy!: CompliancePolicySummary;

  @NextCursorField()
  nextCursor!: string | null;
}

/** Units below the line first (lowest reserved share first), then the others. */
export class ComplianceReportResponse extends ComplianceReportBase {
  @ListField({ maxItems: 10_000, of: ComplianceRowResponse })
  items!: ComplianceRowResponse[];

  static of(report: ComplianceReport): ComplianceReportResponse {
    return { ...summaryOf(report), items: report.items.map(ComplianceRowResponse.of(report.year)) };
  }
}

export class PublicComplianceReportResponse extends ComplianceReportBase {
  @ListField({ maxItems: 10_000, of: PublicComplianceRowResponse })
  items!: PublicComplianceRowResponse[];

  static of(report: ComplianceReport): PublicComplianceReportResponse {
    return { ...summaryOf(report), items: report.items.map(PublicComplianceRowResponse.ofPublic(report.year)) };
  }
}

const summaryOf = (report: ComplianceReport): ComplianceReportBase => ({
  year: report.year,
  policy: { reservedShareMin: report.policy.reservedShareMin, smallMicroShareMin: report.policy.smallMicroShareMin },
  nextCursor: report.nextCursor,
});
