import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { KeyListLevel, ProductKind } from '@gqt/contracts';
import { paginate, type Page, type PageQuery } from '@gqt/platform';
import { FinancingProductEntity } from './financing-product.entity';

export interface ProductFilter {
  kind?: ProductKind;
  /** Products offered in this city (those without a city restriction too). */
  cityCode?: string;
  bankId?: string;
  /** A bank also sees its own retired products. */
  ownerBankId?: string;
  /** Only what this enterprise qualifies for. */
  eligibleFor?: { sizeClass: string; industry: string; cityCode: string; keyListLevels: KeyListLevel[] };
}

@Injectable()
export class FinancingProductsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get products() {
    return this.txHost.tx.getRepository(FinancingProductEntity);
  }

  async insert(product: FinancingProductEntity): Promise<void> {
    await this.products.insert(product);
  }

  async save(product: FinancingProductEntity): Promise<void> {
    await this.products.save(product);
  }

  lockOfBank(id: string, bankId: string): Promise<FinancingProductEntity | null> {
    return this.products
      .createQueryBuilder('p')
      .where('p.id = :id AND p.bankId = :bankId', { id, bankId })
      .setLock('pessimistic_write')
      .getOne();
  }

  findById(id: string): Promise<FinancingProductEntity | null> {
    return this.products.findOneBy({ id });
  }

  page(filter: ProductFilter, page: PageQuery): Promise<Page<FinancingProductEntity>> {
    const query = this.products.createQueryBuilder('p');
    if (filter.ownerBankId) {
      query.where("(p.status = 'ACTIVE' OR p.bankId = :ownerBankId)", { ownerBankId: filter.ownerBankId });
    } else {
      query.where("p.status = 'ACTIVE'");
    }
    if (filter.kind) query.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.bankId) query.andWhere('p.bankId = :bankId', { bankId: filter.bankId });
    if (filter.cityCode) {
      query.andWhere('(cardinality(p.city_codes) = 0 OR :cityCode = ANY(p.city_codes))', { cityCode: filter.cityCode });
    }
    const who = filter.eligibleFor;
    if (who) {
      query
        .andWhere('(cardinality(p.size_classes) = 0 OR :sizeClass = ANY(p.size_classes))', { sizeClass: who.sizeClass })
        .andWhere('(cardinality(p.industries) = 0 OR :industry = ANY(p.industries))', { industry: who.industry })
        .andWhere('(cardinality(p.city_codes) = 0 OR :ownCity = ANY(p.city_codes))', { ownCity: who.cityCode })
        .andWhere('(cardinality(p.key_list_levels) = 0 OR p.key_list_levels && CAST(:levels AS text[]))', {
          levels: who.keyListLevels,
        });
    }
    return paginate(query, page);
  }
}
