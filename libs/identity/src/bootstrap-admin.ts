import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { authConfig, databaseConfig } from '@gqt/platform';
import { randomBytes } from 'node:crypto';
import { UsersService } from './users.service';

/**
 * The first operator (api-contract.md § Authentication): BOOTSTRAP_ADMIN_USERNAME with
 * BOOTSTRAP_ADMIN_PASSWORD, which is required on PostgreSQL; on the embedded demo a random
 * password is generated and printed once.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdmin.name);

  constructor(
    private readonly users: UsersService,
    @Inject(authConfig.KEY) private readonly auth: ConfigType<typeof authConfig>,
    @Inject(databaseConfig.KEY) private readonly database: ConfigType<typeof databaseConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const username = this.auth.bootstrapAdminUsername;
    if (await this.users.exists(username)) return;
    const chosen = this.auth.bootstrapAdminPassword;
    if (chosen === undefined && this.database.url) {
      throw new Error('BOOTSTRAP_ADMIN_PASSWORD is required to create the first operator on PostgreSQL');
    }
    const password = chosen ?? randomBytes(12).toString('base64url');
    if (!(await this.users.ensureAdmin(username, password))) return;
    this.logger.log(`Created the operator account "${username}"`);
    if (chosen === undefined) {
      // Printed once, on purpose: it is the only way to learn the generated password.
      process.stdout.write(
        `\n  Operator login: ${username} / ${password}  (shown once; set BOOTSTRAP_ADMIN_PASSWORD to choose it)\n\n`,
      );
    }
  }
}
