import { isRegionRegulator, type ClientScope, type Principal } from './principal';

/**
 * What each kind of caller may ever do (api-contract.md § Authentication and roles). Which rows
 * it may touch is decided by tenancy in the queries; this table only answers "never" (403).
 */
export type Permission =
  | 'enterprises:manage'
  | 'enterprises:update'
  | 'enterprises:read'
  | 'users:manage'
  | 'api-clients:manage'
  | 'api-clients:read'
  | 'receivables:register'
  | 'receivables:confirm'
  | 'receivables:pay'
  | 'receivables:read'
  | 'receivables:transfer'
  | 'transfer-policy:manage'
  | 'financing:request'
  | 'financing:read'
  | 'financing:decide'
  | 'webhooks:manage'
  | 'onboarding:apply'
  | 'onboarding:nominate'
  | 'onboarding:approve'
  | 'onboarding:connect'
  | 'onboarding:read'
  | 'rewards:manage'
  | 'rewards:read'
  | 'monitoring:read'
  | 'monitoring:own'
  | 'monitoring:manage'
  | 'audit:read'
  | 'notifications:read'
  | 'procurement:policy'
  | 'procurement:purchase'
  | 'procurement:read'
  | 'procurement:compliance'
  | 'events:manage'
  | 'key-lists:manage'
  | 'key-lists:read'
  | 'products:publish'
  | 'matching:read'
  | 'matching:target';

type CallerKind = 'ADMIN' | 'REGION_REGULATOR' | 'CITY_REGULATOR' | 'CORE_ENTERPRISE' | 'SME' | 'BANK' | 'PURCHASER';

const ENTERPRISE_USER: Permission[] = ['enterprises:read', 'notifications:read', 'monitoring:own'];
const REGULATOR: Permission[] = [
  'enterprises:read',
  'receivables:read',
  'financing:read',
  'onboarding:read',
  'onboarding:nominate',
  'rewards:read',
  'monitoring:read',
  // The overdue list and scorecards are "own" reads: a regulator's own is its jurisdiction.
  'monitoring:own',
  'audit:read',
  'notifications:read',
  'procurement:read',
  'procurement:compliance',
  // Seed item 11: regulators of each level keep the key-enterprise lists (which entries, the service decides).
  'key-lists:manage',
  'key-lists:read',
  'matching:read',
];
// The debtor's rights: confirm, dispute and pay what the caller's enterprise owes.
const DEBTOR: Permission[] = ['receivables:read', 'receivables:confirm', 'receivables:pay'];

const PERMISSIONS: Record<CallerKind, ReadonlySet<Permission>> = {
  ADMIN: new Set<Permission>([
    'enterprises:manage',
    'enterprises:update',
    'enterprises:read',
    'users:manage',
    'api-clients:manage',
    'api-clients:read',
    'receivables:read',
    'financing:read',
    'onboarding:read',
    'onboarding:connect',
    'rewards:read',
    'monitoring:read',
    'monitoring:own',
    'monitoring:manage',
    'audit:read',
    'notifications:read',
    'procurement:read',
    'procurement:compliance',
    'events:manage',
    'key-lists:read',
    'matching:read',
  ]),
  REGION_REGULATOR: new Set<Permission>([
    ...REGULATOR,
    'enterprises:manage',
    'onboarding:approve',
    'onboarding:connect',
    'rewards:manage',
    'procurement:policy',
    'transfer-policy:manage',
    'matching:target',
  ]),
  CITY_REGULATOR: new Set<Permission>(REGULATOR),
  // Debtors confirm and pay: a core enterprise, or an SME that buys from another SME.
  CORE_ENTERPRISE: new Set<Permission>([
    ...ENTERPRISE_USER,
    ...DEBTOR,
    'onboarding:apply',
    // A large enterprise may win government contracts too (a consortium's lead, say).
    'procurement:read',
    'onboarding:read',
    'rewards:read',
  ]),
  SME: new Set<Permission>([
    ...ENTERPRISE_USER,
    'receivables:register',
    'receivables:read',
    'receivables:confirm',
    'receivables:pay',
    'receivables:transfer',
    'financing:request',
    'financing:read',
    // A supplier reads the government contracts it won, to finance them.
    'procurement:read',
  ]),
  BANK: new Set<Permission>([
    ...ENTERPRISE_USER,
    'receivables:read',
    'financing:read',
    'financing:decide',
    'webhooks:manage',
    'api-clients:read',
    'procurement:read',
    // Banks serve the key enterprises first, and publish their financing products (seed items 11, 14).
    'key-lists:read',
    'products:publish',
  ]),
  // State organs and public institutions that buy: the debtor's rights plus procurement
  // (api-contract.md § Government procurement for SMEs).
  PURCHASER: new Set<Permission>([
    ...ENTERPRISE_USER,
    ...DEBTOR,
    'procurement:purchase',
    'procurement:read',
    'procurement:compliance',
  ]),
};

