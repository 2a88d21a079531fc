import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { SecretBox } from '@gqt/platform';
import { newWebhookSecret } from './domain/signature';
import { SubscriptionsRepository } from './subscriptions.repository';

// Bound into each sealed value: a webhook secret opens only as a webhook secret.
const PURPOSE = 'webhook_subscriptions.secret';

/**
 * Webhook signing secrets at rest: sealed with the platform's SecretBox (AES-256-GCM, key outside
 * the database), so a database dump alone cannot sign a webhook. On start, secrets still stored
 * readable (before issue 12) or sealed with a previous key are sealed again with the current one.
 */
@Injectable()
export class WebhookSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhookSecrets.name);

  constructor(
    private readonly box: SecretBox,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** A new secret: the plaintext to show the bank once, and the sealed form to store. */
  create(): { secret: string; sealed: string } {
    const secret = newWebhookSecret();
    return { secret, sealed: this.box.seal(secret, PURPOSE) };
  }

  open(sealed: string): string {
    return this.box.open(sealed, PURPOSE);
  }

  async onApplicationBootstrap(): Promise<void> {
    const resealed = await this.txHost.withTransaction(async () => {
      const stale = (await this.subscriptions.secrets()).filter((row) => this.box.needsResealing(row.sealedSecret));
      for (const row of stale) {
        const plaintext = this.box.isSealed(row.sealedSecret) ? this.open(row.sealedSecret) : row.sealedSecret;
        await this.subscriptions.replaceSecret(row.id, row.sealedSecret, this.box.seal(plaintext, PURPOSE));
      }
      return stale.length;
    });
    if (resealed > 0) this.logger.log(`Sealed ${resealed} webhook secrets with the current key`);
  }
}
