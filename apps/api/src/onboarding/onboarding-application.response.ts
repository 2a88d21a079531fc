import { APPLICATION_STATUSES } from '@gqt/contracts';
import { DateField, EnumField, IdField, ListField, TextField, TimestampField } from '@gqt/platform';
import { CityCodeField, NameField, NextCursorField, PLATFORM_ACCOUNT_ID, UsccField } from '../common/fields';
import type { ApplicationStatus, OnboardingApplicationEntity } from '@gqt/onboarding';

export class OnboardingApplicant {
  @IdField()
  id!: string;

  /** @example "柳州示范汽车工业集团有限公司" */
  @NameField()
  name!: string;

  /** @example "91450200MA5KD00018" */
  @UsccField()
  uscc!: string;
}

export class OnboardingApplicationResponse {
  @IdField()
  id!: string;

  /** @example 2026 */
  year!: number;

  /** SUBMITTED → NOMINATED → APPROVED → CONNECTED; or REJECTED / WITHDRAWN. @example "NOMINATED" */
  @EnumField(APPLICATION_STATUSES, 'ApplicationStatus')
  status!: ApplicationStatus;

  @IdField()
  enterpriseId!: string;

  /** The applicant as it was when it applied. */
  enterprise!: OnboardingApplicant;

  /** The applicant's city, whose quota the application counts against. @example "450200" */
  @CityCodeField()
  cityCode!: string;

  /** @example "王经理" */
  @NameField()
  @TextField(50)
  contactName!: string;

  /** @example "13800000000" */
  @TextField(13, { pattern: /^[0-9-]+$/ })
  contactPhone!: string;

  @TextField(2000)
  note!: string | null;

  @TextField(2000)
  rejectionReason!: string | null;

  /** @example "ZZ-4502-000118" */
  @TextField(64, { pattern: PLATFORM_ACCOUNT_ID })
  platformAccountId!: string | null;

  /** @example "2026-03-15" */
  @DateField()
  connectedOn!: string | null;

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  updatedAt!: Date;

  @TimestampField()
  nominatedAt!: Date | null;

  @TimestampField()
  approvedAt!: Date | null;

  @TimestampField()
  rejectedAt!: Date | null;

  @TimestampField()
  withdrawnAt!: Date | null;

  @TimestampField()
  connectedAt!: Date | null;

  static of(a: OnboardingApplicationEntity): OnboardingApplicationResponse {
    return {
      id: a.id,
      year: a.year,
      status: a.status,
      enterpriseId: a.enterpriseId,
      enterprise: { id: a.enterpriseId, name: a.enterpriseName, uscc: a.enterpriseUscc },
      cityCode: a.cityCode,
      contactName: a.contactName,
      contactPhone: a.contactPhone,
      note: a.note,
      rejectionReason: a.rejectionReason,
      platformAccountId: a.platformAccountId,
      connectedOn: a.connectedOn,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      nominatedAt: a.nominatedAt,
      approvedAt: a.approvedAt,
      rejectedAt: a.rejectedAt,
      withdrawnAt: a.withdrawnAt,
      connectedAt: a.connectedAt,
    };
  }
}

export class OnboardingApplicationPage {
  @ListField({ maxItems: 200, of: OnboardingApplicationResponse })
  items!: OnboardingApplicationResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}
