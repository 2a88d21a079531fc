import type { OfferStatus } from '@gqt/contracts';
import { Money, parseDecimal, roundHalfUp } from '@gqt/kernel';
import type { FinancingOfferEntity } from './financing-offer.entity';

/** An offer as the SME (all of a request's) and its bank (its own only) see it. */
export interface FinancingOfferView {
  id: string;
  financingRequestId: string;
  bankId: string;
  bank: { id: string; name: string };
  amount: string;
  annualRate: string;
  termDays: number;
  /** What the offer costs in interest over its term, in yuan: amount × rate × termDays / 365. */
  interest: string;
  validUntil: Date;
  productId: string | null;
  status: OfferStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** Simple interest over the term on an actual/365 basis, rounded half up to the fen once. */
export function interestOf(amount: string, annualRate: string, termDays: number): Money {
  const { numerator, scale } = parseDecimal(annualRate);
  return Money.ofFen(roundHalfUp(Money.parse(amount).fen * numerator * BigInt(termDays), scale * 365n));
}

export function offerViewOf(offer: FinancingOfferEntity, bankName: string): FinancingOfferView {
  return {
    id: offer.id,
    financingRequestId: offer.financingRequestId,
    bankId: offer.bankId,
    bank: { id: offer.bankId, name: bankName },
    amount: offer.amount,
    annualRate: offer.annualRate,
    termDays: offer.termDays,
    interest: interestOf(offer.amount, offer.annualRate, offer.termDays).toString(),
    validUntil: offer.validUntil,
    productId: offer.productId,
    status: offer.status,
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
  };
}
