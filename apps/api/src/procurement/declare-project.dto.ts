import {
  PROJECT_CATEGORIES,
  RESERVATIONS,
  type NewProject,
  type ProjectCategory,
  type Reservation,
} from '@gqt/procurement';
import { IsMoney } from '@gqt/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class DeclareProjectDto implements NewProject {
  /** The budget year. @example 2026 */
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;

  /** A unit below the caller's (a competent unit declares for its subordinates); the caller's own unit when omitted. */
  @IsOptional()
  @IsUUID()
  unitId?: string;

  /** @example "办公设备采购" */
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ enum: PROJECT_CATEGORIES, enumName: 'ProjectCategory', example: 'GOODS' })
  @IsIn(PROJECT_CATEGORIES)
  category!: ProjectCategory;

  /** Yuan, above zero. @example "1000000.00" */
  @IsMoney()
  @MaxLength(19)
  budgetAmount!: string;

  /**
   * How the project is reserved for SMEs (财库〔2020〕46号): WHOLE (reservedAmount = budgetAmount),
   * PACKAGE, CONSORTIUM or SUBCONTRACT (a part above zero), NONE (zero, with a reason).
   */
  @ApiProperty({ enum: RESERVATIONS, enumName: 'Reservation', example: 'WHOLE' })
  @IsIn(RESERVATIONS)
  reservation!: Reservation;

  /** The part reserved for SMEs; at most budgetAmount (422 RESERVATION_EXCEEDS_BUDGET). @example "1000000.00" */
  @IsMoney()
  @MaxLength(19)
  reservedAmount!: string;

  /** Of the reserved part, what is reserved for small and micro enterprises; at most reservedAmount. @example "800000.00" */
  @IsMoney()
  @MaxLength(19)
  smallMicroReservedAmount!: string;

  /** Why nothing is reserved (required for NONE). @example "专用设备，市场上无中小企业供应" */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
