import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Money, conflict, notFound } from '@gqt/kernel';
import type { PledgeNotice } from '@gqt/receivables';
import { AuditService, Outbox, type Actor } from '@gqt/platform';
import { awardPayload } from './procurement-awards.service';
import { ProcurementAwardsRepository } from './procurement-awards.repository';
import { awardSnapshot } from './procurement-details';
import { ProcurementNotifications } from './procurement-notifications';
import type { ProcurementAwardEntity } from './procurement-award.entity';
import { PROCUREMENT_EVENTS } from './procurement.events';

/** What contract financing learns of the award it holds. */
export interface HeldAward {
  id: string;
  contractNo: string;
  amount: Money;
  supplierId: string;
  unitId: string;
  unitCityCode: string;
  /** The receivables its acceptances became, paid or not. */
  receivableIds: string[];
}

/**
 * For contract financing (政采贷, in the financing context): a live request holds a whole award,
 * at most one at a time. The award's row is the lock that acceptances and financing requests of
 * the award take turns on; every change is audited and published.
 */
@Injectable()
export class AwardHoldsService {
  constructor(
    private readonly awards: ProcurementAwardsRepository,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly notifications: ProcurementNotifications,
  ) {}

  /**
   * Holds the supplier's award for a new request: 404 for an award that is not the supplier's,
   * 409 AWARD_ALREADY_PLEDGED when a live request holds it already.
   */
  @Transactional()
  async hold(supplierId: string, awardId: string, financingRequestId: string, bankId: string, actor: Actor) {
    const award = await this.awards.lockVisible(awardId, { kind: 'SUPPLIER', enterpriseId: supplierId });
    if (!award) throw notFound('The procurement award');
    if (award.financingRequestId !== null || !(await this.awards.hold(awardId, financingRequestId, bankId))) {
      throw conflict('AWARD_ALREADY_PLEDGED', `Award ${awardId} is already held by a live financing request`);
    }
    const before = awardSnapshot(award);
    Object.assign(award, { financingRequestId, financingBankId: bankId });
    await this.changed(PROCUREMENT_EVENTS.awardHeld, award, before, actor);
    return this.heldAward(award);
  }

  /** The award a request holds, locked (for the bank's decisions on it); null once it let go. */
  @Transactional()
  async heldBy(financingRequestId: string): Promise<HeldAward | null> {
    const [award] = await this.awards.heldBy(financingRequestId);
    return award ? this.heldAward(award) : null;
  }

  /** The loan was disbursed: the award shows the pledge and the account; its purchaser is told where to pay. */
  @Transactional()
  async recordPledge(financingRequestId: string, pledge: PledgeNotice, actor: Actor): Promise<void> {
    for (const award of await this.awards.heldBy(financingRequestId)) {
      const before = awardSnapshot(award);
      award.pledge = pledge;
      await this.awards.setPledge(award.id, pledge);
      await this.changed(PROCUREMENT_EVENTS.awardPledged, award, before, actor);
      await this.notifications.pledged(award, pledge);
    }
  }

  /** The request left the live states: the award may be financed again, and the pledge is gone. */
  @Transactional()
  async release(financingRequestId: string, actor: Actor): Promise<void> {
    for (const award of await this.awards.heldBy(financingRequestId)) {
      const before = awardSnapshot(award);
      Object.assign(award, { financingRequestId: null, financingBankId: null, pledge: null, updatedAt: new Date() });
      await this.awards.update(award.id, {
        financingRequestId: null,
        financingBankId: null,
        pledge: null,
        updatedAt: award.updatedAt,
      });
      await this.changed(PROCUREMENT_EVENTS.awardReleased, award, before, actor);
    }
  }

  private async heldAward(award: ProcurementAwardEntity): Promise<HeldAward> {
    const acceptances = (await this.awards.acceptancesOf([award.id])).get(award.id) ?? [];
    return {
      id: award.id,
      contractNo: award.contractNo,
      amount: Money.parse(award.amount),
      supplierId: award.supplierId,
      unitId: award.unitId,
      unitCityCode: award.unitCityCode,
      receivableIds: acceptances.map((a) => a.receivableId),
    };
  }

  private async changed(action: string, award: ProcurementAwardEntity, before: object, actor: Actor): Promise<void> {
    await this.audit.record({
      entityType: 'procurement_award',
      entityId: award.id,
      action,
      actor,
      jurisdictions: [award.unitCityCode, award.supplier!.cityCode],
      before,
      after: awardSnapshot(award),
    });
    await this.outbox.publish({
      type: action,
      aggregateType: 'procurement_award',
      aggregateId: award.id,
      payload: awardPayload(award),
    });
  }
}
