import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { OfferStatus } from '@gqt/contracts';
import { FinancingOfferEntity } from './financing-offer.entity';

/** Offers on requests before several banks; every write runs under the request's row lock. */
@Injectable()
export class FinancingOffersRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get offers() {
    return this.txHost.tx.getRepository(FinancingOfferEntity);
  }

  async insert(offer: FinancingOfferEntity): Promise<void> {
    await this.offers.insert(offer);
  }

  async save(offer: FinancingOfferEntity): Promise<void> {
    await this.offers.save(offer);
  }

  /** The bank's current offer on the request (ACTIVE, or how it ended), if any. */
  currentOf(requestId: string, bankId: string): Promise<FinancingOfferEntity | null> {
    return this.offers
      .createQueryBuilder('o')
      .where("o.financingRequestId = :requestId AND o.bankId = :bankId AND o.status <> 'REPLACED'", {
        requestId,
        bankId,
      })
      .getOne();
  }

  find(requestId: string, offerId: string): Promise<FinancingOfferEntity | null> {
    return this.offers.findOneBy({ id: offerId, financingRequestId: requestId });
  }

  /** Current offers of a request (of one bank only, when given), best rate first. */
  current(requestId: string, bankId?: string): Promise<FinancingOfferEntity[]> {
    const query = this.offers
      .createQueryBuilder('o')
      .where("o.financingRequestId = :requestId AND o.status <> 'REPLACED'", { requestId });
    if (bankId) query.andWhere('o.bankId = :bankId', { bankId });
    return query
      .orderBy('o.annualRate', 'ASC')
      .addOrderBy('o.amount', 'DESC')
      .addOrderBy('o.createdAt', 'ASC')
      .getMany();
  }

  /** Ends the request's ACTIVE offers but one (the accepted one) with `status`; returns them. */
  async closeActive(
    requestId: string,
    status: OfferStatus,
    now: Date,
    except?: string,
  ): Promise<FinancingOfferEntity[]> {
    const active = await this.offers.findBy({ financingRequestId: requestId, status: 'ACTIVE' });
    const closing = active.filter((offer) => offer.id !== except);
    for (const offer of closing) Object.assign(offer, { status, updatedAt: now });
    if (closing.length > 0) await this.offers.save(closing);
    return closing;
  }
}
