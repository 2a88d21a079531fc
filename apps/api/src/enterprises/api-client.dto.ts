import type { ApiClientEntity } from '@gqt/identity';
import { CLIENT_SCOPES, type ClientScope } from '@gqt/platform';
import { ArrayMinSize, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class CreateApiClientDto {
  /** @example "core-banking-prod" */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  /** @example ["receivables:read", "financing:read", "financing:write", "webhooks:manage"] */
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(CLIENT_SCOPES, { each: true })
  scopes!: ClientScope[];
}

export class ApiClientResponse {
  id!: string;

  /** @example "gqt_3f9a0c1d2e4b5a6978c0d1e2" */
  clientId!: string;

  name!: string;

  enterpriseId!: string;

  scopes!: ClientScope[];

  createdAt!: Date;

  revokedAt!: Date | null;

  /** When the secret was last replaced; null while it is the one issued first. */
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
  clientSecret!: string;
}
