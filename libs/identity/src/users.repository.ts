import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { REGION_CODE, paginate, violatedConstraint, type Page, type PageQuery, type Role } from '@gqt/platform';
import { UserEntity } from './user.entity';

export interface UserFilter {
  enterpriseId?: string;
  role?: Role;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(UserEntity);
  }

  /** Inserts; false when the username is taken (usernames are case-insensitive). */
  async insert(user: UserEntity): Promise<boolean> {
    return (await violatedConstraint(this.txHost.tx, () => this.repo.insert(user))) === null;
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.repo.createQueryBuilder('u').where('lower(u.username) = lower(:username)', { username }).getOne();
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIdForUpdate(id: string): Promise<UserEntity | null> {
    return this.repo.createQueryBuilder('u').where('u.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async update(user: UserEntity): Promise<void> {
    await this.repo.update({ id: user.id }, { passwordHash: user.passwordHash, disabledAt: user.disabledAt });
  }

  page(filter: UserFilter, page: PageQuery): Promise<Page<UserEntity>> {
    const query = this.repo.createQueryBuilder('u');
    if (filter.enterpriseId) query.andWhere('u.enterpriseId = :enterpriseId', { enterpriseId: filter.enterpriseId });
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    return paginate(query, page);
  }

  async idsOfEnterprise(enterpriseId: string): Promise<string[]> {
    const users = await this.repo.find({ select: { id: true }, where: { enterpriseId } });
    return users.map((u) => u.id);
  }

  /** Regulators whose jurisdiction covers any of these cities: their own city's, and the region's. */
  async regulatorIdsFor(cityCodes: string[]): Promise<string[]> {
    const users = await this.repo
      .createQueryBuilder('u')
      .select('u.id')
      .where("u.role = 'REGULATOR'")
      .andWhere('u.jurisdiction IN (:...jurisdictions)', { jurisdictions: [...cityCodes, REGION_CODE] })
      .getMany();
    return users.map((u) => u.id);
  }
}
