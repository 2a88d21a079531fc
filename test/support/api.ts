import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApiApp } from '../../apps/api/src/http-app';

export const ADMIN = { username: 'admin', password: 'Test-Admin-Password-1!' };

export interface TestApi {
  app: INestApplication;
  http: TestAgent;
  close(): Promise<void>;
}

// The APIs this test file started and has not closed. A beforeAll that times out under load gets
// its API only after its afterAll ran, so nothing closes it; left open, its outbox relay polls a
// torn-down test environment and keeps the run from exiting. test/support/environment.cjs closes
// them when the file ends.
const open: Set<Promise<INestApplication>> = ((
  globalThis as { gqtOpenApis?: Set<Promise<INestApplication>> }
).gqtOpenApis ??= new Set());

/** The API as it serves, on a real database (embedded or PostgreSQL), driven over HTTP. */
export async function startApi(): Promise<TestApi> {
  const starting = createApiApp().then(async (app) => {
    await app.init();
    return app;
  });
  open.add(starting);
  const app = await starting;
  let closing: Promise<void> | undefined;
  return {
    app,
    http: request(app.getHttpServer()),
    close: () => {
      open.delete(starting);
      return (closing ??= app.close());
    },
  };
}

export const API = '/api/v1';
