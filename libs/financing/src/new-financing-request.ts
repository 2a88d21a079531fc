import type { EnterpriseEntity } from '@gqt/enterprises';
import type { Money } from '@gqt/kernel';
import { FinancingRequestReceivableEntity } from './financing-request-receivable.entity';
import { FinancingRequestEntity } from './financing-request.entity';

export interface SubmittedTerms {
  id: string;
  sme: EnterpriseEntity;
  bank: EnterpriseEntity;
  /** Contract financing (政采贷): the award financed whole; null for a request on receivables. */
  awardId: string | null;
  requested: Money;
  termDays: number;
  /** What backs the loan when asked: the receivables' outstanding total, or what is unpaid of the award. */
  outstandingTotal: Money;
  ratio: string;
  /** The cities the request concerns besides the SME's and the bank's (the debtors'). */
  cityCodes: string[];
}

/** A request as the SME submits it, before any decision of the bank. */
export function submittedRequest(terms: SubmittedTerms, now: Date): FinancingRequestEntity {
  return Object.assign(new FinancingRequestEntity(), {
    id: terms.id,
    smeId: terms.sme.id,
    bankId: terms.bank.id,
    status: 'SUBMITTED',
    awardId: terms.awardId,
    requestedAmount: terms.requested.toString(),
    termDays: terms.termDays,
    outstandingTotal: terms.outstandingTotal.toString(),
    financingRatio: terms.ratio,
    approvedAmount: null,
    annualRate: null,
    approvedTermDays: null,
    rejectionReason: null,
    loanReference: null,
    disbursedOn: null,
    pledgeRegistrationNo: null,
    repaidOn: null,
    jurisdictions: [...new Set([terms.sme.cityCode, terms.bank.cityCode, ...terms.cityCodes])].sort(),
    expiresAt: null,
    acceptedOfferId: null,
    createdAt: now,
    updatedAt: now,
  } satisfies FinancingRequestEntity);
}

/**
 * A request put before several banks at once (api-contract.md § Matching): OPEN, without a bank
 * until the SME accepts an offer, limited by the lowest financing ratio among the banks.
 */
export function openRequest(
  terms: Omit<SubmittedTerms, 'bank' | 'awardId'> & { banks: EnterpriseEntity[] },
  expiresAt: Date,
  now: Date,
): FinancingRequestEntity {
  const request = submittedRequest({ ...terms, bank: terms.banks[0], awardId: null }, now);
  const cities = [terms.sme.cityCode, ...terms.banks.map((b) => b.cityCode), ...terms.cityCodes];
  return Object.assign(request, {
    status: 'OPEN',
    bankId: null,
    expiresAt,
    jurisdictions: [...new Set(cities)].sort(),
  } satisfies Partial<FinancingRequestEntity>);
}

/** A receivable a live request holds, as it stood when the request took it. */
export function liveLink(
  request: { id: string; bankId: string | null },
  receivable: { id: string; debtorId: string; outstandingAmount: Money | string; dueDate: string },
): FinancingRequestReceivableEntity {
  return Object.assign(new FinancingRequestReceivableEntity(), {
    financingRequestId: request.id,
    receivableId: receivable.id,
    bankId: request.bankId,
    debtorId: receivable.debtorId,
    outstandingAmount: receivable.outstandingAmount.toString(),
    dueDate: receivable.dueDate,
    live: true,
  });
}
