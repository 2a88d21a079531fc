import type { EnterpriseEntity } from '@gqt/enterprises';
import { maturityDate } from './domain/financing-rules';
import type { FinancingStatus } from './domain/financing-status';
import type { FinancingRequestReceivableEntity } from './financing-request-receivable.entity';
import type { FinancingRequestEntity } from './financing-request.entity';

export interface PartySummary {
  id: string;
  name: string;
  uscc: string;
  cityCode: string;
}

export interface PledgedReceivable {
  id: string;
  debtorId: string;
  /** The debtor's name: whom the bank's money finally depends on. */
  debtorName: string | null;
  /** Outstanding when the request was made. */
  outstandingAmount: string;
  dueDate: string;
}

/** A financing request as the API shows it and as its events carry it. */
export interface FinancingRequestView {
  id: string;
  status: FinancingStatus;
  smeId: string;
  /** The bank; for a request before several banks, null until the SME accepts an offer. */
  bankId: string | null;
  sme: PartySummary;
  bank: PartySummary | null;
  /** A request before several banks (competing offers): the banks named; empty for one bank. */
  bankIds: string[];
  /** When an OPEN request expires unless an offer is accepted; null for a request to one bank. */
  expiresAt: Date | null;
  /** The offer the SME accepted; null otherwise. */
  acceptedOfferId: string | null;
  /** Contract financing (政采贷): the award financed whole, with its receivables; null otherwise. */
  awardId: string | null;
  receivableIds: string[];
  receivables: PledgedReceivable[];
  requestedAmount: string;
  termDays: number;
  outstandingTotal: string;
  financingRatio: string;
  approvedAmount: string | null;
  annualRate: string | null;
  approvedTermDays: number | null;
  rejectionReason: string | null;
  loanReference: string | null;
  disbursedOn: string | null;
  pledgeRegistrationNo: string | null;
  /** disbursedOn + the approved term. */
  maturityDate: string | null;
  repaidOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const partyOf = (e: EnterpriseEntity): PartySummary => ({
  id: e.id,
  name: e.name,
  uscc: e.uscc,
  cityCode: e.cityCode,
});

export function viewOf(
  r: FinancingRequestEntity,
  links: FinancingRequestReceivableEntity[],
  parties: { sme: PartySummary; bank: PartySummary | null },
  bankIds: string[] = [],
  debtorNames: ReadonlyMap<string, string> = new Map(),
): FinancingRequestView {
  const receivables = links
    .filter((link) => link.financingRequestId === r.id)
    .map((link) => ({
      id: link.receivableId,
      debtorId: link.debtorId,
      debtorName: debtorNames.get(link.debtorId) ?? null,
      outstandingAmount: link.outstandingAmount,
      dueDate: link.dueDate,
    }));
  return {
    id: r.id,
    status: r.status,
    smeId: r.smeId,
    bankId: r.bankId,
    sme: parties.sme,
    bank: parties.bank,
    bankIds,
    expiresAt: r.expiresAt,
    acceptedOfferId: r.acceptedOfferId,
    awardId: r.awardId,
    receivableIds: receivables.map((x) => x.id),
    receivables,
    requestedAmount: r.requestedAmount,
    termDays: r.termDays,
    outstandingTotal: r.outstandingTotal,
    financingRatio: r.financingRatio,
    approvedAmount: r.approvedAmount,
    annualRate: r.annualRate,
    approvedTermDays: r.approvedTermDays,
    rejectionReason: r.rejectionReason,
    loanReference: r.loanReference,
    disbursedOn: r.disbursedOn,
    pledgeRegistrationNo: r.pledgeRegistrationNo,
    maturityDate: r.disbursedOn && r.approvedTermDays !== null ? maturityDate(r.disbursedOn, r.approvedTermDays) : null,
    repaidOn: r.repaidOn,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/**
 * A request before several banks as one of its banks may see it: the request and what concerns
 * that bank, never another bank's offer nor the terms of the offer the SME took from another bank.
 */
export function sealedFor(bankId: string, view: FinancingRequestView): FinancingRequestView {
  if (view.bankIds.length === 0 || view.bankId === bankId) return view;
  return {
    ...view,
    bankId: null,
    bank: null,
    acceptedOfferId: null,
    approvedAmount: null,
    annualRate: null,
    approvedTermDays: null,
    loanReference: null,
    disbursedOn: null,
    pledgeRegistrationNo: null,
    maturityDate: null,
    repaidOn: null,
  };
}
