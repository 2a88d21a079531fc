import { invalid, ruleViolation } from '@gqt/kernel';
import type { EnterpriseKind, Ownership } from './enterprise';

// api-contract.md § Government procurement for SMEs: purchasers are buyers owned by the state
// (state organs, public institutions); a purchaser may have a parent, its competent budget unit
// (主管预算单位), which answers for its subordinate units.
export const PURCHASER_OWNERSHIPS: readonly Ownership[] = ['STATE_ORGAN', 'PUBLIC_INSTITUTION'];

export const isPurchaser = (e: { kind: EnterpriseKind; ownership: string | null }): boolean =>
  e.kind === 'BUYER' && e.ownership !== null && (PURCHASER_OWNERSHIPS as readonly string[]).includes(e.ownership);

const notAPurchaserField = (field: string, message: string) =>
  invalid('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);

/**
 * Refuses a parent where the tree rules do not allow one: only a purchaser has a parent, the
 * parent is another purchaser, and the enterprise may not be among the parent's ancestors (no
 * cycle). `parentAncestors` lists the parent's own ancestors, nearest first.
 */
export function assertParentAllowed(
  child: { id: string; kind: EnterpriseKind; ownership: Ownership | null },
  parent: { id: string; kind: EnterpriseKind; ownership: Ownership | null } | null,
  parentAncestors: readonly string[],
): void {
  if (!isPurchaser(child)) {
    throw notAPurchaserField(
      'parentId',
      'only a purchaser (kind BUYER, ownership STATE_ORGAN or PUBLIC_INSTITUTION) has a parent unit',
    );
  }
  if (parent === null || !isPurchaser(parent)) {
    throw notAPurchaserField('parentId', 'must be the id of a registered purchaser (a competent budget unit)');
  }
  if (parent.id === child.id || parentAncestors.includes(child.id)) {
    throw ruleViolation('PARENT_CYCLE', 'A unit cannot be placed under itself or under one of its own subordinates');
  }
}
