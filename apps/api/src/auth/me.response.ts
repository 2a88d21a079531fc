import type { Caller } from '@gqt/identity';
import {
  CLIENT_SCOPES,
  EnumField,
  IdField,
  ListField,
  ROLES,
  TextField,
  type ClientScope,
  type Role,
} from '@gqt/platform';
import { CLIENT_ID, DIVISION_CODE, NameField, UsernameField } from '../common/fields';
import { EnterpriseSummary } from '../enterprises/enterprise.response';

export class MeResponse {
  /** @example "user" */
  @EnumField(['user', 'client'], 'CallerType')
  type!: 'user' | 'client';

  @IdField()
  id!: string;

  /** Users only. */
  @UsernameField()
  username?: string;

  /** API clients only. */
  @TextField(100, { pattern: CLIENT_ID })
  clientId?: string;

  /** Users: the username; API clients: the client's name. */
  @NameField()
  name!: string;

  /** @example "SME" */
  @EnumField(ROLES, 'Role')
  role!: Role;

  @IdField()
  enterpriseId!: string | null;

  enterprise!: EnterpriseSummary | null;

  /** Regulators only: "450000" for the region or a city's code. */
  @TextField(6, { pattern: DIVISION_CODE })
  jurisdiction!: string | null;

  /** API clients only. */
  @ListField({ maxItems: CLIENT_SCOPES.length })
  @EnumField(CLIENT_SCOPES, 'ClientScope', { each: true })
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
