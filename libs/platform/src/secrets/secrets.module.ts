import { Global, Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appConfig } from '../config/app.config';
import { secretsConfig } from '../config/secrets.config';
import { SecretBox, secretKey } from './secret-box';

const KEY_FILE = 'secrets.key';

/**
 * SECRETS_KEY when given (required in production); otherwise a key generated once and kept in
 * DATA_DIR/secrets.key (never in the database), shared by the processes started from that folder.
 */
function currentKey(secrets: ConfigType<typeof secretsConfig>, app: ConfigType<typeof appConfig>): string {
  if (secrets.key) return secrets.key;
  if (app.production) throw new Error('SECRETS_KEY is required when NODE_ENV=production');
  const path = join(app.dataDir, KEY_FILE);
  mkdirSync(app.dataDir, { recursive: true });
  try {
    writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(path, 'utf8').trim();
}

@Global()
@Module({
  imports: [ConfigModule.forFeature(secretsConfig), ConfigModule.forFeature(appConfig)],
  providers: [
    {
      provide: SecretBox,
      inject: [secretsConfig.KEY, appConfig.KEY],
      useFactory: (secrets: ConfigType<typeof secretsConfig>, app: ConfigType<typeof appConfig>) =>
        new SecretBox(
          secretKey(currentKey(secrets, app)),
          secrets.previousKeys
            .split(',')
            .map((key) => key.trim())
            .filter(Boolean)
            .map(secretKey),
        ),
    },
  ],
  exports: [SecretBox],
})
export class SecretsModule {}
