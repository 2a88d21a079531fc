import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { HttpAdapterHost } from '@nestjs/core';
import { ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import { API_PREFIX } from '../openapi';
import { notFoundProblem } from './not-found';
import { portalConfig } from './portal.config';
import type { Express, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Paths the API answers itself, never with the portal's index.html: the API, its documentation,
 * operations, and files under /assets that do not exist (a 404 problem, not a page).
 */
export const API_OWNED_PATHS = /^\/(?:api|docs|docs-json|health|metrics|assets)(?:\/|$)/;

// Vite names every built asset by its content hash: cache those for good, index.html never.
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
  return [{ rootPath, exclude: API_OWNED_PATHS, serveStaticOptions: { setHeaders: cacheHeaders } }];
}

/**
 * The web portal (apps/portal) at `/`: its files, and index.html for its client-side routes. What
 * neither the API nor the portal serves is a 404 problem+json, like any other refusal.
 */
@Module({
  imports: [
    ServeStaticModule.forRootAsync({
      imports: [ConfigModule.forFeature(portalConfig)],
      inject: [portalConfig.KEY],
      useFactory: (config: ConfigType<typeof portalConfig>) => portalServing(config.dir),
    }),
  ],
})
export class PortalModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Runs after ServeStaticModule's own hook (it is imported here), so this handler comes last. */
  onModuleInit(): void {
    // Under the API prefix Nest's own not-found handler answers, through the global filter.
    this.adapterHost.httpAdapter.getInstance<Express>().use(notFoundProblem(`/${API_PREFIX}/`));
  }
}
