import { setFlagsFromString } from 'node:v8';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '@gqt/platform';
import { createApiApp } from './http-app';

// Under a storm of requests V8 otherwise lets the heap grow by more than its live size before it
// collects (bench/memory-storm.bench.mjs: +177 MB without, +12 MB with, live heap ~60 MB either way).
setFlagsFromString('--optimize-for-size');

async function bootstrap(): Promise<void> {
  const app = await createApiApp();
  const { port } = app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
  await app.listen(port);
}

void bootstrap();
