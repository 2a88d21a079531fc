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

/** The API as it serves, on a real database (embedded or PostgreSQL), driven over HTTP. */
export async function startApi(): Promise<TestApi> {
  const app = await createApiApp();
  await app.init();
  const http = request(app.getHttpServer());
  return { app, http, close: () => app.close() };
}

export const API = '/api/v1';
