import { Reflector } from '@nestjs/core';
import { DomainError } from '@gqt/kernel';
import { AuthGuard } from './auth.guard';

describe('AuthGuard.handleRequest', () => {
  const guard = new AuthGuard(new Reflector());

  it('hands on what reading the token failed with (a database out of reach is a 503, not a 401)', () => {
    const unreachable = Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' });
    expect(() => guard.handleRequest(unreachable, false, undefined)).toThrow(unreachable);
  });

  it('answers 401 for a token that does not verify, TOKEN_EXPIRED for an expired one', () => {
    const refusal = (info: unknown) => {
      try {
        guard.handleRequest(null, false, info);
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('not refused');
    };
    expect(refusal(new Error('invalid signature'))).toMatchObject({ kind: 'UNAUTHENTICATED', code: 'UNAUTHENTICATED' });
    expect(refusal(Object.assign(new Error('jwt expired'), { name: 'TokenExpiredError' }))).toMatchObject({
      code: 'TOKEN_EXPIRED',
    });
  });
});
