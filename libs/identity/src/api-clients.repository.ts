import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { IsNull } from 'typeorm';
import { ApiClientEntity } from './api-client.entity';

@Injectable()
export class ApiClientsRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get repo() {
    return this.txHost.tx.getRepository(ApiClientEntity);
  }

  async insert(client: ApiClientEntity): Promise<void> {
    await this.repo.insert(client);
  }

  findActiveByClientId(clientId: string): Promise<ApiClientEntity | null> {
    return this.repo.findOneBy({ clientId, revokedAt: IsNull() });
  }

  findById(id: string): Promise<ApiClientEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByIdForUpdate(id: string): Promise<ApiClientEntity | null> {
    return this.repo.createQueryBuilder('c').where('c.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async rotateSecret(id: string, secretHash: string, at: Date): Promise<void> {
    await this.repo.update({ id }, { secretHash, secretRotatedAt: at });
  }

  ofEnterprise(enterpriseId: string): Promise<ApiClientEntity[]> {
    return this.repo.find({ where: { enterpriseId }, order: { createdAt: 'DESC' } });
  }

  async revoke(id: string): Promise<void> {
    await this.repo.update({ id }, { revokedAt: new Date() });
  }
}
