import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard as PassportAuthGuard } from '@nestjs/passport';
import { DomainError, forbidden } from '@gqt/kernel';
import type { Request } from 'express';
import { PUBLIC_ROUTE, REQUIRED_PERMISSIONS } from './auth.decorator';
import { can, refusal, type Permission } from './permissions';
import type { Principal } from './principal';

/** The one global guard: a valid bearer token everywhere but on @Public routes, then permissions. */
@Injectable()
export class AuthGuard extends PassportAuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    await super.canActivate(context);
    const principal = context.switchToHttp().getRequest<Request & { user: Principal }>().user;
    const required = this.reflector.getAllAndOverride<Permission[]>(REQUIRED_PERMISSIONS, targets) ?? [];
    const denied = required.find((permission) => !can(principal, permission));
    if (denied) throw forbidden(refusal(principal, denied));
    return true;
  }

  override handleRequest<T>(error: unknown, principal: T | false, info: unknown): T {
    // Passport hands on as `error` what validate() threw, e.g. the database out of reach while
    // reading the token's version: a 503 to retry, not a 401 that sends the caller to log in.
    if (error instanceof Error) throw error;
    if (!principal) {
      const expired = info instanceof Error && info.name === 'TokenExpiredError';
      throw new DomainError(
        'UNAUTHENTICATED',
        expired ? 'TOKEN_EXPIRED' : 'UNAUTHENTICATED',
        expired ? 'The access token has expired; obtain a new one' : 'A valid bearer token is required',
      );
    }
    return principal;
  }
}
