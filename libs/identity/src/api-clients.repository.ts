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

  ofEnterprise(enterpriseId: string): Promise<ApiClientEntity[]> {
    return this.repo.find({ where: { enterpriseId }, order: { createdAt: 'DESC' } });
  }

  async revoke(id: string): Promise<void> {
    await this.repo.update({ id }, { revokedAt: new Date() });
  }
}
