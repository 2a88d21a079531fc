import { assertParentAllowed, isPurchaser } from './purchaser';

const unit = (id: string, ownership: 'STATE_ORGAN' | 'PUBLIC_INSTITUTION' | 'PRIVATE' = 'STATE_ORGAN') => ({
  id,
  kind: 'BUYER' as const,
  ownership,
});
const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('purchasing units and their competent units', () => {
  it('are buyers owned by the state', () => {
    expect(isPurchaser(unit('a'))).toBe(true);
    expect(isPurchaser(unit('a', 'PUBLIC_INSTITUTION'))).toBe(true);
    expect(isPurchaser(unit('a', 'PRIVATE'))).toBe(false);
    expect(isPurchaser({ kind: 'CORE', ownership: 'STATE_ORGAN' })).toBe(false);
  });

  it('take another purchaser as parent, never a non-purchaser, never themselves or one of their own subordinates', () => {
    expect(codeOf(() => assertParentAllowed(unit('child'), unit('parent'), ['grandparent']))).toBeNull();
    expect(codeOf(() => assertParentAllowed(unit('child', 'PRIVATE'), unit('parent'), []))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => assertParentAllowed(unit('child'), unit('parent', 'PRIVATE'), []))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => assertParentAllowed(unit('child'), null, []))).toBe('VALIDATION_FAILED');
    expect(codeOf(() => assertParentAllowed(unit('child'), unit('child'), []))).toBe('PARENT_CYCLE');
    // child → ... : the new parent's ancestors include the child itself.
    expect(codeOf(() => assertParentAllowed(unit('child'), unit('grandchild'), ['sub', 'child']))).toBe('PARENT_CYCLE');
  });
});
