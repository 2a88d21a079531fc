import { Money, parseDecimal, roundHalfUp } from '@gqt/kernel';
import type { SizeClass } from '@gqt/enterprises';
import { countedAmounts } from './award';
import type { PolicyTerms, ProjectCategory } from './policy';
import { projectFlags, type ProjectFlag, type Reservation } from './project';

/** A unit's projects of one year with one category and form of reservation, summed. */
export interface ProjectGroup {
  unitId: string;
  category: ProjectCategory;
  reservation: Reservation;
  budget: Money;
  reserved: Money;
  smallMicroReserved: Money;
  /** The smallest budget among them: whether any is a small project. */
  smallestBudget: Money;
}

/** A unit's awards of one year to suppliers of one size class, summed. */
export interface AwardGroup {
  unitId: string;
  sizeClass: SizeClass;
  amount: Money;
  smeShare: Money;
  smallMicroShare: Money;
}

export interface ComplianceFigures {
  budget: Money;
  reserved: Money;
  smallMicroReserved: Money;
  awarded: Money;
  awardedToSme: Money;
  awardedToSmallMicro: Money;
  flags: ProjectFlag[];
}

/** A purchasing unit as the tree places it. */
export interface Unit {
  id: string;
  name: string;
  cityCode: string;
  parentId: string | null;
}

export type ComplianceLevel = 'UNIT' | 'CITY' | 'REGION';

/** One row of the compliance report: a unit with its subordinates, a city, or the region. */
export interface ComplianceRow extends ComplianceFigures {
  level: ComplianceLevel;
  /** The unit's id, the city's code, or the region's code: what identifies the row. */
  key: string;
  unitId: string | null;
  name: string;
  cityCode: string;
  reservedShare: string;
  smallMicroShare: string;
  compliant: boolean;
  /** The competent units counted in the row, and how many of them comply on their own. */
  unitCount: number;
  compliantUnitCount: number;
}

const EMPTY: ComplianceFigures = {
  budget: Money.ZERO,
  reserved: Money.ZERO,
  smallMicroReserved: Money.ZERO,
  awarded: Money.ZERO,
  awardedToSme: Money.ZERO,
  awardedToSmallMicro: Money.ZERO,
  flags: [],
};

export function addFigures(a: ComplianceFigures, b: ComplianceFigures): ComplianceFigures {
  return {
    budget: a.budget.plus(b.budget),
    reserved: a.reserved.plus(b.reserved),
    smallMicroReserved: a.smallMicroReserved.plus(b.smallMicroReserved),
    awarded: a.awarded.plus(b.awarded),
    awardedToSme: a.awardedToSme.plus(b.awardedToSme),
    awardedToSmallMicro: a.awardedToSmallMicro.plus(b.awardedToSmallMicro),
    flags: [...new Set([...a.flags, ...b.flags])].sort(),
  };
}

/** Each unit's own figures for the year (units without projects have none). */
export function figuresByUnit(
  projects: ProjectGroup[],
  awards: AwardGroup[],
  policy: PolicyTerms,
): Map<string, ComplianceFigures> {
  const byUnit = new Map<string, ComplianceFigures>();
  const add = (unitId: string, figures: Partial<ComplianceFigures>) =>
    byUnit.set(unitId, addFigures(byUnit.get(unitId) ?? EMPTY, { ...EMPTY, ...figures }));
  for (const g of projects) {
    const flags = projectFlags({ category: g.category, budget: g.smallestBudget, reservation: g.reservation }, policy);
    add(g.unitId, { budget: g.budget, reserved: g.reserved, smallMicroReserved: g.smallMicroReserved, flags });
  }
  for (const g of awards) {
    const { toSme, toSmallMicro } = countedAmounts(g);
    add(g.unitId, { awarded: g.amount, awardedToSme: toSme, awardedToSmallMicro: toSmallMicro });
  }
  return byUnit;
}

/**
 * Rolls every unit's figures into its row: the nearest unit above it (or itself) that is one of
 * `rowUnits`, or with `rowUnits` null its top competent unit. Units under none of `rowUnits` are
 * left out. Returns the figures per row unit.
 */
export function rollUp(
  units: Unit[],
  figures: Map<string, ComplianceFigures>,
  rowUnits: ReadonlySet<string> | null,
): Map<string, ComplianceFigures> {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const rows = new Map<string, ComplianceFigures>();
  for (const [unitId, own] of figures) {
    let current = unitId;
    let row: string | null = null;
    // A tree is at most as deep as it has units; the bound only guards against bad data.
    for (let depth = 0; depth <= units.length; depth += 1) {
      if (rowUnits?.has(current)) {
        row = current;
        break;
      }
      const parent = parentOf.get(current) ?? null;
      if (parent === null) {
        row = rowUnits === null ? current : null;
        break;
      }
      current = parent;
    }
    if (row !== null) rows.set(row, addFigures(rows.get(row) ?? EMPTY, own));
  }
  return rows;
}

