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
  id!: string;

  /** @example 2026 */
  year!: number;

  unitId!: string;

  /** The purchasing unit that declared it. */
  unit!: EnterpriseSummary;

  /** @example "办公设备采购" */
  name!: string;

  @ApiProperty({ enum: PROJECT_CATEGORIES, enumName: 'ProjectCategory', example: 'GOODS' })
  category!: ProjectCategory;

  /** @example "1000000.00" */
  budgetAmount!: string;

  @ApiProperty({ enum: RESERVATIONS, enumName: 'Reservation', example: 'WHOLE' })
  reservation!: Reservation;

  /** @example "1000000.00" */
  reservedAmount!: string;

  /** @example "800000.00" */
  smallMicroReservedAmount!: string;

  reason!: string | null;

  /** The sum of its awards. @example "600000.00" */
  awardedAmount!: string;

  /** Under the year's policy, e.g. SMALL_PROJECT_NOT_RESERVED for a small project not reserved whole. */
  @ApiProperty({ enum: PROJECT_FLAGS, enumName: 'ProjectFlag', isArray: true, example: [] })
  flags!: ProjectFlag[];

  createdAt!: Date;

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
  awards!: ProcurementAwardResponse[];

  static override of(details: ProjectDetails): ProcurementProjectDetailResponse {
    return {
      ...ProcurementProjectResponse.of(details),
      awards: (details.awards ?? []).map(ProcurementAwardResponse.of),
    };
  }
}

export class ProcurementProjectPage {
  items!: ProcurementProjectResponse[];

  nextCursor!: string | null;
}
