import type { ProjectFlag } from './domain/project';
import type { ProcurementAcceptanceEntity } from './procurement-acceptance.entity';
import type { ProcurementAwardEntity } from './procurement-award.entity';
import type { ProcurementProjectEntity } from './procurement-project.entity';

/** An award with its project, unit and supplier (loaded on the entity) and its acceptances. */
export interface AwardDetails {
  award: ProcurementAwardEntity;
  acceptances: ProcurementAcceptanceEntity[];
}

/** A project with its unit (loaded on the entity), its flags under the year's policy, and its awards. */
export interface ProjectDetails {
  project: ProcurementProjectEntity;
  flags: ProjectFlag[];
  awards?: AwardDetails[];
}

/** What the audit trail keeps of an award: its own columns, not its project and parties. */
export function awardSnapshot(
  a: ProcurementAwardEntity,
): Omit<ProcurementAwardEntity, 'project' | 'unit' | 'supplier'> {
  const { project: _project, unit: _unit, supplier: _supplier, ...own } = a;
  return own;
}
