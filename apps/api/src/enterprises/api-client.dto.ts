import type { ApiClientEntity } from '@gqt/identity';
import {
  CLIENT_SCOPES,
  EnumField,
  IdField,
  ListField,
  TextField,
  TimestampField,
  type ClientScope,
} from '@gqt/platform';
import { CLIENT_ID } from '../common/fields';

export class CreateApiClientDto {
  /** @example "core-banking-prod" */
  @TextField(100, { minLength: 1 })
  name!: string;

  /** @example ["receivables:read", "financing:read", "financing:write", "webhooks:manage"] */
  @ListField({ maxItems: CLIENT_SCOPES.length, minItems: 1 })
  @EnumField(CLIENT_SCOPES, 'ClientScope', { each: true })
  scopes!: ClientScope[];
}

export class ApiClientResponse {
  @IdField()
  id!: string;

  /** @example "gqt_3f9a0c1d2e4b5a6978c0d1e2" */
  @TextField(100, { pattern: CLIENT_ID })
  clientId!: string;

  @TextField(100)
  name!: string;

  @IdField()
  enterpriseId!: string;

  @ListField({ maxItems: CLIENT_SCOPES.length })
  @EnumField(CLIENT_SCOPES, 'ClientScope', { each: true })
  scopes!: ClientScope[];

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  revokedAt!: Date | null;

  /** When the secret was last replaced; null while it is the one issued first. */
  @TimestampField()
  secretRotatedAt!: Date | null;

  static of(client: ApiClientEntity): ApiClientResponse {
    return {
      id: client.id,
      clientId: client.clientId,
      name: client.name,
      enterpriseId: client.enterpriseId,
      scopes: client.scopes,
      createdAt: client.createdAt,
      revokedAt: client.revokedAt,
      secretRotatedAt: client.secretRotatedAt,
    };
  }
}

export class IssuedApiClientResponse extends ApiClientResponse {
  /** Shown only in this response; store it in the bank's secret manager. */
  @TextField(200, { pattern: /^\S+$/ })
  clientSecret!: string;
}
