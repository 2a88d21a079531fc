import { isPurchaser, type EnterpriseKind, type Ownership } from '@gqt/enterprises';
import { invalid } from '@gqt/kernel';
import type { Role } from '@gqt/platform';

/** What the role rules need to know of a user's enterprise. */
export interface UserEnterprise {
  kind: EnterpriseKind;
  ownership: Ownership | null;
}

// api-contract.md § Authentication and roles: CORE_ENTERPRISE, SME and BANK are users of an
// enterprise of that kind. A buyer that is not a core enterprise still confirms and pays its
// payables, with the debtor's role. PURCHASER users belong to a purchasing unit: a buyer that is
// a state organ or a public institution (§ Government procurement for SMEs).
const KINDS_OF_ROLE: Partial<Record<Role, EnterpriseKind[]>> = {
  CORE_ENTERPRISE: ['CORE', 'BUYER'],
  SME: ['SME'],
  BANK: ['BANK'],
  PURCHASER: ['BUYER'],
};

export function needsEnterprise(role: Role): boolean {
  return KINDS_OF_ROLE[role] !== undefined;
}

/** Refuses a user whose role does not fit its enterprise (or lack of one). */
export function assertRoleFits(
  role: Role,
  enterprise: UserEnterprise | undefined,
  jurisdiction: string | undefined,
): void {
  const kinds = KINDS_OF_ROLE[role];
  if (kinds && (enterprise === undefined || !kinds.includes(enterprise.kind))) {
    throw invalid('VALIDATION_FAILED', `A ${role} user belongs to an enterprise of kind ${kinds.join(' or ')}`, [
      { field: 'enterpriseId', message: `must be the id of a ${kinds.join(' or ')} enterprise for role ${role}` },
    ]);
  }
  if (role === 'PURCHASER' && enterprise !== undefined && !isPurchaser(enterprise)) {
    throw invalid('VALIDATION_FAILED', 'A PURCHASER user belongs to a state organ or a public institution', [
      {
        field: 'enterpriseId',
        message: 'must be a BUYER owned as STATE_ORGAN or PUBLIC_INSTITUTION for role PURCHASER',
      },
    ]);
  }
  if (!kinds && enterprise !== undefined) {
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
