import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { Money, forbidden, notFound, shanghaiDate, type BusinessDate } from '@gqt/kernel';
import { AcceptedReceivablesService, type InvoiceLine, type ReceivableDetails } from '@gqt/receivables';
import { AuditService, Outbox, actorOf, type Principal } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { checkAcceptance } from './domain/acceptance';
import { ProcurementAcceptanceEntity } from './procurement-acceptance.entity';
import { awardPayload } from './procurement-awards.service';
import { awardSnapshot } from './procurement-details';
import { ProcurementAwardsRepository } from './procurement-awards.repository';
import { ProcurementPoliciesService } from './procurement-policies.service';
import { ProcurementScopes } from './procurement-scope';
import { PROCUREMENT_EVENTS, type AwardAcceptedPayload } from './procurement.events';

export interface NewAcceptance {
  acceptedOn: BusinessDate;
  amount: string;
  invoices: InvoiceLine[];
}

/** Accepted deliveries under awards: each becomes a confirmed receivable of the supplier on the unit. */
@Injectable()
export class ProcurementAcceptancesService {
  constructor(
    private readonly awards: ProcurementAwardsRepository,
    private readonly policies: ProcurementPoliciesService,
    private readonly scopes: ProcurementScopes,
    private readonly receivables: AcceptedReceivablesService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
  ) {}

  /**
   * The purchaser accepts a delivery: a receivable of the supplier on the award's unit, already
   * CONFIRMED, due the year's payment days after acceptance. The award's row is locked, so the
   * acceptances of an award never exceed it however many race (422 AMOUNT_EXCEEDS_AWARD); while a
   * contract financing request holds the award, the new receivable is held by it too.
   */
  @Transactional()
  async accept(principal: Principal, awardId: string, input: NewAcceptance): Promise<ReceivableDetails> {
    const scope = await this.scopes.of(principal);
    if (scope.kind !== 'UNITS') throw forbidden('Only a purchasing unit accepts deliveries');
    const award = await this.awards.lockVisible(awardId, scope);
    if (!award) throw notFound('The procurement award');
    const amount = Money.parse(input.amount);
    const accepted = Money.parse(award.acceptedAmount);
    checkAcceptance(
      { acceptedOn: input.acceptedOn, amount },
      { signedOn: award.signedOn, amount: Money.parse(award.amount), accepted },
      shanghaiDate(),
    );
    const { paymentDays } = await this.policies.terms(award.project!.year);
    const actor = actorOf(principal);
    const details = await this.receivables.register(
      {
        supplier: award.supplier!,
        purchaser: award.unit!,
        contractNo: award.contractNo,
        invoices: input.invoices,
        amount: input.amount,
        acceptedOn: input.acceptedOn,
        paymentDays,
        description: `政府采购合同 ${award.contractNo} 验收（${award.project!.name}）`,
        createdBy: principal.type === 'user' ? principal.id : null,
        financing:
          award.financingRequestId && award.financingBankId
            ? { financingRequestId: award.financingRequestId, bankId: award.financingBankId, pledge: award.pledge }
            : null,
      },
      actor,
    );
    const now = new Date();
    const acceptance = Object.assign(new ProcurementAcceptanceEntity(), {
      id: randomUUID(),
      awardId,
      receivableId: details.receivable.id,
      acceptedOn: input.acceptedOn,
      amount: amount.toString(),
      createdBy: principal.type === 'user' ? principal.id : null,
      createdAt: now,
    });
    await this.awards.insertAcceptance(acceptance);
    const before = awardSnapshot(award);
    Object.assign(award, { acceptedAmount: accepted.plus(amount).toString(), updatedAt: now });
    await this.awards.update(awardId, { acceptedAmount: award.acceptedAmount, updatedAt: now });
    await this.audit.record({
      entityType: 'procurement_award',
      entityId: award.id,
      action: PROCUREMENT_EVENTS.awardAccepted,
      actor,
      jurisdictions: [award.unitCityCode, award.supplier!.cityCode],
      before,
      after: { ...awardSnapshot(award), acceptance },
    });
    await this.outbox.publish({
      type: PROCUREMENT_EVENTS.awardAccepted,
      aggregateType: 'procurement_award',
      aggregateId: award.id,
      payload: {
        ...awardPayload(award),
        acceptanceId: acceptance.id,
        receivableId: acceptance.receivableId,
        acceptedAmount: acceptance.amount,
        acceptedOn: acceptance.acceptedOn,
        dueDate: details.receivable.dueDate,
      } satisfies AwardAcceptedPayload,
    });
    return details;
  }
}
