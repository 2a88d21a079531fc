import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { invalid, notFound } from '@gqt/kernel';
import { EnterprisesService, type PurchasingUnit } from '@gqt/enterprises';
import { REGION_CODE, actorOf, type PageQuery, type Principal } from '@gqt/platform';
import {
  figuresByUnit,
  groupRows,
  orderedRows,
  positionOf,
  rollUp,
  unitRows,
  type ComplianceRow,
  type RowPosition,
} from './domain/compliance';
import type { PolicyTerms } from './domain/policy';
import { ProcurementAwardsRepository } from './procurement-awards.repository';
import { ProcurementPoliciesService } from './procurement-policies.service';
import { ProcurementProjectsRepository } from './procurement-projects.repository';
import { ProcurementScopes, type ProcurementScope } from './procurement-scope';

export const COMPLIANCE_GROUPINGS = ['unit', 'city', 'region'] as const;
export type ComplianceGrouping = (typeof COMPLIANCE_GROUPINGS)[number];

export interface ComplianceQuery {
  year: number;
  /** One unit's row, its subordinates rolled in. */
  unitId?: string;
  cityCode?: string;
  groupBy?: ComplianceGrouping;
}

export interface ComplianceReport {
  year: number;
  policy: PolicyTerms;
  items: ComplianceRow[];
  nextCursor: string | null;
}

const REGION_NAME = '广西壮族自治区';

/**
 * Whether purchasing units reserve enough for SMEs (api-contract.md § Government procurement for
 * SMEs): one row per competent unit with its subordinates rolled in, or per city, or for the
 * region; units below the line first. Exports lock the year's policy; the public page does not.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly projects: ProcurementProjectsRepository,
    private readonly awards: ProcurementAwardsRepository,
    private readonly policies: ProcurementPoliciesService,
    private readonly scopes: ProcurementScopes,
    private readonly enterprises: EnterprisesService,
  ) {}

  /** A page of the report, for regulators (their jurisdiction), the operator and purchasers (their tree). */
  async report(principal: Principal, query: ComplianceQuery, page: PageQuery): Promise<ComplianceReport> {
    const policy = await this.policies.terms(query.year);
    const rows = await this.rows(await this.scopes.of(principal), query, policy);
    return paged(query.year, policy, rows, page);
  }

  /**
   * Every row from the cursor on, for an export: the first export of a year locks its policy, in
   * the same transaction, so that the figures published stay the figures of that policy.
   */
  @Transactional()
  async exportRows(principal: Principal, query: ComplianceQuery, cursor?: string): Promise<ComplianceRow[]> {
    const scope = await this.scopes.of(principal);
    const policy = await this.policies.lockForExport(query.year, actorOf(principal));
    return orderedRows(await this.rows(scope, query, policy), decodeCursor(cursor));
  }

  /** The public page (publication is required by law): every unit, without login. */
  async publicReport(query: Omit<ComplianceQuery, 'unitId'>, page: PageQuery): Promise<ComplianceReport> {
    const policy = await this.policies.terms(query.year);
    return paged(query.year, policy, await this.rows({ kind: 'ALL' }, query, policy), page);
  }

  /** The public page's rows from the cursor on, for its export (which locks nothing). */
  async publicRows(query: Omit<ComplianceQuery, 'unitId'>, cursor?: string): Promise<ComplianceRow[]> {
    const policy = await this.policies.terms(query.year);
    return orderedRows(await this.rows({ kind: 'ALL' }, query, policy), decodeCursor(cursor));
  }

  private async rows(scope: ProcurementScope, query: ComplianceQuery, policy: PolicyTerms): Promise<ComplianceRow[]> {
    const units = await this.enterprises.purchasingUnits();
    const figures = figuresByUnit(
      await this.projects.groupsOf(query.year),
      await this.awards.groupsOf(query.year),
      policy,
    );
    const rows = unitRows(units, rollUp(units, figures, rowUnitsOf(scope, query.unitId, units)), policy).filter(
      (row) =>
        (scope.kind !== 'CITY' || row.cityCode === scope.cityCode) &&
        (query.cityCode === undefined || row.cityCode === query.cityCode),
    );
    if (query.groupBy === undefined || query.groupBy === 'unit') return rows;
    const cities = new Map((await this.enterprises.cities()).map((c) => [c.code, c.name]));
    const names = { region: { code: REGION_CODE, name: REGION_NAME }, cities };
    return groupRows(rows, query.groupBy === 'city' ? 'CITY' : 'REGION', names, policy);
  }
}

/**
 * The units whose rows the caller reads (everything below one rolls into it): the unit asked for
 * if the caller may see it (404 otherwise); else a purchaser's own unit, or for regulators and the
 * operator every top competent unit (null).
 */
function rowUnitsOf(scope: ProcurementScope, unitId: string | undefined, units: PurchasingUnit[]): Set<string> | null {
  if (unitId === undefined) return scope.kind === 'UNITS' ? new Set([scope.ownUnitId]) : null;
  const unit = units.find((u) => u.id === unitId);
  const visible =
    unit !== undefined &&
    (scope.kind === 'ALL' ||
      (scope.kind === 'CITY' && unit.cityCode === scope.cityCode) ||
      (scope.kind === 'UNITS' && scope.unitIds.includes(unit.id)));
  if (!visible) throw notFound('The purchasing unit');
  return new Set([unitId]);
}

function paged(year: number, policy: PolicyTerms, rows: ComplianceRow[], page: PageQuery): ComplianceReport {
  const ordered = orderedRows(rows, decodeCursor(page.cursor));
  const items = ordered.slice(0, page.limit);
  const last = items[items.length - 1];
  const nextCursor = ordered.length > page.limit && last ? encodeCursor(positionOf(last)) : null;
  return { year, policy, items, nextCursor };
}

function encodeCursor(p: RowPosition): string {
  const fields = [p.compliant, p.reserved.toString(), p.budget.toString(), p.name, p.key];
  return Buffer.from(JSON.stringify(fields)).toString('base64url');
}

function decodeCursor(cursor: string | undefined): RowPosition | null {
  if (cursor === undefined) return null;
  try {
    const fields: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const digits = (value: unknown): value is string => typeof value === 'string' && /^\d{1,20}$/.test(value);
    if (Array.isArray(fields)) {
      const [compliant, reserved, budget, name, key] = fields as unknown[];
      if (
        typeof compliant === 'boolean' &&
        digits(reserved) &&
        digits(budget) &&
        typeof name === 'string' &&
        typeof key === 'string'
      ) {
        return { compliant, reserved: BigInt(reserved), budget: BigInt(budget), name, key };
      }
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake
  }
  throw invalid('VALIDATION_FAILED', 'cursor is not a cursor this report returned', [
    { field: 'cursor', message: 'cursor must be a nextCursor returned by this report' },
  ]);
}
