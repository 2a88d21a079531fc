import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../api/client';
import { fieldPath, placeProblem } from './problem';

const refusal = (extra: Partial<Problem>) =>
  new ApiError({
    type: '/problems/x',
    title: 'Bad Request',
    status: 400,
    detail: 'invalid',
    code: 'VALIDATION_FAILED',
    ...extra,
  });

describe('fieldPath', () => {
  it('turns the API field path into a form name path', () => {
    expect(fieldPath('amount')).toEqual(['amount']);
    expect(fieldPath('invoices[1].number')).toEqual(['invoices', 1, 'number']);
    expect(fieldPath('enterprise.uscc')).toEqual(['enterprise', 'uscc']);
  });
});

describe('placeProblem', () => {
  const mounted = { debtorUscc: undefined, invoices: [{ number: '1' }, { number: '2' }], amount: undefined };

  it('puts each field error on its field', () => {
    const placement = placeProblem(
      refusal({
        errors: [
          { field: 'invoices[1].number', message: 'bad number' },
          { field: 'debtorUscc', message: 'bad code' },
        ],
      }),
      mounted,
    );
    expect(placement.onFields).toEqual([
      { name: ['invoices', 1, 'number'], errors: ['bad number'] },
      { name: ['debtorUscc'], errors: ['bad code'] },
    ]);
    expect(placement.unplaced).toEqual([]);
  });

  it('keeps errors of fields the form does not show for the message beside it', () => {
    const placement = placeProblem(refusal({ errors: [{ field: 'cursor', message: 'no' }] }), mounted);
    expect(placement.onFields).toEqual([]);
    expect(placement.unplaced).toEqual([{ field: 'cursor', message: 'no' }]);
  });

  it('puts a business refusal on the field its code is about', () => {
    const placement = placeProblem(
      refusal({ status: 422, code: 'DEBTOR_NOT_REGISTERED', detail: 'No enterprise' }),
      mounted,
      { DEBTOR_NOT_REGISTERED: 'debtorUscc' },
      '债务人尚未在平台注册',
    );
    expect(placement.onFields).toEqual([{ name: ['debtorUscc'], errors: ['债务人尚未在平台注册'] }]);
  });
});
