import { Money } from '@gqt/kernel';
import {
  figuresByUnit,
  groupRows,
  isCompliant,
  orderedRows,
  positionOf,
  rollUp,
  share,
  unitRows,
  type AwardGroup,
  type ComplianceFigures,
  type ProjectGroup,
  type Unit,
} from './compliance';
import { DEFAULT_POLICY_TERMS } from './policy';

const yuan = (text: string) => Money.parse(text);
const policy = DEFAULT_POLICY_TERMS;

const project = (
  unitId: string,
  budget: string,
  reserved: string,
  smallMicro: string,
  extra: Partial<ProjectGroup> = {},
) =>
  ({
    unitId,
    category: 'SERVICES',
    reservation: 'PACKAGE',
    budget: yuan(budget),
    reserved: yuan(reserved),
    smallMicroReserved: yuan(smallMicro),
    smallestBudget: yuan(budget),
    ...extra,
  }) satisfies ProjectGroup;

const award = (unitId: string, sizeClass: AwardGroup['sizeClass'], amount: string, sme = '0', smallMicro = '0') =>
  ({
    unitId,
    sizeClass,
    amount: yuan(amount),
    smeShare: yuan(sme),
    smallMicroShare: yuan(smallMicro),
  }) satisfies AwardGroup;

const unit = (id: string, parentId: string | null = null, cityCode = '451100'): Unit => ({
  id,
  name: `单位 ${id}`,
  cityCode,
  parentId,
});

/** The one row of a single unit, computed end to end from its groups. */
function rowOf(projects: ProjectGroup[], awards: AwardGroup[] = []) {
  const units = [unit('u')];
  const [row] = unitRows(units, rollUp(units, figuresByUnit(projects, awards, policy), null), policy);
  return row;
}

describe('compliance shares at the boundaries (seed item 6: 30 % reserved, 60 % of that small and micro)', () => {
  it('29.99 % reserved is below the line', () => {
    const row = rowOf([project('u', '1000000.00', '299900.00', '299900.00')]);
    expect([row.reservedShare, row.smallMicroShare, row.compliant]).toEqual(['0.2999', '1.0000', false]);
  });

  it('exactly 30.00 % reserved, exactly 60 % of that small and micro, complies', () => {
    const row = rowOf([project('u', '1000000.00', '300000.00', '180000.00')]);
    expect([row.reservedShare, row.smallMicroShare, row.compliant]).toEqual(['0.3000', '0.6000', true]);
  });

  it('29.995 % shows as "0.3000" (rounded half up once) but is judged on the exact fraction: below the line', () => {
    const row = rowOf([project('u', '1000000.00', '299950.00', '299950.00')]);
    expect([row.reservedShare, row.compliant]).toEqual(['0.3000', false]);
  });

  it('one fen short of 60 % small and micro fails the "of which" rule', () => {
    const row = rowOf([project('u', '1000000.00', '500000.00', '299999.99')]);
    expect([row.reservedShare, row.smallMicroShare, row.compliant]).toEqual(['0.5000', '0.6000', false]);
  });

  it('shows "0.0000" of nothing reserved, and a unit reserving nothing is below the line', () => {
    const row = rowOf([project('u', '500000.00', '0.00', '0.00', { reservation: 'NONE' })]);
    expect([row.reservedShare, row.smallMicroShare, row.compliant]).toEqual(['0.0000', '0.0000', false]);
  });

  it('compares exactly with a policy of more decimals (40 % for a period, 2022)', () => {
    const figures: ComplianceFigures = { ...rowOf([project('u', '300.00', '120.00', '72.00')]) };
    expect(isCompliant(figures, { ...policy, reservedShareMin: '0.40' })).toBe(true);
    expect(isCompliant(figures, { ...policy, reservedShareMin: '0.4001' })).toBe(false);
  });

  it('rounds each share half up once, at the 4th decimal', () => {
    expect(share(yuan('1.00'), yuan('3.00'))).toBe('0.3333');
    expect(share(yuan('2.00'), yuan('3.00'))).toBe('0.6667');
    expect(share(yuan('0.01'), yuan('200.00'))).toBe('0.0001'); // 0.00005 → up
    expect(share(yuan('0.01'), yuan('200.01'))).toBe('0.0000'); // just under 0.00005 → down
  });
});

