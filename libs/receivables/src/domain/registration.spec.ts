import { validateRegistration, type RegistrationInput } from './registration';

const today = '2026-11-30';
const input = (overrides: Partial<RegistrationInput> = {}): RegistrationInput => ({
  invoices: [
    { number: '26452000000012345678', amount: '300000.00', issueDate: '2026-11-02' },
    { number: '4500123456-00012345', amount: '200000.50', issueDate: '2026-11-03' },
  ],
  amount: '500000.50',
  deliveryDate: '2026-11-02',
  dueDate: '2027-01-01',
  ...overrides,
});

describe('registration rules', () => {
  it('accepts invoices that sum to the amount, normalising their numbers', () => {
    const registered = validateRegistration(
      input({ invoices: [{ number: '2645 2000 0000 1234 5678', amount: '500000.5', issueDate: '2026-11-02' }] }),
      today,
    );
    expect(registered.amount.toString()).toBe('500000.50');
    expect(registered.invoices[0].number).toBe('26452000000012345678');
  });

  it('refuses an amount that is not the invoices’ sum with 422 AMOUNT_MISMATCH', () => {
    expect(() => validateRegistration(input({ amount: '500000.51' }), today)).toThrow(
      expect.objectContaining({ kind: 'RULE', code: 'AMOUNT_MISMATCH' }),
    );
  });

  it('refuses a due date before delivery, future dates and one invoice twice with 400 naming the fields', () => {
    const fields = (overrides: Partial<RegistrationInput>) => {
      try {
        validateRegistration(input(overrides), today);
      } catch (error) {
        return (error as { details: { fieldErrors: { field: string }[] } }).details.fieldErrors.map((e) => e.field);
      }
    };
    expect(fields({ dueDate: '2026-11-01' })).toEqual(['dueDate']);
    expect(fields({ deliveryDate: '2026-12-01', dueDate: '2027-01-01' })).toEqual(['deliveryDate']);
    expect(
      fields({
        invoices: [
          { number: '26452000000012345678', amount: '1.00', issueDate: '2026-11-02' },
          { number: '26452000000012345678', amount: '1.00', issueDate: '2026-12-02' },
        ],
        amount: '2.00',
      }),
    ).toEqual(['invoices[1].number', 'invoices[1].issueDate']);
  });

  it('refuses an agreed late-payment rate below the LPR at signing', () => {
    expect(() => validateRegistration(input({ lateInterestRate: '0.0299' }), today)).toThrow(
      expect.objectContaining({ code: 'LATE_INTEREST_BELOW_LPR' }),
    );
    expect(() => validateRegistration(input({ lateInterestRate: '0.0365' }), today)).not.toThrow();
  });
});
