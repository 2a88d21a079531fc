import { REGION_CODE, type ClientScope, type Role } from '@gqt/contracts';

export { CLIENT_SCOPES, REGION_CODE, ROLES, type ClientScope, type Role } from '@gqt/contracts';

/** Who is calling: a user, or a bank's API client acting as BANK within its scopes. */
export interface Principal {
  type: 'user' | 'client';
  id: string;
  name: string;
  role: Role;
  enterpriseId: string | null;
  jurisdiction: string | null;
  /** Bank API clients only: what the client was granted. */
  scopes: ClientScope[];
}

export const isRegionRegulator = (principal: Principal): boolean =>
  principal.role === 'REGULATOR' && principal.jurisdiction === REGION_CODE;

/** Who did a change, as the audit trail records it. */
export interface Actor {
  type: 'user' | 'client' | 'system';
  id: string | null;
  name: string;
}

export const actorOf = (principal: Principal): Actor => ({
  type: principal.type,
  id: principal.id,
  name: principal.name,
});

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, name: 'system' };
