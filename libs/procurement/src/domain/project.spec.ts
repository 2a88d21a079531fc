import { Money } from '@gqt/kernel';
import { DEFAULT_POLICY_TERMS } from './policy';
import { checkProject, projectFlags, type ProjectTerms } from './project';

const terms = (overrides: Partial<Record<keyof ProjectTerms, unknown>> = {}): ProjectTerms => {
  const money = (key: string, fallback: string) =>
    Money.parse((overrides[key as keyof ProjectTerms] as string) ?? fallback);
  return {
    category: (overrides.category as ProjectTerms['category']) ?? 'GOODS',
    reservation: (overrides.reservation as ProjectTerms['reservation']) ?? 'PACKAGE',
    budget: money('budget', '1000000.00'),
    reserved: money('reserved', '400000.00'),
    smallMicroReserved: money('smallMicroReserved', '300000.00'),
    reason: (overrides.reason as string | null | undefined) ?? null,
  };
};

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    const e = error as { code: string; kind: string; details: { fieldErrors?: { field: string }[] } };
    return [e.kind, e.code, e.details.fieldErrors?.[0]?.field];
  }
  return null;
};

describe('declaring a project', () => {
  it('accepts each form of reservation within the budget', () => {
    expect(refusal(() => checkProject(terms()))).toBeNull();
    expect(refusal(() => checkProject(terms({ reservation: 'WHOLE', reserved: '1000000.00' })))).toBeNull();
    const none = terms({ reservation: 'NONE', reserved: '0', smallMicroReserved: '0', reason: '专用设备' });
    expect(refusal(() => checkProject(none))).toBeNull();
  });

  it('refuses reservations beyond the budget, or small-micro beyond the reserved (422)', () => {
    expect(refusal(() => checkProject(terms({ reserved: '1000000.01' })))).toEqual([
      'RULE',
      'RESERVATION_EXCEEDS_BUDGET',
      undefined,
    ]);
    expect(refusal(() => checkProject(terms({ smallMicroReserved: '400000.01' })))).toEqual([
      'RULE',
      'RESERVATION_EXCEEDS_BUDGET',
      undefined,
    ]);
  });

  it('refuses a WHOLE reservation of less than the budget, NONE without a reason or with money, a partial form of nothing (400)', () => {
    expect(refusal(() => checkProject(terms({ reservation: 'WHOLE' })))).toEqual([
      'INVALID',
      'VALIDATION_FAILED',
      'reservedAmount',
    ]);
    expect(
      refusal(() => checkProject(terms({ reservation: 'NONE', reserved: '0', smallMicroReserved: '0', reason: ' ' }))),
    ).toEqual(['INVALID', 'VALIDATION_FAILED', 'reason']);
    expect(refusal(() => checkProject(terms({ reservation: 'NONE', reason: '专用设备' })))).toEqual([
      'INVALID',
      'VALIDATION_FAILED',
      'reservedAmount',
    ]);
    expect(refusal(() => checkProject(terms({ reserved: '0', smallMicroReserved: '0' })))).toEqual([
      'INVALID',
      'VALIDATION_FAILED',
      'reservedAmount',
    ]);
    expect(refusal(() => checkProject(terms({ budget: '0', reserved: '0', smallMicroReserved: '0' })))).toEqual([
      'INVALID',
      'VALIDATION_FAILED',
      'budgetAmount',
    ]);
  });
});

describe('small projects not reserved whole (财库〔2020〕46号: up to ¥2 M goods and services, ¥4 M works)', () => {
  const flags = (category: ProjectTerms['category'], budget: string, reservation: ProjectTerms['reservation']) =>
    projectFlags({ category, budget: Money.parse(budget), reservation }, DEFAULT_POLICY_TERMS);

  it('flags them at and below the threshold of their category, never when reserved whole', () => {
    expect(flags('GOODS', '2000000.00', 'PACKAGE')).toEqual(['SMALL_PROJECT_NOT_RESERVED']);
    expect(flags('SERVICES', '2000000.01', 'PACKAGE')).toEqual([]);
    expect(flags('WORKS', '4000000.00', 'NONE')).toEqual(['SMALL_PROJECT_NOT_RESERVED']);
    expect(flags('WORKS', '2500000.00', 'WHOLE')).toEqual([]);
  });
});
