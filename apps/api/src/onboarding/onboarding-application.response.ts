import type { ApplicationStatus, OnboardingApplicationEntity } from '@gqt/onboarding';

export class OnboardingApplicant {
  id!: string;

  /** @example "柳州示范汽车工业集团有限公司" */
  name!: string;

  /** @example "91450200MA5KD00018" */
  uscc!: string;
}

export class OnboardingApplicationResponse {
  id!: string;

  /** @example 2026 */
  year!: number;

  /** SUBMITTED → NOMINATED → APPROVED → CONNECTED; or REJECTED / WITHDRAWN. @example "NOMINATED" */
  status!: ApplicationStatus;

  enterpriseId!: string;

  /** The applicant as it was when it applied. */
  enterprise!: OnboardingApplicant;

  /** The applicant's city, whose quota the application counts against. @example "450200" */
  cityCode!: string;

  /** @example "王经理" */
  contactName!: string;

  /** @example "13800000000" */
  contactPhone!: string;

  note!: string | null;

  rejectionReason!: string | null;

  /** @example "ZZ-4502-000118" */
  platformAccountId!: string | null;

  /** @example "2026-03-15" */
  connectedOn!: string | null;

  createdAt!: Date;

  updatedAt!: Date;

  nominatedAt!: Date | null;

  approvedAt!: Date | null;

  rejectedAt!: Date | null;

  withdrawnAt!: Date | null;

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
  items!: OnboardingApplicationResponse[];

  nextCursor!: string | null;
}
