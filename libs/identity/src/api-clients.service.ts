import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { notFound, ruleViolation } from '@gqt/kernel';
import { EnterprisesService } from '@gqt/enterprises';
import { AuditService, actorOf, type Actor, type ClientScope, type Principal } from '@gqt/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { ApiClientEntity } from './api-client.entity';
import { ApiClientsRepository } from './api-clients.repository';
import { digestSecret } from './passwords';

export interface IssuedClient {
  client: ApiClientEntity;
  /** Shown once, here; only its digest is stored. */
  clientSecret: string;
}

const snapshot = ({ secretHash: _hash, ...client }: ApiClientEntity) => client;

@Injectable()
export class ApiClientsService {
  constructor(
    private readonly clients: ApiClientsRepository,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async issue(
    actor: Actor,
    enterpriseId: string,
    input: { name: string; scopes: ClientScope[] },
  ): Promise<IssuedClient> {
    const bank = await this.enterprises.findById(enterpriseId);
    if (!bank) throw notFound('The enterprise');
    if (bank.kind !== 'BANK') throw ruleViolation('NOT_A_BANK', 'API clients are issued to banks only');
    const clientSecret = randomBytes(32).toString('base64url');
    const client = Object.assign(new ApiClientEntity(), {
      id: randomUUID(),
      clientId: `gqt_${randomBytes(12).toString('hex')}`,
      secretHash: digestSecret(clientSecret),
      name: input.name,
      enterpriseId,
      scopes: [...new Set(input.scopes)],
      createdAt: new Date(),
      revokedAt: null,
    });
    await this.clients.insert(client);
    await this.audit.record({
      entityType: 'api_client',
      entityId: client.id,
      action: 'api_client.issued',
      actor,
      jurisdictions: [bank.cityCode],
      after: snapshot(client),
    });
    return { client, clientSecret };
  }

  /** A bank's clients: for operators, and for the bank's own users. */
  async list(principal: Principal, enterpriseId: string): Promise<ApiClientEntity[]> {
    if (principal.role !== 'ADMIN' && principal.enterpriseId !== enterpriseId) throw notFound('The enterprise');
    return this.clients.ofEnterprise(enterpriseId);
  }

  @Transactional()
  async revoke(principal: Principal, enterpriseId: string, id: string): Promise<void> {
    const client = await this.clients.findById(id);
    if (!client || client.enterpriseId !== enterpriseId) throw notFound('The API client');
    if (client.revokedAt) return;
    await this.clients.revoke(id);
    await this.audit.record({
      entityType: 'api_client',
      entityId: id,
      action: 'api_client.revoked',
      actor: actorOf(principal),
      before: snapshot(client),
    });
  }
}
