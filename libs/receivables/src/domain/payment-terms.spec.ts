import { assessTerms } from './payment-terms';

const large = { ownership: 'STATE_OWNED', sizeClass: 'LARGE' };
const stateOrgan = { ownership: 'STATE_ORGAN', sizeClass: 'MEDIUM' };
const publicInstitution = { ownership: 'PUBLIC_INSTITUTION', sizeClass: 'LARGE' };
const sme = { ownership: 'PRIVATE', sizeClass: 'SMALL' };

const terms = (deliveryDate: string, dueDate: string, debtor = large, registeredOn = deliveryDate) =>
  assessTerms({ deliveryDate, dueDate, registeredOn, debtor });

describe('payment terms (SME Payment Regulation art. 9) and voucher tenor (银发〔2025〕77号)', () => {
  it('counts the payment term from delivery', () => {
    expect(terms('2026-01-01', '2026-03-02').paymentTermDays).toBe(60);
  });

  it('flags a large buyer’s term above 60 days, but not 60 itself', () => {
    expect(terms('2026-01-01', '2026-03-02').flags).toEqual([]);
    expect(terms('2026-01-01', '2026-03-03').flags).toEqual(['LARGE_BUYER_TERM_OVER_60_DAYS']);
  });

  it.each([stateOrgan, publicInstitution])('flags a %o buyer’s term above 60 days', (debtor) => {
    expect(terms('2026-01-01', '2026-03-02', debtor).flags).toEqual([]);
    expect(terms('2026-01-01', '2026-03-03', debtor).flags).toEqual(['PUBLIC_BUYER_TERM_OVER_60_DAYS']);
  });

  it('does not flag an SME buyer’s long term', () => {
    expect(terms('2026-01-01', '2026-05-01', sme).flags).toEqual([]);
  });

  it('warns when the voucher runs more than 180 days from registration', () => {
    expect(terms('2026-01-01', '2026-06-30', sme, '2026-01-01').flags).toEqual([]);
    expect(terms('2026-01-01', '2026-07-01', sme, '2026-01-01').flags).toEqual(['TENOR_OVER_180_DAYS']);
  });

  it('refuses a voucher running more than 365 days with 422 TENOR_TOO_LONG', () => {
    expect(() => terms('2026-01-01', '2027-01-01', sme, '2026-01-01')).not.toThrow();
    expect(() => terms('2026-01-01', '2027-01-02', sme, '2026-01-01')).toThrow(
      expect.objectContaining({ kind: 'RULE', code: 'TENOR_TOO_LONG' }),
    );
  });
});
