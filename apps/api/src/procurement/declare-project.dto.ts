import { EnumField, IdField, IntField, MoneyField, TextField } from '@gqt/platform';
import {
  PROJECT_CATEGORIES,
  RESERVATIONS,
  type NewProject,
  type ProjectCategory,
  type Reservation,
} from '@gqt/procurement';
import { IsOptional } from 'class-validator';

export class DeclareProjectDto implements NewProject {
  /** The budget year. @example 2026 */
  @IntField(2020, 2100)
  year!: number;

  /** A unit below the caller's (a competent unit declares for its subordinates); the caller's own unit when omitted. */
  @IsOptional()
  @IdField()
  unitId?: string;

  /** @example "办公设备采购" */
  @TextField(200, { pattern: /\S/, patternMessage: 'name must not be blank' })
  name!: string;

  @EnumField(PROJECT_CATEGORIES, 'ProjectCategory')
  category!: ProjectCategory;

  /** Yuan, above zero. @example "1000000.00" */
  @MoneyField()
  budgetAmount!: string;

  /**
   * How the project is reserved for SMEs (财库〔2020〕46号): WHOLE (reservedAmount = budgetAmount),
   * PACKAGE, CONSORTIUM or SUBCONTRACT (a part above zero), NONE (zero, with a reason).
   */
  @EnumField(RESERVATIONS, 'Reservation')
  reservation!: Reservation;

  /** The part reserved for SMEs; at most budgetAmount (422 RESERVATION_EXCEEDS_BUDGET). @example "1000000.00" */
  @MoneyField()
  reservedAmount!: string;

  /** Of the reserved part, what is reserved for small and micro enterprises; at most reservedAmount. @example "800000.00" */
  @MoneyField()
  smallMicroReservedAmount!: string;

  /** Why nothing is reserved (required for NONE). @example "专用设备，市场上无中小企业供应" */
  @IsOptional()
  @TextField(1000)
  reason?: string;
}
