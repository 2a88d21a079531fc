import { checkInvoiceNumber, normaliseInvoiceNumber, parseInvoiceNumber } from './invoice-number';

describe('invoice numbers', () => {
  it('accepts a 20-digit e-invoice number whose year matches the issue date', () => {
    expect(checkInvoiceNumber('26452000000012345678', '2026-11-02')).toEqual({
      normalised: '26452000000012345678',
      kind: 'E_INVOICE',
    });
  });

  it('refuses an e-invoice number whose year digits differ from the issue year', () => {
    expect(checkInvoiceNumber('25452000000012345678', '2026-01-02')).toMatch(/year of issue/);
  });

  it('refuses an e-invoice number whose digits 3–4 are no province', () => {
    expect(checkInvoiceNumber('26992000000012345678', '2026-01-02')).toMatch(/province code/);
  });

  it.each(['4500123456-00012345', '450012345678-00012345'])('accepts the older CODE-NUMBER form %s', (number) => {
    expect(checkInvoiceNumber(number)).toEqual({ normalised: number, kind: 'LEGACY' });
  });

  it.each(['INV-1', '2645200000001234567', '450012345-00012345', '4500123456-0001234', '450012345600012345'])(
    'refuses %s',
    (number) => {
      expect(typeof checkInvoiceNumber(number)).toBe('string');
    },
  );

  it('normalises full-width digits, spaces and other dashes so one invoice cannot be written twice', () => {
    expect(normaliseInvoiceNumber('２６４５ 2000 0000 1234 5678')).toBe('26452000000012345678');
    expect(normaliseInvoiceNumber('4500123456－00012345')).toBe('4500123456-00012345');
    expect(normaliseInvoiceNumber('4500123456 – 00012345')).toBe('4500123456-00012345');
  });

  it('refuses a malformed number with a 400 naming the field', () => {
    expect(() => parseInvoiceNumber('x', undefined, 'invoices[0].number')).toThrow(
      expect.objectContaining({
        kind: 'INVALID',
        details: { fieldErrors: [expect.objectContaining({ field: 'invoices[0].number' })] },
      }),
    );
  });
});
