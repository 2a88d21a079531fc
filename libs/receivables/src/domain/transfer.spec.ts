import { DomainError, Money } from '@gqt/kernel';
import { MAX_TREE_PIECES, assertTransferee, split, type TransferSource } from './transfer';

const yuan = (text: string) => Money.parse(text);
const today = '2026-11-01';
const root: TransferSource = {
  status: 'CONFIRMED',
  amount: yuan('100000.00'),
  confirmedAmount: yuan('80000.00'),
  paidAmount: Money.ZERO,
  transferredAmount: Money.ZERO,
  deliveryDate: '2026-10-01',
  dueDate: '2026-12-30',
  tier: 1,
  pledged: false,
  treePieces: 1,
};

const refusal = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('splitting a confirmed receivable', () => {
  it('passes part on: the holder keeps the rest, the piece is one tier down', () => {
    const result = split(root, yuan('30000.00'), today, 10);
    expect(result.transferredAmount.toString()).toBe('30000.00');
    expect(result.passesOnAll).toBe(false);
    expect(result.tier).toBe(2);
  });

  it('counts what was passed on and paid before: passing on the rest ends it TRANSFERRED', () => {
    const held = { ...root, paidAmount: yuan('10000.00'), transferredAmount: yuan('30000.00') };
    const result = split(held, yuan('40000.00'), today, 10);
    expect(result.transferredAmount.toString()).toBe('70000.00');
    expect(result.passesOnAll).toBe(true);
  });

  it('allows the due date itself (not overdue yet) and the last tier the policy allows', () => {
    expect(split({ ...root, dueDate: today }, yuan('1.00'), today, 10).tier).toBe(2);
    expect(split({ ...root, tier: 9 }, yuan('0.01'), today, 10).tier).toBe(10);
  });

  it('takes a piece until the tree holds the most pieces one tree may take (422 TREE_PIECE_LIMIT)', () => {
    expect(split({ ...root, treePieces: MAX_TREE_PIECES - 1 }, yuan('1.00'), today, 10).tier).toBe(2);
    expect(refusal(() => split({ ...root, treePieces: MAX_TREE_PIECES }, yuan('1.00'), today, 10))).toMatchObject({
      kind: 'RULE',
      code: 'TREE_PIECE_LIMIT',
    });
  });

  it.each([
    ['PENDING_CONFIRMATION', 'CONFLICT', 'INVALID_STATE'],
    ['SETTLED', 'CONFLICT', 'INVALID_STATE'],
    ['TRANSFERRED', 'CONFLICT', 'INVALID_STATE'],
    ['DISPUTED', 'CONFLICT', 'INVALID_STATE'],
  ] as const)('refuses a receivable that is %s', (status, kind, code) => {
    expect(refusal(() => split({ ...root, status }, yuan('1.00'), today, 10))).toMatchObject({ kind, code });
  });

  it('refuses an overdue receivable (422 RECEIVABLE_OVERDUE) and a pledged one (409 RECEIVABLE_ALREADY_PLEDGED)', () => {
    expect(refusal(() => split({ ...root, dueDate: '2026-10-31' }, yuan('1.00'), today, 10))).toMatchObject({
      kind: 'RULE',
      code: 'RECEIVABLE_OVERDUE',
    });
    expect(refusal(() => split({ ...root, pledged: true }, yuan('1.00'), today, 10))).toMatchObject({
      kind: 'CONFLICT',
      code: 'RECEIVABLE_ALREADY_PLEDGED',
    });
  });

  it.each(['0.00', '80000.01'])('refuses an amount of %s outside 0.01 … outstanding (422)', (amount) => {
    expect(refusal(() => split(root, yuan(amount), today, 10))).toMatchObject({
      kind: 'RULE',
      code: 'AMOUNT_EXCEEDS_OUTSTANDING',
    });
  });

  it('refuses a piece beyond the tier limit (422 TIER_LIMIT)', () => {
    expect(refusal(() => split({ ...root, tier: 10 }, yuan('1.00'), today, 10))).toMatchObject({ code: 'TIER_LIMIT' });
    expect(refusal(() => split(root, yuan('1.00'), today, 1))).toMatchObject({ code: 'TIER_LIMIT' });
  });
});

describe('who may receive a piece', () => {
  const parties = { holderId: 'holder', debtorId: 'debtor' };

  it('is a registered SME other than the holder and the debtor', () => {
    expect(assertTransferee({ id: 'next', kind: 'SME' }, parties, 'X')).toEqual({ id: 'next', kind: 'SME' });
    expect(refusal(() => assertTransferee(null, parties, 'X'))).toMatchObject({ code: 'TRANSFEREE_NOT_ELIGIBLE' });
    expect(refusal(() => assertTransferee({ id: 'bank', kind: 'BANK' }, parties, 'X'))).toMatchObject({
      code: 'TRANSFEREE_NOT_ELIGIBLE',
    });
    expect(refusal(() => assertTransferee({ id: 'debtor', kind: 'SME' }, parties, 'X'))).toMatchObject({
      code: 'TRANSFEREE_NOT_ELIGIBLE',
    });
    expect(refusal(() => assertTransferee({ id: 'holder', kind: 'SME' }, parties, 'X'))).toMatchObject({
      kind: 'RULE',
      code: 'SELF_DEALING',
    });
  });
});
