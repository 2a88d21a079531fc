import { DomainError } from '@gqt/kernel';
import {
  RECEIVABLE_STATUSES,
  assertCanDo,
  canDo,
  type ReceivableAction,
  type ReceivableStatus,
} from './receivable-status';

const ALLOWED: [ReceivableAction, ReceivableStatus][] = [
  ['confirm', 'PENDING_CONFIRMATION'],
  ['dispute', 'PENDING_CONFIRMATION'],
  ['cancel', 'PENDING_CONFIRMATION'],
  ['cancel', 'DISPUTED'],
  ['pay', 'CONFIRMED'],
  ['transfer', 'CONFIRMED'],
];
const ACTIONS: ReceivableAction[] = ['confirm', 'dispute', 'cancel', 'pay', 'transfer'];
const everyPair = ACTIONS.flatMap((action) => RECEIVABLE_STATUSES.map((status) => [action, status] as const));
const allowed = (action: ReceivableAction, status: ReceivableStatus) =>
  ALLOWED.some(([a, s]) => a === action && s === status);

describe('the receivable state machine', () => {
  it.each(everyPair.filter(([action, status]) => allowed(action, status)))('allows %s from %s', (action, status) => {
    expect(canDo(status, action)).toBe(true);
    expect(() => assertCanDo(status, action)).not.toThrow();
  });

  it.each(everyPair.filter(([action, status]) => !allowed(action, status)))(
    'refuses %s from %s with 409 INVALID_STATE',
    (action, status) => {
      expect(canDo(status, action)).toBe(false);
      const refusal = (() => {
        try {
          assertCanDo(status, action);
        } catch (error) {
          return error;
        }
      })() as DomainError;
      expect(refusal).toBeInstanceOf(DomainError);
      expect(refusal).toMatchObject({ kind: 'CONFLICT', code: 'INVALID_STATE' });
    },
  );
});
