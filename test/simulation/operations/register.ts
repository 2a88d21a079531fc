import { invoiceNumber } from '../../factories/identifiers';
import type { Operation } from '../operation';
import type { Expected } from '../world';

/** An SME registers a receivable on a core enterprise; now and then a refused one. */
export const register: Operation = {
  name: 'register',
  weight: 14,
  applicable: () => true,
  async run(world) {
    const { random } = world;
    const sme = random.pick(world.smes);
    const core = random.pick(world.cores);
    const deliveryDate = world.day(-random.between(1, 30));
    const lines = Array.from({ length: random.between(1, 3) }, () => ({
      number: invoiceNumber(Number(deliveryDate.slice(0, 4))),
      fen: BigInt(random.between(100_000, 50_000_000)),
    }));
    const total = lines.reduce((sum, line) => sum + line.fen, 0n);
    let expected: Expected = { status: 201 };
    let variant = 'valid';
    const flaw = random.int(12);
    const live = (number: string) =>
      world.receivables.some((r) => r.status !== 'CANCELLED' && r.invoices.includes(number));
    if (flaw === 0) {
      variant = 'amount not the invoices’ sum';
      expected = { status: 422, code: 'AMOUNT_MISMATCH' };
    } else if (flaw === 1 || flaw === 2) {
      // An invoice number of an earlier receivable: refused while that one holds it, free once cancelled.
      const earlier = world.choose(world.receivables, (r) => (flaw === 1) === (r.status !== 'CANCELLED'), 1);
      if (earlier) {
        lines[0].number = random.pick(earlier.invoices);
        variant = `invoice of #${earlier.index} (${earlier.status})`;
        if (live(lines[0].number)) expected = { status: 409, code: 'INVOICE_ALREADY_REGISTERED' };
      }
    }
    const overdue = flaw === 3;
    const dueDate = overdue ? world.day(-1) : world.day(random.between(60, 180));
    const answer = await world.post(sme.token, '/receivables', {
      debtorUscc: core.uscc,
      contractNo: `HT-SIM-${random.seed}-${world.receivables.length}`,
      invoices: lines.map((line) => ({ number: line.number, amount: world.yuan(line.fen), issueDate: deliveryDate })),
      amount: world.yuan(flaw === 0 ? total + 1n : total),
      deliveryDate,
      dueDate,
    });
    world.expect('register', answer, expected);
    if (answer.status !== 201) return `register (${variant}) refused ${answer.code}`;
    const index = world.receivables.length;
    world.receivables.push({
      index,
      id: answer.body.id as string,
      creditor: sme.index,
      debtor: core.index,
      status: 'PENDING_CONFIRMATION',
      amountFen: total,
      confirmedFen: null,
      paidFen: 0n,
      payments: [],
      invoices: lines.map((line) => line.number),
      dueDate,
      financing: null,
    });
    return `register #${index} ${world.yuan(total)} sme${sme.index}→core${core.index}${overdue ? ' (due yesterday)' : ''} (${variant})`;
  },
};
