import { invalidState } from '@gqt/kernel';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of, throwError } from 'rxjs';
import type { Principal } from '../auth/principal';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import type { IdempotencyRepository, KeyState, StoredResponse } from './idempotency.repository';

const caller: Principal = {
  type: 'client',
  id: '7d3c1c52-8a55-4d0e-9d7e-1f9f4a3b2c10',
  name: 'core-banking',
  role: 'BANK',
  enterpriseId: null,
  jurisdiction: null,
  scopes: [],
};

function fakeKeys(state: KeyState = { state: 'owned' }) {
  const calls = { completed: [] as StoredResponse[], released: 0 };
  const keys = {
    claim: async () => state,
    complete: async (_scope: unknown, _owner: string, response: StoredResponse) => void calls.completed.push(response),
    release: async () => void (calls.released += 1),
  } as unknown as IdempotencyRepository;
  return { keys, calls };
}

function context(method = 'POST', key: string | null = 'k-1') {
  const request = {
    method,
    originalUrl: '/api/v1/things',
    headers: { 'content-type': 'application/json' },
    body: { a: 1 },
    user: caller,
    header: (name: string) => (name === 'Idempotency-Key' && key !== null ? key : undefined),
  };
  const response = { statusCode: 201, status: jest.fn(), type: jest.fn(), setHeader: jest.fn() };
  return {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
}

const handler = (result: () => unknown): CallHandler => ({
  handle: () => {
    try {
      return of(result());
    } catch (error) {
      return throwError(() => error);
    }
  },
});

describe('IdempotencyInterceptor', () => {
  it('keeps a success as the JSON Express sends', async () => {
    const { keys, calls } = fakeKeys();
    const value = await lastValueFrom(
      new IdempotencyInterceptor(keys).intercept(
        context(),
        handler(() => ({ id: 'x', at: new Date(0) })),
      ),
    );
    expect(value).toEqual({ id: 'x', at: new Date(0) });
    expect(calls.completed).toEqual([
      { status: 201, contentType: 'application/json', body: '{"id":"x","at":"1970-01-01T00:00:00.000Z"}' },
    ]);
  });

  it('keeps a refusal (4xx) as its problem document', async () => {
    const { keys, calls } = fakeKeys();
    const run = new IdempotencyInterceptor(keys).intercept(
      context(),
      handler(() => {
        throw invalidState('already approved');
      }),
    );
    await expect(lastValueFrom(run)).rejects.toThrow('already approved');
    expect(calls.completed).toHaveLength(1);
    expect(calls.completed[0]).toMatchObject({ status: 409, contentType: 'application/problem+json' });
    expect(JSON.parse(calls.completed[0].body)).toMatchObject({ code: 'INVALID_STATE', instance: '/api/v1/things' });
  });

  it('keeps no server failure: the key is released so that a retry runs again', async () => {
    const { keys, calls } = fakeKeys();
    const run = new IdempotencyInterceptor(keys).intercept(
      context(),
      handler(() => {
        throw new Error('database went away');
      }),
    );
    await expect(lastValueFrom(run)).rejects.toThrow('database went away');
    expect(calls.completed).toHaveLength(0);
    expect(calls.released).toBe(1);
  });

  it('leaves requests without a key, and other methods, alone', async () => {
    const { keys, calls } = fakeKeys();
    const interceptor = new IdempotencyInterceptor(keys);
    await lastValueFrom(
      interceptor.intercept(
        context('POST', null),
        handler(() => ({})),
      ),
    );
    await lastValueFrom(
      interceptor.intercept(
        context('PATCH'),
        handler(() => ({})),
      ),
    );
    expect(calls.completed).toHaveLength(0);
  });
});
