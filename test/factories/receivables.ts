import type TestAgent from 'supertest/lib/agent';
import { API } from '../support/api';
import { invoiceNumber, tag } from './identifiers';

/** A Shanghai calendar day, shifted by `days` from today. */
export function day(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** A registration body with sensible defaults: one invoice, delivered 10 days ago, due in 50. */
export function receivableFields(debtorUscc: string, overrides: Record<string, unknown> = {}) {
  const amount = (overrides.amount as string | undefined) ?? '100000.00';
  const issueDate = day(-10);
  return {
    debtorUscc,
    contractNo: `HT-${tag()}`,
    invoices: [{ number: invoiceNumber(Number(issueDate.slice(0, 4))), amount, issueDate }],
    amount,
    deliveryDate: issueDate,
    dueDate: day(50),
    ...overrides,
  };
}

/** Registers a receivable as the creditor's user; fails the test on anything but 201. */
export async function registerReceivable(
  http: TestAgent,
  creditorToken: string,
  debtorUscc: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [field: string]: unknown }> {
  const response = await http
    .post(`${API}/receivables`)
    .auth(creditorToken, { type: 'bearer' })
    .send(receivableFields(debtorUscc, overrides));
  if (response.status !== 201) throw new Error(`register: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function confirmReceivable(http: TestAgent, debtorToken: string, id: string, body: object = {}) {
  const response = await http.post(`${API}/receivables/${id}/confirm`).auth(debtorToken, { type: 'bearer' }).send(body);
  if (response.status !== 200) throw new Error(`confirm: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A receivable confirmed by its debtor, ready to be paid or financed. */
export async function confirmedReceivable(
  http: TestAgent,
  creditorToken: string,
  debtor: { token: string; uscc: string },
  overrides: Record<string, unknown> = {},
) {
  const registered = await registerReceivable(http, creditorToken, debtor.uscc, overrides);
  return confirmReceivable(http, debtor.token, registered.id);
}

export function pay(http: TestAgent, debtorToken: string, id: string, amount: string, reference = `PAY-${tag()}`) {
  return http
    .post(`${API}/receivables/${id}/payments`)
    .auth(debtorToken, { type: 'bearer' })
    .send({ amount, paidOn: day(0), reference });
}