describe('what awards count for SMEs (财库〔2020〕46号)', () => {
  it('counts an SME supplier whole by its class, and a large supplier by its consortium or subcontract shares', () => {
    const row = rowOf(
      [project('u', '5000000.00', '2000000.00', '1200000.00')],
      [
        award('u', 'SMALL', '600000.00'),
        award('u', 'MEDIUM', '400000.00'),
        award('u', 'LARGE', '1000000.00', '300000.00', '120000.00'),
      ],
    );
    expect([row.awarded, row.awardedToSme, row.awardedToSmallMicro].map(String)).toEqual([
      '2000000.00',
      '1300000.00', // 600000 + 400000 + the consortium's 300000
      '720000.00', // 600000 + the consortium's 120000; a medium supplier counts for SMEs only
    ]);
  });
});

describe('rolling subordinate units into their competent unit', () => {
  const units = [unit('top'), unit('sub', 'top'), unit('subsub', 'sub'), unit('other', null, '450100')];
  const figures = figuresByUnit(
    [
      project('top', '1000000.00', '1000000.00', '800000.00', { reservation: 'WHOLE' }),
      project('sub', '5000000.00', '1400000.00', '1000000.00'),
      project('subsub', '1000.00', '0.00', '0.00', { reservation: 'NONE', category: 'GOODS' }),
      project('other', '100.00', '30.00', '18.00'),
    ],
    [],
    policy,
  );

  it('gives regulators one row per top competent unit, its whole tree summed (6001000.00, 2400000.00 reserved)', () => {
    const rows = unitRows(units, rollUp(units, figures, null), policy);
    const top = rows.find((r) => r.key === 'top')!;
    expect(rows.map((r) => r.key).sort()).toEqual(['other', 'top']);
    expect([top.budget, top.reserved, top.smallMicroReserved].map(String)).toEqual([
      '6001000.00',
      '2400000.00',
      '1800000.00',
    ]);
    expect([top.reservedShare, top.smallMicroShare, top.compliant]).toEqual(['0.3999', '0.7500', true]);
    // The sub-subordinate's small goods project, not reserved whole, is flagged on the top row.
    expect(top.flags).toEqual(['SMALL_PROJECT_NOT_RESERVED']);
  });

  it("gives a subordinate's purchaser its own subtree only", () => {
    const rows = unitRows(units, rollUp(units, figures, new Set(['sub'])), policy);
    expect(rows.map((r) => [r.key, r.budget.toString(), r.reserved.toString()])).toEqual([
      ['sub', '5001000.00', '1400000.00'],
    ]);
  });

  it('sums unit rows per city and for the region, counting compliant units', () => {
    const rows = unitRows(units, rollUp(units, figures, null), policy);
    const names = { region: { code: '450000', name: '广西壮族自治区' }, cities: new Map([['451100', '贺州市']]) };
    const [region] = groupRows(rows, 'REGION', names, policy);
    expect([region.key, region.budget.toString(), region.unitCount, region.compliantUnitCount]).toEqual([
      '450000',
      '6001100.00',
      2,
      2,
    ]);
    const cities = groupRows(rows, 'CITY', names, policy);
    expect(cities.map((c) => [c.key, c.name, c.unitCount])).toEqual([
      ['451100', '贺州市', 1],
      ['450100', '450100', 1],
    ]);
  });
});

describe('the order of the report', () => {
  const units = ['a', 'b', 'c', 'd'].map((id) => unit(id));
  const figures = figuresByUnit(
    [
      project('a', '100.00', '50.00', '50.00'), // compliant, 50 %
      project('b', '100.00', '20.00', '20.00'), // below, 20 %
      project('c', '100.00', '10.00', '10.00'), // below, 10 %
      project('d', '100.00', '30.00', '30.00'), // compliant, 30 %
    ],
    [],
    policy,
  );
  const rows = unitRows(units, rollUp(units, figures, null), policy);

  it('puts units below the line first, the lowest reserved share first', () => {
    expect(orderedRows(rows, null).map((r) => r.key)).toEqual(['c', 'b', 'd', 'a']);
  });

  it("continues after a page's last row", () => {
    const [, second] = orderedRows(rows, null);
    expect(orderedRows(rows, positionOf(second)).map((r) => r.key)).toEqual(['d', 'a']);
  });
});
