import { validatedConfig } from '@gqt/platform';
import { IsString } from 'class-validator';

export class PortalConfig {
  /** The built web portal (apps/portal/dist), relative to the working directory unless absolute. */
  @IsString()
  dir = 'apps/portal/dist';
}

export const portalConfig = validatedConfig('portal', PortalConfig, (env) => ({ dir: env.PORTAL_DIR }));
