import { invalid } from '@gqt/kernel';

// domain.md § Reference data: a fully digital e-invoice (数电票) has one 20-digit number whose
// digits 1–2 are the year and 3–4 the province; older VAT invoices have a 10- or 12-digit code
// and an 8-digit number, written CODE-NUMBER.
const E_INVOICE = /^\d{20}$/;
const LEGACY_INVOICE = /^(\d{10}|\d{12})-(\d{8})$/;

// GB/T 2260 province-level codes (the first two digits of an administrative division code).
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
]);

/**
 * The canonical form of an invoice number, so that one invoice cannot be registered twice by
 * writing it differently: full-width digits and dashes become ASCII, spaces go, other dashes are
 * read as the CODE-NUMBER separator.
 */
export function normaliseInvoiceNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[‐-―−﹣－]/g, '-');
}

export type InvoiceKind = 'E_INVOICE' | 'LEGACY';

export interface InvoiceNumberCheck {
  normalised: string;
  kind: InvoiceKind;
}

/** Reads an invoice number or explains what is wrong with it; `null` message means valid. */
export function checkInvoiceNumber(text: string, issueDate?: string): InvoiceNumberCheck | string {
  const normalised = normaliseInvoiceNumber(text);
  if (E_INVOICE.test(normalised)) {
    if (!PROVINCES.has(Number(normalised.slice(2, 4)))) {
      return `digits 3–4 of an e-invoice number are a province code; ${normalised.slice(2, 4)} is none`;
    }
    if (issueDate !== undefined && normalised.slice(0, 2) !== issueDate.slice(2, 4)) {
      return `digits 1–2 of an e-invoice number are the year of issue; ${normalised.slice(0, 2)} does not match issueDate ${issueDate}`;
    }
    return { normalised, kind: 'E_INVOICE' };
  }
  if (LEGACY_INVOICE.test(normalised)) return { normalised, kind: 'LEGACY' };
  return 'must be a 20-digit e-invoice number or CODE-NUMBER (10- or 12-digit code, 8-digit number)';
}

/** The normalised number, or a 400 naming the field. */
export function parseInvoiceNumber(text: string, issueDate: string | undefined, field: string): string {
  const checked = checkInvoiceNumber(text, issueDate);
  if (typeof checked === 'string') {
    throw invalid('VALIDATION_FAILED', `${field}: ${checked}`, [{ field, message: checked }]);
  }
  return checked.normalised;
}
