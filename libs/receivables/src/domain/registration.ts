import { Money, invalid, ruleViolation, type BusinessDate, type FieldError } from '@gqt/kernel';
import { checkInvoiceNumber } from './invoice-number';
import { assertLateInterestRate } from './loan-prime-rate';

export interface InvoiceLine {
  number: string;
  amount: string;
  issueDate: BusinessDate;
}

export interface RegistrationInput {
  invoices: InvoiceLine[];
  amount: string;
  deliveryDate: BusinessDate;
  dueDate: BusinessDate;
  lateInterestRate?: string;
  /** The day the contract was signed, for the LPR floor; the delivery date when not given. */
  contractDate?: BusinessDate;
}

export interface RegisteredInvoice {
  number: string;
  amount: Money;
  issueDate: BusinessDate;
}

/**
 * Checks a registration that is well-formed field by field: invoice numbers (normalised, each once),
 * dates in order and not in the future, the amount equal to the invoices' sum (422 AMOUNT_MISMATCH),
 * and an agreed late-payment rate not below the LPR.
 */
export function validateRegistration(
  input: RegistrationInput,
  today: BusinessDate,
): { invoices: RegisteredInvoice[]; amount: Money } {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const invoices = input.invoices.map((line, index) => {
    const field = `invoices[${index}]`;
    const checked = checkInvoiceNumber(line.number, line.issueDate);
    let number = line.number;
    if (typeof checked === 'string') {
      errors.push({ field: `${field}.number`, message: checked });
    } else {
      number = checked.normalised;
      const first = seen.get(number);
      if (first !== undefined) {
        errors.push({ field: `${field}.number`, message: `repeats invoices[${first}].number` });
      }
      seen.set(number, index);
    }
    if (line.issueDate > today) errors.push({ field: `${field}.issueDate`, message: 'may not be in the future' });
    const amount = Money.parse(line.amount);
    if (!amount.isPositive()) errors.push({ field: `${field}.amount`, message: 'must be greater than zero' });
    return { number, amount, issueDate: line.issueDate };
  });
  if (input.deliveryDate > today) errors.push({ field: 'deliveryDate', message: 'may not be in the future' });
  if (input.dueDate < input.deliveryDate) {
    errors.push({ field: 'dueDate', message: 'must be on or after deliveryDate' });
  }
  if (input.contractDate !== undefined && input.contractDate > today) {
    errors.push({ field: 'contractDate', message: 'may not be in the future' });
  }
  const amount = Money.parse(input.amount);
  if (!amount.isPositive()) errors.push({ field: 'amount', message: 'must be greater than zero' });
  if (errors.length > 0) {
    throw invalid('VALIDATION_FAILED', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
  const sum = Money.sum(invoices.map((i) => i.amount));
  if (!sum.equals(amount)) {
    throw ruleViolation(
      'AMOUNT_MISMATCH',
      `amount ${amount.toString()} differs from the invoices' sum ${sum.toString()}`,
    );
  }
  if (input.lateInterestRate !== undefined) {
    assertLateInterestRate(input.lateInterestRate, input.contractDate ?? input.deliveryDate);
  }
  return { invoices, amount };
}
