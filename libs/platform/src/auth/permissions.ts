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
  | 'events:manage';

type CallerKind = 'ADMIN' | 'REGION_REGULATOR' | 'CITY_REGULATOR' | 'CORE_ENTERPRISE' | 'SME' | 'BANK';

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
];

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
    'events:manage',
  ]),
  REGION_REGULATOR: new Set<Permission>([
    ...REGULATOR,
    'enterprises:manage',
    'onboarding:approve',
    'onboarding:connect',
    'rewards:manage',
  ]),
  CITY_REGULATOR: new Set<Permission>(REGULATOR),
  // Debtors confirm and pay: a core enterprise, or an SME that buys from another SME.
  CORE_ENTERPRISE: new Set<Permission>([
    ...ENTERPRISE_USER,
    'receivables:read',
    'receivables:confirm',
    'receivables:pay',
    'onboarding:apply',
    'onboarding:read',
    'rewards:read',
  ]),
  SME: new Set<Permission>([
    ...ENTERPRISE_USER,
    'receivables:register',
    'receivables:read',
    'receivables:confirm',
    'receivables:pay',
    'financing:request',
    'financing:read',
  ]),
  BANK: new Set<Permission>([
    ...ENTERPRISE_USER,
    'receivables:read',
    'financing:read',
    'financing:decide',
    'webhooks:manage',
    'api-clients:read',
  ]),
};

/** A bank API client holds only what its scopes grant. */
const SCOPE_PERMISSIONS: Record<ClientScope, Permission[]> = {
  'receivables:read': ['receivables:read'],
  'financing:read': ['financing:read'],
  'financing:write': ['financing:read', 'financing:decide'],
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