/** A bank API client holds only what its scopes grant. */
const SCOPE_PERMISSIONS: Record<ClientScope, Permission[]> = {
  'receivables:read': ['receivables:read'],
  // A bank's system reads the award behind a contract financing request made to it.
  'financing:read': ['financing:read', 'procurement:read', 'key-lists:read'],
  'financing:write': ['financing:read', 'financing:decide', 'products:publish'],
  'webhooks:manage': ['webhooks:manage'],
};

function callerKind(principal: Principal): CallerKind {
  if (principal.role === 'REGULATOR') return isRegionRegulator(principal) ? 'REGION_REGULATOR' : 'CITY_REGULATOR';
  return principal.role;
}

export function can(principal: Principal, permission: Permission): boolean {
  if (principal.type === 'client') {
    return principal.scopes.some((scope) => SCOPE_PERMISSIONS[scope].includes(permission));
  }
  return PERMISSIONS[callerKind(principal)].has(permission);
}

/** Why a caller may not do something: for an API client, the scopes that would let it. */
export function refusal(principal: Principal, permission: Permission): string {
  if (principal.type !== 'client') return `The role ${principal.role} may not do this`;
  const granting = (Object.keys(SCOPE_PERMISSIONS) as ClientScope[]).filter((scope) =>
    SCOPE_PERMISSIONS[scope].includes(permission),
  );
  return granting.length > 0
    ? `This API client needs the scope ${granting.join(' or ')}`
    : 'No API client scope allows this';
}

const CALLER_NAMES: Record<CallerKind, string> = {
  ADMIN: 'ADMIN',
  REGION_REGULATOR: 'REGULATOR of the region',
  CITY_REGULATOR: 'REGULATOR of a city',
  CORE_ENTERPRISE: 'CORE_ENTERPRISE',
  SME: 'SME',
  BANK: 'BANK',
  PURCHASER: 'PURCHASER',
};

/** Whether only the platform operator holds all of these permissions (OWASP API5: its routes say so). */
export function operatorOnly(permissions: readonly Permission[]): boolean {
  const holders = (Object.keys(PERMISSIONS) as CallerKind[]).filter((kind) =>
    permissions.every((permission) => PERMISSIONS[kind].has(permission)),
  );
  const clientScopes = (Object.keys(SCOPE_PERMISSIONS) as ClientScope[]).filter((scope) =>
    permissions.every((permission) => SCOPE_PERMISSIONS[scope].includes(permission)),
  );
  return permissions.length > 0 && clientScopes.length === 0 && holders.length === 1 && holders[0] === 'ADMIN';
}

/** Who holds all of these permissions, in words, for the API's documentation. */
export function callersOf(permissions: readonly Permission[]): string {
  if (permissions.length === 0) return 'any authenticated user or bank API client';
  const kinds = (Object.keys(PERMISSIONS) as CallerKind[]).filter((kind) =>
    permissions.every((permission) => PERMISSIONS[kind].has(permission)),
  );
  const scopes = (Object.keys(SCOPE_PERMISSIONS) as ClientScope[]).filter((scope) =>
    permissions.every((permission) => SCOPE_PERMISSIONS[scope].includes(permission)),
  );
  const users = kinds.length > 0 ? [`users with the role ${kinds.map((kind) => CALLER_NAMES[kind]).join(', ')}`] : [];
  const clients = scopes.length > 0 ? [`bank API clients with the scope ${scopes.join(' or ')}`] : [];
  return [...users, ...clients].join('; ');
}
