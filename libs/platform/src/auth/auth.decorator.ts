import { SetMetadata, applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOAuth2, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Permission } from './permissions';
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
    ApiBearerAuth('bearer'),
    ...(scopes.length > 0 || permissions.length === 0 ? [ApiOAuth2(scopes, 'oauth2')] : []),
    ApiUnauthorizedResponse({ description: 'No or bad credentials (problem+json, code UNAUTHENTICATED)' }),
    ...(permissions.length > 0
      ? [ApiForbiddenResponse({ description: "The caller's role may never do this (problem+json, code FORBIDDEN)" })]
      : []),
  );
}

/** Opts a route out of authentication (login, sign-up, health, the OpenAPI document). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The authenticated caller of this request. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<Request & { user: Principal }>().user,
);
