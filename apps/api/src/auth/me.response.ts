import { KEY_LIST_LEVELS, type KeyListLevel } from '@gqt/contracts';
import type { Caller } from '@gqt/identity';
import type { OwnKeyListEntry } from '@gqt/matching';
import {
  CLIENT_SCOPES,
  EnumField,
  IdField,
  IntField,
  ListField,
  ROLES,
  TextField,
  type ClientScope,
  type Role,
} from '@gqt/platform';
import { CLIENT_ID, DIVISION_CODE, NameField, UsernameField } from '../common/fields';
import { EnterpriseSummary } from '../enterprises/enterprise.response';

export class OwnKeyListEntryResponse {
  /** @example 2026 */
  @IntField(2020, 2100)
  year!: number;

  /** @example "CITY" */
  @EnumField(KEY_LIST_LEVELS, 'KeyListLevel')
  level!: KeyListLevel;

  /** COUNTY entries only. @example "451121" */
  @TextField(6, { pattern: DIVISION_CODE })
  countyCode?: string;
}

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

  /** The caller's enterprise on the key-enterprise lists (seed item 11), every year; empty for others. */
  @ListField({ maxItems: 300, of: OwnKeyListEntryResponse })
  keyLists!: OwnKeyListEntryResponse[];

  static of(caller: Caller, keyLists: OwnKeyListEntry[] = []): MeResponse {
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
      keyLists,
    };
  }
}
