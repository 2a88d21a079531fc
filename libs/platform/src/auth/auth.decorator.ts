import { SetMetadata, applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiOAuth2, ApiSecurity } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiCallers, ApiProblems } from '../http/problem.openapi';
import { callersOf, operatorOnly, type Permission } from './permissions';
import type { ClientScope, Principal } from './principal';

export const PUBLIC_ROUTE = 'gqt:public';
export const REQUIRED_PERMISSIONS = 'gqt:permissions';

/** Bank scopes that grant a permission, for the OAuth2 security requirement in Swagger. */
const SCOPES_FOR: Partial<Record<Permission, ClientScope>> = {
  'receivables:read': 'receivables:read',
  'financing:read': 'financing:read',
  'procurement:read': 'financing:read',
  'financing:decide': 'financing:write',
  'webhooks:manage': 'webhooks:manage',
};

/**
 * The one decorator a route needs: who may call it. Without permissions any authenticated caller
 * may; the global AuthGuard enforces it and Swagger documents both security schemes.
 */
export function Auth(...permissions: Permission[]) {
  const scopes = permissions.map((p) => SCOPES_FOR[p]).filter((s): s is ClientScope => s !== undefined);
  return applyDecorators(
    SetMetadata(REQUIRED_PERMISSIONS, permissions),
    // The operator's routes declare a scheme of their own, so that a reviewer sees them apart.
    ApiBearerAuth(operatorOnly(permissions) ? 'operator' : 'bearer'),
    ...(scopes.length > 0 || permissions.length === 0 ? [ApiOAuth2(scopes, 'oauth2')] : []),
    ApiProblems({
      401: ['UNAUTHENTICATED', 'TOKEN_EXPIRED'],
      ...(permissions.length > 0 ? { 403: ['FORBIDDEN'] } : {}),
    }),
    ApiCallers(callersOf(permissions)),
  );
}

/**
 * Opts a route out of authentication (login, sign-up, health, the OpenAPI document). The document
 * says so with an empty security requirement, so that a route that forgot its @Auth stands out.
 */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiSecurity({}));

/** The authenticated caller of this request. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<Request & { user: Principal }>().user,
);
