import { invalid } from '@gqt/kernel';
import type { Role } from '@gqt/platform';

type EnterpriseKind = 'CORE' | 'SME' | 'BANK' | 'BUYER';

// api-contract.md § Authentication and roles: CORE_ENTERPRISE, SME and BANK are users of an
// enterprise of that kind. A buyer that is not a core enterprise still confirms and pays its
// payables, with the debtor's role.
const KINDS_OF_ROLE: Partial<Record<Role, EnterpriseKind[]>> = {
  CORE_ENTERPRISE: ['CORE', 'BUYER'],
  SME: ['SME'],
  BANK: ['BANK'],
};

export function needsEnterprise(role: Role): boolean {
  return KINDS_OF_ROLE[role] !== undefined;
}

/** Refuses a user whose role does not fit its enterprise (or lack of one). */
export function assertRoleFits(
  role: Role,
  enterpriseKind: EnterpriseKind | undefined,
  jurisdiction: string | undefined,
): void {
  const kinds = KINDS_OF_ROLE[role];
  if (kinds && (enterpriseKind === undefined || !kinds.includes(enterpriseKind))) {
    throw invalid('VALIDATION_FAILED', `A ${role} user belongs to an enterprise of kind ${kinds.join(' or ')}`, [
      { field: 'enterpriseId', message: `must be the id of a ${kinds.join(' or ')} enterprise for role ${role}` },
    ]);
  }
  if (!kinds && enterpriseKind !== undefined) {
    throw invalid('VALIDATION_FAILED', `A ${role} user belongs to no enterprise`, [
      { field: 'enterpriseId', message: `must be absent for role ${role}` },
    ]);
  }
  if ((role === 'REGULATOR') !== (jurisdiction !== undefined)) {
    throw invalid('VALIDATION_FAILED', 'A regulator, and only a regulator, has a jurisdiction', [
      {
        field: 'jurisdiction',
        message: role === 'REGULATOR' ? 'is required for a regulator' : `must be absent for role ${role}`,
      },
    ]);
  }
}
