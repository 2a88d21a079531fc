import { envInt, validatedConfig } from '@gqt/platform';
import { IsInt, Max, Min } from 'class-validator';

export class WebhooksConfig {
  /** How long a receiver has to answer one attempt. */
  @IsInt()
  @Min(100)
  @Max(60_000)
  timeoutMs = 10_000;

  /** The first retry's delay; each further one doubles it (at most 4 hours apart). */
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  retryBaseMs = 30_000;

  /** How long a worker holds a delivery it is sending; longer than any attempt can take. */
  get leaseMs(): number {
    return this.timeoutMs * 2 + 5_000;
  }
}

export const webhooksConfig = validatedConfig('webhooks', WebhooksConfig, (env) => ({
  timeoutMs: envInt(env.WEBHOOK_TIMEOUT_MS),
  retryBaseMs: envInt(env.WEBHOOK_RETRY_BASE_MS),
}));
