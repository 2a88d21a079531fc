import { RequestMethod, type INestApplication } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { ProblemFilter, appConfig, createValidationPipe } from '@gqt/platform';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { API_PREFIX, buildOpenApi } from './openapi';

/** The API application, configured exactly as it serves: used by main.ts and by the e2e tests. */
export async function createApiApp(): Promise<INestApplication> {
  // Bodies are parsed by the input boundary (InputBoundaryModule), within its limits.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  const config = app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
  app.useLogger(app.get(Logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The portal's UI kit (antd) writes its styles at run time; scripts stay 'self' only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Outside production the portal is served over plain HTTP, also on intranet addresses.
          'upgrade-insecure-requests': config.production ? [] : null,
        },
      },
    }),
  );
  app.enableCors({ origin: config.corsOrigins ? config.corsOrigins.split(',').map((o) => o.trim()) : false });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => buildOpenApi(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}
