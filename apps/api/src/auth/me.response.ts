import type { Caller } from '@gqt/identity';
import type { ClientScope, Role } from '@gqt/platform';
import { EnterpriseSummary } from '../enterprises/enterprise.response';

export class MeResponse {
  /** @example "user" */
  type!: 'user' | 'client';

  id!: string;

  /** Users only. */
  username?: string;

  /** API clients only. */
  clientId?: string;

  /** Users: the username; API clients: the client's name. */
  name!: string;

  /** @example "SME" */
  role!: Role;

  enterpriseId!: string | null;

  enterprise!: EnterpriseSummary | null;

  /** Regulators only: "450000" for the region or a city's code. */
  jurisdiction!: string | null;

  /** API clients only. */
  scopes!: ClientScope[];

  static of(caller: Caller): MeResponse {
    const { principal, enterprise } = caller;
    return {
      type: principal.type,
      id: principal.id,
      ...(caller.username !== undefined && { username: caller.username }),
      ...(caller.clientId !== undefined && { clientId: caller.clientId }),
      name: principal.name,
      role: principal.role,
      enterpriseId: principal.enterpriseId,
      enterprise: enterprise ? EnterpriseSummary.of(enterprise) : null,
      jurisdiction: principal.jurisdiction,
      scopes: principal.scopes,
    };
  }
}
