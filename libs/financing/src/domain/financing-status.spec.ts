import { DomainError } from '@gqt/kernel';
import { FINANCING_STATUSES, isLive, transition, type FinancingAction, type FinancingStatus } from './financing-status';

const ALLOWED: Record<FinancingAction, Partial<Record<FinancingStatus, FinancingStatus>>> = {
  approve: { SUBMITTED: 'APPROVED' },
  reject: { SUBMITTED: 'REJECTED' },
  withdraw: { OPEN: 'WITHDRAWN', SUBMITTED: 'WITHDRAWN', APPROVED: 'WITHDRAWN' },
  disburse: { APPROVED: 'DISBURSED' },
  repay: { DISBURSED: 'REPAID' },
  accept: { OPEN: 'APPROVED' },
  expire: { OPEN: 'EXPIRED' },
};

describe('financing request states', () => {
  for (const [action, allowed] of Object.entries(ALLOWED) as [FinancingAction, Record<string, FinancingStatus>][]) {
    for (const status of FINANCING_STATUSES) {
      const to = allowed[status];
      it(`${action} from ${status}: ${to ?? '409 INVALID_STATE'}`, () => {
        if (to) {
          expect(transition(status, action)).toBe(to);
        } else {
          expect(() => transition(status, action)).toThrow(
            expect.objectContaining({ code: 'INVALID_STATE', kind: 'CONFLICT' }) as DomainError,
          );
        }
      });
    }
  }

  it('counts OPEN, SUBMITTED, APPROVED and DISBURSED as live', () => {
    expect(FINANCING_STATUSES.filter(isLive)).toEqual(['OPEN', 'SUBMITTED', 'APPROVED', 'DISBURSED']);
  });
});
