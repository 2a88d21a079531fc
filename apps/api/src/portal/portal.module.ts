import { Logger, Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { portalConfig } from './portal.config';

/**
 * Paths the API answers itself, never the portal's index.html: the API, its documentation,
 * operations, and files under /assets that do not exist (a 404 problem, not a page).
 */
export const API_OWNED_PATHS = /^\/(?:api|docs|docs-json|health|metrics|assets)(?:\/|$)/;

// Vite names every built asset by its content hash: cache it for good; index.html never.
function cacheHeaders(response: Response, path: string): void {
  response.setHeader(
    'Cache-Control',
    /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

export function portalServing(dir: string): ServeStaticModuleOptions[] {
  const rootPath = resolve(dir);
  if (!existsSync(join(rootPath, 'index.html'))) {
    new Logger('Portal').warn(`No built portal in ${rootPath} (npm run build:portal): serving the API only`);
    return [];
  }
  return [
    {
      rootPath,
      exclude: API_OWNED_PATHS,
      serveStaticOptions: { index: 'index.html', setHeaders: cacheHeaders, fallthrough: true },
    },
  ];
}

/** The web portal (apps/portal) at `/`: its files, and index.html for its client-side routes. */
@Module({
  imports: [
    ServeStaticModule.forRootAsync({
      imports: [ConfigModule.forFeature(portalConfig)],
      inject: [portalConfig.KEY],
      useFactory: (config: ConfigType<typeof portalConfig>) => portalServing(config.dir),
    }),
  ],
})
export class PortalModule {}