const SHARE_SCALE = 10_000n;

/** part ÷ whole with 4 decimals, rounded half up once; "0.0000" when the whole is nothing. */
export function share(part: Money, whole: Money): string {
  if (!whole.isPositive()) return '0.0000';
  const scaled = roundHalfUp(part.fen * SHARE_SCALE, whole.fen);
  return `${scaled / SHARE_SCALE}.${(scaled % SHARE_SCALE).toString().padStart(4, '0')}`;
}

/** part ÷ whole ≥ minimum, compared exactly (exactly the minimum complies). */
function atLeast(part: Money, whole: Money, minimum: string): boolean {
  const { numerator, scale } = parseDecimal(minimum);
  return part.fen * scale >= numerator * whole.fen;
}

/**
 * Whether figures meet the year's policy: reserved ÷ budget ≥ reservedShareMin and small-micro
 * reserved ÷ reserved ≥ smallMicroShareMin (the 60 % is "of which": of the reserved part), on the
 * exact fractions, never on the rounded shares shown.
 */
export function isCompliant(f: ComplianceFigures, policy: PolicyTerms): boolean {
  return (
    atLeast(f.reserved, f.budget, policy.reservedShareMin) &&
    atLeast(f.smallMicroReserved, f.reserved, policy.smallMicroShareMin)
  );
}

function row(
  identity: Pick<ComplianceRow, 'level' | 'key' | 'unitId' | 'name' | 'cityCode'>,
  figures: ComplianceFigures,
  policy: PolicyTerms,
  counts: { unitCount: number; compliantUnitCount: number } | null,
): ComplianceRow {
  const compliant = isCompliant(figures, policy);
  return {
    ...identity,
    ...figures,
    reservedShare: share(figures.reserved, figures.budget),
    smallMicroShare: share(figures.smallMicroReserved, figures.reserved),
    compliant,
    unitCount: counts?.unitCount ?? 1,
    compliantUnitCount: counts?.compliantUnitCount ?? (compliant ? 1 : 0),
  };
}

/** The rows of units, one per row unit. */
export function unitRows(units: Unit[], rolled: Map<string, ComplianceFigures>, policy: PolicyTerms): ComplianceRow[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return [...rolled].flatMap(([unitId, figures]) => {
    const unit = byId.get(unitId);
    if (!unit) return [];
    const identity = {
      level: 'UNIT' as const,
      key: unit.id,
      unitId: unit.id,
      name: unit.name,
      cityCode: unit.cityCode,
    };
    return [row(identity, figures, policy, null)];
  });
}

/** Unit rows summed per city, or into one row for the region. */
export function groupRows(
  rows: ComplianceRow[],
  level: 'CITY' | 'REGION',
  names: { region: { code: string; name: string }; cities: Map<string, string> },
  policy: PolicyTerms,
): ComplianceRow[] {
  const groups = new Map<string, { figures: ComplianceFigures; unitCount: number; compliantUnitCount: number }>();
  for (const r of rows) {
    const key = level === 'CITY' ? r.cityCode : names.region.code;
    const group = groups.get(key) ?? { figures: EMPTY, unitCount: 0, compliantUnitCount: 0 };
    groups.set(key, {
      figures: addFigures(group.figures, r),
      unitCount: group.unitCount + r.unitCount,
      compliantUnitCount: group.compliantUnitCount + r.compliantUnitCount,
    });
  }
  return [...groups].map(([key, group]) => {
    const name = level === 'CITY' ? (names.cities.get(key) ?? key) : names.region.name;
    return row({ level, key, unitId: null, name, cityCode: key }, group.figures, policy, group);
  });
}

/** Where a row stands in the report: units below the line first, the lowest reserved share first. */
export interface RowPosition {
  compliant: boolean;
  reserved: bigint;
  budget: bigint;
  name: string;
  key: string;
}

export const positionOf = (r: ComplianceRow): RowPosition => ({
  compliant: r.compliant,
  reserved: r.reserved.fen,
  budget: r.budget.fen,
  name: r.name,
  key: r.key,
});

export function comparePositions(a: RowPosition, b: RowPosition): number {
  if (a.compliant !== b.compliant) return a.compliant ? 1 : -1;
  // reserved_a ÷ budget_a against reserved_b ÷ budget_b, exactly.
  const left = a.reserved * b.budget;
  const right = b.reserved * a.budget;
  if (left !== right) return left < right ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The rows in report order, from just after `after` (a page's last position) on. */
export function orderedRows(rows: ComplianceRow[], after: RowPosition | null): ComplianceRow[] {
  const sorted = [...rows].sort((a, b) => comparePositions(positionOf(a), positionOf(b)));
  return after === null ? sorted : sorted.filter((r) => comparePositions(positionOf(r), after) > 0);
}
