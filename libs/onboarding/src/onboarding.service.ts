import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { conflict, notFound, ruleViolation, shanghaiDate, type BusinessDate } from '@gqt/kernel';
import { EnterprisesService } from '@gqt/enterprises';
import { AuditService, Outbox, REGION_CODE, actorOf, type Page, type PageQuery, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import {
  assertApplicationYear,
  assertConnectionDate,
  assertPlaceLeft,
  quotaUsage,
  transition,
  type QuotaUsage,
} from './domain/onboarding-application';
import { OnboardingApplicationEntity } from './onboarding-application.entity';
import { OnboardingApplicationsRepository, type ApplicationFilter } from './onboarding-applications.repository';
import { ONBOARDING_EVENTS, type OnboardingEventPayload, type OnboardingStep } from './onboarding.events';

export interface NewApplication {
  year: number;
  contactName: string;
  contactPhone: string;
  note?: string;
}

export interface Connection {
  platformAccountId: string;
  connectedOn: BusinessDate;
}

/** An enterprise connected to the national platform through its application for a year. */
export interface ConnectedEnterprise {
  applicationId: string;
  enterpriseId: string;
  enterpriseName: string;
  enterpriseUscc: string;
  cityCode: string;
  year: number;
  platformAccountId: string;
  connectedOn: BusinessDate;
}

export interface CityQuota extends QuotaUsage {
  cityCode: string;
  cityName: string;
  cityNameEn: string;
  year: number;
}

const CONSTRAINT_REFUSALS: Record<string, () => Error> = {
  onboarding_applications_live_key: () =>
    conflict('APPLICATION_EXISTS', 'The enterprise already has a live application for this year'),
  onboarding_applications_connected_key: () =>
    conflict('ALREADY_CONNECTED', 'The enterprise is already connected to the receivables financing service platform'),
  onboarding_applications_platform_account_key: () =>
    conflict('PLATFORM_ACCOUNT_TAKEN', 'This platform account id is already recorded for another enterprise'),
};

/**
 * Core-enterprise onboarding (api-contract.md § Core-enterprise onboarding): a core enterprise applies
 * for a year, its city's regulator (or the region) nominates it within the city's quota, the region
 * approves or rejects it, and the connection to the national platform is recorded.
 */
@Injectable()
export class OnboardingService {
  constructor(
    private readonly applications: OnboardingApplicationsRepository,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  @Transactional()
  async apply(principal: Principal, input: NewApplication): Promise<OnboardingApplicationEntity> {
    assertApplicationYear(input.year, shanghaiDate());
    const enterprise = principal.enterpriseId ? await this.enterprises.findById(principal.enterpriseId) : null;
    if (!enterprise || enterprise.kind !== 'CORE') {
      throw ruleViolation(
        'NOT_A_CORE_ENTERPRISE',
        'Only an enterprise registered as a core enterprise (CORE) may apply',
      );
    }
    await this.assertNotConnected(enterprise.id);
    const now = new Date();
    const application = Object.assign(new OnboardingApplicationEntity(), {
      id: randomUUID(),
      enterpriseId: enterprise.id,
      enterpriseName: enterprise.name,
      enterpriseUscc: enterprise.uscc,
      cityCode: enterprise.cityCode,
      year: input.year,
      status: 'SUBMITTED',
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      note: input.note ?? null,
      rejectionReason: null,
      platformAccountId: null,
      connectedOn: null,
      createdAt: now,
      updatedAt: now,
      nominatedAt: null,
      approvedAt: null,
      rejectedAt: null,
      withdrawnAt: null,
      connectedAt: null,
    } satisfies OnboardingApplicationEntity);
    const violated = await this.applications.insert(application);
    if (violated) throw this.refusalFor(violated);
    await this.record('submitted', principal, null, application);
    return application;
  }

  /** The regulator of the applicant's city, or the region, nominates it: it takes one of the city's places. */
  @Transactional()
  async nominate(principal: Principal, id: string): Promise<OnboardingApplicationEntity> {
    const application = await this.lockVisible(principal, id);
    const status = transition(application.status, 'nominate');
    await this.assertNotConnected(application.enterpriseId);
    await this.applications.lockCityYear(application.cityCode, application.year);
    const taken = await this.applications.placesTaken(application.cityCode, application.year);
    assertPlaceLeft(await this.cityName(application.cityCode), application.year, taken);
    return this.change('nominated', principal, application, { status, nominatedAt: new Date() });
  }

  @Transactional()
  async approve(principal: Principal, id: string): Promise<OnboardingApplicationEntity> {
    const application = await this.lockVisible(principal, id);
    const status = transition(application.status, 'approve');
    return this.change('approved', principal, application, { status, approvedAt: new Date() });
  }

  /** The region rejects an application; a place it held is free again. */
  @Transactional()
  async reject(principal: Principal, id: string, reason: string): Promise<OnboardingApplicationEntity> {
    const application = await this.lockVisible(principal, id);
    const status = transition(application.status, 'reject');
    return this.change('rejected', principal, application, {
      status,
      rejectionReason: reason,
      rejectedAt: new Date(),
    });
  }

  /** The applicant withdraws its application; a place it held is free again. */
  @Transactional()
  async withdraw(principal: Principal, id: string): Promise<OnboardingApplicationEntity> {
    const application = await this.lockVisible(principal, id);
    const status = transition(application.status, 'withdraw');
    return this.change('withdrawn', principal, application, { status, withdrawnAt: new Date() });
  }

  /** Records that the approved enterprise is connected to the national receivables financing service platform. */
  @Transactional()
  async connect(principal: Principal, id: string, connection: Connection): Promise<OnboardingApplicationEntity> {
    assertConnectionDate(connection.connectedOn, shanghaiDate());
    const application = await this.lockVisible(principal, id);
    const status = transition(application.status, 'connect');
    return this.change('connected', principal, application, {
      status,
      platformAccountId: connection.platformAccountId,
      connectedOn: connection.connectedOn,
      connectedAt: new Date(),
    });
  }

  async get(principal: Principal, id: string): Promise<OnboardingApplicationEntity> {
    const application = await this.applications.findVisible(id, principal);
    if (!application) throw notFound('The onboarding application');
    return application;
  }

  list(principal: Principal, filter: ApplicationFilter, page: PageQuery): Promise<Page<OnboardingApplicationEntity>> {
    return this.applications.page(principal, filter, page);
  }

  /**
   * Every city's quota for the year: places taken (nominated, approved or connected) and left. A
   * city's regulator sees its own city's only (regulators see their jurisdiction).
   */
  async quotas(principal: Principal, year: number): Promise<CityQuota[]> {
    const all = await this.enterprises.cities();
    const cityOnly =
      principal.role === 'REGULATOR' && principal.jurisdiction !== null && principal.jurisdiction !== REGION_CODE;
    const cities = cityOnly ? all.filter((city) => city.code === principal.jurisdiction) : all;
    const taken = await this.applications.placesTakenByCity(year);
    return cities.map((city) => ({
      cityCode: city.code,
      cityName: city.name,
      cityNameEn: city.nameEn,
      year,
      ...quotaUsage(taken.get(city.code) ?? 0),
    }));
  }

  /** For the reward evaluation: the enterprises connected through their applications for the year. */
  async connectedIn(year: number): Promise<ConnectedEnterprise[]> {
    const applications = await this.applications.connectedIn(year);
    // A CONNECTED application always has its account and date (a CHECK constraint says so).
    return applications.map((a) => ({
      applicationId: a.id,
      enterpriseId: a.enterpriseId,
      enterpriseName: a.enterpriseName,
      enterpriseUscc: a.enterpriseUscc,
      cityCode: a.cityCode,
      year: a.year,
      platformAccountId: a.platformAccountId!,
      connectedOn: a.connectedOn!,
    }));
  }

  private async lockVisible(principal: Principal, id: string): Promise<OnboardingApplicationEntity> {
    const application = await this.applications.findVisibleForUpdate(id, principal);
    if (!application) throw notFound('The onboarding application');
    return application;
  }

  private async assertNotConnected(enterpriseId: string): Promise<void> {
    const connection = await this.applications.findConnection(enterpriseId);
    if (connection) {
      throw conflict(
        'ALREADY_CONNECTED',
        `The enterprise was connected to the receivables financing service platform on ${connection.connectedOn} (${connection.year})`,
      );
    }
  }

  private async cityName(code: string): Promise<string> {
    const cities = await this.enterprises.cities();
    return cities.find((city) => city.code === code)?.name ?? code;
  }

  private async change(
    step: OnboardingStep,
    principal: Principal,
    application: OnboardingApplicationEntity,
    patch: Partial<OnboardingApplicationEntity>,
  ): Promise<OnboardingApplicationEntity> {
    const before = { ...application };
    Object.assign(application, patch, { updatedAt: new Date() });
    const violated = await this.applications.update(application);
    if (violated) throw this.refusalFor(violated);
    await this.record(step, principal, before, application);
    return application;
  }

  private async record(
    step: OnboardingStep,
    principal: Principal,
    before: OnboardingApplicationEntity | null,
    after: OnboardingApplicationEntity,
  ): Promise<void> {
    await this.audit.record({
      entityType: 'onboarding_application',
      entityId: after.id,
      action: ONBOARDING_EVENTS[step],
      actor: actorOf(principal),
      jurisdictions: [after.cityCode],
      before,
      after,
    });
    const payload: OnboardingEventPayload = {
      applicationId: after.id,
      enterpriseId: after.enterpriseId,
      enterpriseName: after.enterpriseName,
      cityCode: after.cityCode,
      year: after.year,
      status: after.status,
      ...(step === 'rejected' && after.rejectionReason ? { reason: after.rejectionReason } : {}),
      ...(step === 'connected' && after.platformAccountId && after.connectedOn
        ? { platformAccountId: after.platformAccountId, connectedOn: after.connectedOn }
        : {}),
    };
    await this.outbox.publish({
      type: ONBOARDING_EVENTS[step],
      aggregateType: 'onboarding_application',
      aggregateId: after.id,
      payload,
    });
  }

  private refusalFor(constraint: string): Error {
    const refusal = CONSTRAINT_REFUSALS[constraint];
    return refusal ? refusal() : new Error(`Unexpected unique violation on ${constraint}`);
  }
}
