import { addDays, shanghaiDate, type BusinessDate } from '@gqt/kernel';
import type TestAgent from 'supertest/lib/agent';
import { API } from '../support/api';
import { Random } from './random';

export type ReceivableStatus = 'PENDING_CONFIRMATION' | 'CONFIRMED' | 'DISPUTED' | 'CANCELLED' | 'SETTLED';
export type FinancingStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN' | 'DISBURSED' | 'REPAID';

export interface Party {
  index: number;
  id: string;
  uscc: string;
  token: string;
}

export interface Bank extends Party {
  /** Its financing ratio in hundredths (domain.md: 80 unless the bank sets 50-90). */
  ratioPercent: bigint;
}

/** What the platform's answers say a receivable is; the database must agree after every step. */
export interface SimReceivable {
  index: number;
  id: string;
  creditor: number;
  debtor: number;
  status: ReceivableStatus;
  amountFen: bigint;
  confirmedFen: bigint | null;
  paidFen: bigint;
  /** References of its payments. */
  payments: string[];
  invoices: string[];
  dueDate: BusinessDate;
  /** The live financing request holding it (its index), or null. */
  financing: number | null;
}

export interface SimFinancing {
  index: number;
  id: string;
  sme: number;
  bank: number;
  status: FinancingStatus;
  receivables: number[];
  requestedFen: bigint;
  approvedFen: bigint | null;
}

export interface Answer {
  status: number;
  code?: string;
  body: Record<string, unknown>;
  replayed: boolean;
}

export interface Expected {
  status: number;
  code?: string;
}

export const LIVE_FINANCING: readonly FinancingStatus[] = ['SUBMITTED', 'APPROVED', 'DISBURSED'];

/** An answer the model did not expect: the simulation fails at this step. */
export class Mismatch extends Error {}

/**
 * The simulated world: its parties, what the platform has answered so far (the model), and the
 * HTTP client its actors use. Operations read and change it; invariants compare it with the
 * database. Everything random comes from `random`, so a seed replays the same run.
 */
export class World {
  readonly smes: Party[] = [];
  readonly cores: Party[] = [];
  readonly banks: Bank[] = [];
  readonly receivables: SimReceivable[] = [];
  readonly financing: SimFinancing[] = [];
  /** Keyed writes and their answers, for operations that send one again. */
  readonly keyed: { token: string; path: string; body: object; key: string; answer: Answer }[] = [];
  readonly today = shanghaiDate();
  private keys = 0;

  constructor(
    readonly http: TestAgent,
    readonly random: Random,
  ) {}

  /** A POST; with an Idempotency-Key half of the time (always when `key` is given). */
  async post(token: string, path: string, body: object, key?: string): Promise<Answer> {
    const useKey = key ?? (this.random.chance(0.5) ? `sim-${this.random.seed}-${(this.keys += 1)}` : undefined);
    const call = this.http.post(`${API}${path}`).auth(token, { type: 'bearer' });
    if (useKey) call.set('Idempotency-Key', useKey);
    const response = await call.send(body);
    const answer: Answer = {
      status: response.status,
      code: (response.body as { code?: string }).code,
      body: response.body as Record<string, unknown>,
      replayed: response.headers['idempotent-replayed'] === 'true',
    };
    if (useKey && !key) this.keyed.push({ token, path, body, key: useKey, answer });
    return answer;
  }

  /** The answer must be one of these; 5xx never is. */
  expect(what: string, answer: Answer, ...acceptable: Expected[]): void {
    const fine = acceptable.some((e) => e.status === answer.status && (e.code === undefined || e.code === answer.code));
    if (!fine) {
      throw new Mismatch(
        `${what}: expected ${acceptable.map((e) => `${e.status}${e.code ? ` ${e.code}` : ''}`).join(' or ')}, ` +
          `got ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`,
      );
    }
  }

  /** Fails the step: the platform did something the model rules out. */
  fail(what: string, detail: unknown): never {
    throw new Mismatch(`${what}: ${JSON.stringify(detail).slice(0, 400)}`);
  }

  /**
   * Racers of which exactly one may win (`won`); every other must be refused as one of `lost`.
   * Returns the winner's index among the answers.
   */
  oneWinner(what: string, answers: Answer[], won: number, ...lost: Expected[]): number {
    const winners = answers.filter((answer) => answer.status === won);
    if (winners.length !== 1)
      this.fail(
        `${what}: ${winners.length} winners`,
        answers.map((a) => a.body),
      );
    for (const loser of answers.filter((answer) => answer !== winners[0])) this.expect(`${what} loser`, loser, ...lost);
    return answers.indexOf(winners[0]);
  }

  /** Receivables with money outstanding. */
  owed(): SimReceivable[] {
    return this.receivables.filter((r) => this.outstanding(r) > 0n);
  }

  yuan(fen: bigint): string {
    return `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
  }

  day(offset: number): BusinessDate {
    return addDays(this.today, offset);
  }

  /** Money still owed on a confirmed receivable. */
  outstanding(r: SimReceivable): bigint {
    return r.status === 'CONFIRMED' ? (r.confirmedFen ?? 0n) - r.paidFen : 0n;
  }

  /** domain.md § Pledge financing: confirmed, money outstanding, not overdue. */
  financeable(r: SimReceivable): boolean {
    return r.status === 'CONFIRMED' && this.outstanding(r) > 0n && r.dueDate >= this.today;
  }

  /** The most a bank lends against these receivables now: its ratio of their outstanding, to the fen below. */
  limit(bank: Bank, receivables: SimReceivable[]): bigint {
    return (receivables.reduce((sum, r) => sum + this.outstanding(r), 0n) * bank.ratioPercent) / 100n;
  }

  /** Leaves a financing request: its receivables are free again. */
  release(request: SimFinancing): void {
    for (const index of request.receivables) {
      const receivable = this.receivables[index];
      if (receivable.financing === request.index) receivable.financing = null;
    }
  }

  /** A random element of `items` that `where` accepts, preferring those (`p`) over any. */
  choose<T>(items: readonly T[], where: (item: T) => boolean, p = 0.8): T | undefined {
    const preferred = items.filter(where);
    if (preferred.length > 0 && this.random.chance(p)) return this.random.pick(preferred);
    return items.length > 0 ? this.random.pick(items) : undefined;
  }
}
