import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { invalidState, notFound, ruleViolation } from '@gqt/kernel';
import { EnterprisesService } from '@gqt/enterprises';
import { AuditService, TokenVersions, actorOf, type Actor, type ClientScope, type Principal } from '@gqt/platform';
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
    private readonly versions: TokenVersions,
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
    const clientSecret = newClientSecret();
    const client = Object.assign(new ApiClientEntity(), {
      id: randomUUID(),
      clientId: `gqt_${randomBytes(12).toString('hex')}`,
      secretHash: digestSecret(clientSecret),
      name: input.name,
      enterpriseId,
      scopes: [...new Set(input.scopes)],
      createdAt: new Date(),
      revokedAt: null,
      secretRotatedAt: null,
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

  /** Revokes a client: it obtains no new tokens, and the tokens it holds stop working. */
  @Transactional()
  async revoke(principal: Principal, enterpriseId: string, id: string): Promise<void> {
    const client = await this.clients.findByIdForUpdate(id);
    if (!client || client.enterpriseId !== enterpriseId) throw notFound('The API client');
    if (client.revokedAt) return;
    await this.clients.revoke(id);
    await this.versions.revoke(id);
    await this.audit.record({
      entityType: 'api_client',
      entityId: id,
      action: 'api_client.revoked',
      actor: actorOf(principal),
      before: snapshot(client),
    });
  }

  /** A new secret for a live client; the old one and every token obtained with it stop working. */
  @Transactional()
  async rotateSecret(principal: Principal, enterpriseId: string, id: string): Promise<IssuedClient> {
    const client = await this.clients.findByIdForUpdate(id);
    if (!client || client.enterpriseId !== enterpriseId) throw notFound('The API client');
    if (client.revokedAt) throw invalidState('A revoked API client has no secret to rotate');
    const before = snapshot(client);
    const clientSecret = newClientSecret();
    client.secretHash = digestSecret(clientSecret);
    client.secretRotatedAt = new Date();
    await this.clients.rotateSecret(id, client.secretHash, client.secretRotatedAt);
    await this.versions.revoke(id);
    await this.audit.record({
      entityType: 'api_client',
      entityId: id,
      action: 'api_client.secret_rotated',
      actor: actorOf(principal),
      before,
      after: snapshot(client),
    });
    return { client, clientSecret };
  }
}

/** 256 random bits: shown to the bank once, stored only as a digest. */
const newClientSecret = () => randomBytes(32).toString('base64url');
