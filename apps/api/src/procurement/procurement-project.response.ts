import { EnumField, IdField, ListField, MoneyField, TextField, TimestampField } from '@gqt/platform';
import { NameField, NextCursorField } from '../common/fields';
import {
  PROJECT_CATEGORIES,
  PROJECT_FLAGS,
  RESERVATIONS,
  type ProjectCategory,
  type ProjectDetails,
  type ProjectFlag,
  type Reservation,
} from '@gqt/procurement';
import { ApiProperty } from '@nestjs/swagger';
import { EnterpriseSummary } from '../enterprises/enterprise.response';
import { ProcurementAwardResponse } from './procurement-award.response';

export class ProcurementProjectResponse {
  @IdField()
  id!: string;

  /** @example 2026 */
  year!: number;

  @IdField()
  unitId!: string;

  /** The purchasing unit that declared it. */
  unit!: EnterpriseSummary;

  /** @example "办公设备采购" */
  @NameField()
  name!: string;

  @ApiProperty({ enum: PROJECT_CATEGORIES, enumName: 'ProjectCategory', example: 'GOODS' })
  category!: ProjectCategory;

  /** @example "1000000.00" */
  @MoneyField()
  budgetAmount!: string;

  @ApiProperty({ enum: RESERVATIONS, enumName: 'Reservation', example: 'WHOLE' })
  reservation!: Reservation;

  /** @example "1000000.00" */
  @MoneyField()
  reservedAmount!: string;

  /** @example "800000.00" */
  @MoneyField()
  smallMicroReservedAmount!: string;

  @TextField(2000)
  reason!: string | null;

  /** The sum of its awards. @example "600000.00" */
  @MoneyField()
  awardedAmount!: string;

  /** Under the year's policy, e.g. SMALL_PROJECT_NOT_RESERVED for a small project not reserved whole. */
  @ListField({ maxItems: PROJECT_FLAGS.length })
  @EnumField(PROJECT_FLAGS, 'ProjectFlag', { each: true })
  flags!: ProjectFlag[];

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  updatedAt!: Date;

  static of({ project: p, flags }: ProjectDetails): ProcurementProjectResponse {
    return {
      id: p.id,
      year: p.year,
      unitId: p.unitId,
      unit: EnterpriseSummary.of(p.unit!),
      name: p.name,
      category: p.category,
      budgetAmount: p.budgetAmount,
      reservation: p.reservation,
      reservedAmount: p.reservedAmount,
      smallMicroReservedAmount: p.smallMicroReservedAmount,
      reason: p.reason,
      awardedAmount: p.awardedAmount,
      flags,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  }
}

/** A project with the contracts awarded under it. */
export class ProcurementProjectDetailResponse extends ProcurementProjectResponse {
  @ListField({ maxItems: 10_000, of: ProcurementAwardResponse })
  awards!: ProcurementAwardResponse[];

  static override of(details: ProjectDetails): ProcurementProjectDetailResponse {
    return {
      ...ProcurementProjectResponse.of(details),
      awards: (details.awards ?? []).map(ProcurementAwardResponse.of),
    };
  }
}

export class ProcurementProjectPage {
  @ListField({ maxItems: 200, of: ProcurementProjectResponse })
  items!: ProcurementProjectResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}
