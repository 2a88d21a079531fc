import { IsOptional, IsString } from 'class-validator';
import { validatedConfig } from './validated-config';

export class SecretsConfig {
  /** The key that seals secrets kept in the database: 32 bytes, base64. Required in production. */
  @IsOptional()
  @IsString()
  key?: string;

  /** Keys that sealed secrets before a rotation, comma-separated: still accepted to open them. */
  @IsString()
  previousKeys = '';
}

export const secretsConfig = validatedConfig('secrets', SecretsConfig, (env) => ({
  key: env.SECRETS_KEY || undefined,
  previousKeys: env.SECRETS_PREVIOUS_KEYS,
}));
