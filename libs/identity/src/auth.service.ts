import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '@gqt/kernel';
import { EnterprisesService, type EnterpriseEntity } from '@gqt/enterprises';
import { AccessTokens, type Principal } from '@gqt/platform';
import { ApiClientsRepository } from './api-clients.repository';
import { grantedScopes, oauthError } from './domain/oauth';
import { LoginThrottle } from './login-throttle';
import { Passwords, secretMatches } from './passwords';
import { principalOf } from './user-principal';
import { UsersRepository } from './users.repository';

export interface AccessToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export interface ClientCredentialsRequest {
  grantType: unknown;
  clientId: unknown;
  clientSecret: unknown;
  scope: unknown;
}

export interface OAuthToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

export interface Caller {
  principal: Principal;
  username?: string;
  clientId?: string;
  enterprise: EnterpriseEntity | null;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly clients: ApiClientsRepository,
    private readonly passwords: Passwords,
    private readonly throttle: LoginThrottle,
    private readonly tokens: AccessTokens,
    private readonly enterprises: EnterprisesService,
  ) {}

  /** A wrong username and a wrong password answer alike, in the same time. */
  async login(username: string, password: string, address: string): Promise<AccessToken> {
    const key = `${username.toLowerCase()}|${address}`;
    await this.throttle.assertAllowed(key);
    const user = await this.users.findByUsername(username);
    if (!(await this.passwords.verify(user?.passwordHash, password)) || !user) {
      await this.throttle.failed(key);
      throw new DomainError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'The username or password is wrong');
    }
    if (user.disabledAt) {
      throw new DomainError('UNAUTHENTICATED', 'ACCOUNT_DISABLED', 'This account is disabled; ask an operator');
    }
    await this.throttle.succeeded(key);
    return {
      accessToken: await this.tokens.issue(principalOf(user)),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
    };
  }

  /** RFC 6749 § 4.4: client credentials grant for bank systems. */
  async clientCredentials(request: ClientCredentialsRequest): Promise<OAuthToken> {
    const { grantType, clientId, clientSecret, scope } = request;
    if (typeof grantType !== 'string' || grantType === '')
      throw oauthError('invalid_request', 'grant_type is required');
    if (grantType !== 'client_credentials') {
      throw oauthError('unsupported_grant_type', 'Only the client_credentials grant is supported');
    }
    if (typeof clientId !== 'string' || typeof clientSecret !== 'string' || clientId === '' || clientSecret === '') {
      throw oauthError('invalid_request', 'client_id and client_secret are required');
    }
    if (scope !== undefined && typeof scope !== 'string') throw oauthError('invalid_request', 'scope must be a string');
    const client = await this.clients.findActiveByClientId(clientId);
    if (!client || !secretMatches(client.secretHash, clientSecret)) {
      throw oauthError('invalid_client', 'Unknown client or wrong secret');
    }
    const scopes = grantedScopes(scope, client.scopes);
    const principal: Principal = {
      type: 'client',
      id: client.id,
      name: client.name,
      role: 'BANK',
      enterpriseId: client.enterpriseId,
      jurisdiction: null,
      scopes,
    };
    return {
      access_token: await this.tokens.issue(principal),
      token_type: 'Bearer',
      expires_in: this.tokens.ttlSeconds,
      scope: scopes.join(' '),
    };
  }

  async me(principal: Principal): Promise<Caller> {
    const enterprise = principal.enterpriseId ? await this.enterprises.findById(principal.enterpriseId) : null;
    if (principal.type === 'client') {
      const client = await this.clients.findById(principal.id);
      if (!client) throw notFound('The API client');
      return { principal, clientId: client.clientId, enterprise };
    }
    const user = await this.users.findById(principal.id);
    if (!user) throw notFound('The user');
    return { principal, username: user.username, enterprise };
  }
}
