import type { ConfigType } from '@nestjs/config';
import { appConfig } from '@gqt/platform';
import { createApiApp } from './http-app';

async function bootstrap(): Promise<void> {
  const app = await createApiApp();
  const { port } = app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
  await app.listen(port);
}

void bootstrap();
