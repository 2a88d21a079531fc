import { Logger } from '@nestjs/common';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsServiceManager } from 'nestjs-cls';
import type { DataSource } from 'typeorm';
import { CommitOutcomeUnknownError, transientFault } from './transient-fault';

// Attempts of one transaction that meets transient faults before it commits, and the pause
// before each retry: 25-50 ms, then 50-100 ms, ... (exponential with jitter, so that requests
// that failed together do not collide again together).
const MAX_ATTEMPTS = 4;
const FIRST_PAUSE_MS = 25;

const AFTER_COMMIT = Symbol('gqt:after-commit');
type Callbacks = (() => Promise<unknown>)[];

const logger = new Logger('Transactions');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cls = () => ClsServiceManager.getClsService();

/**
 * Runs `work` once the transaction the caller is in has committed, or at once outside a transaction.
 * For what must not happen before the data it refers to is visible to others (e.g. enqueueing a
 * job for a row this transaction writes); it does not run if the transaction rolls back. A failure
 * is logged, not thrown: the transaction has committed already.
 */
export async function runAfterCommit(work: () => Promise<unknown>): Promise<void> {
  const pending = cls().isActive() ? cls().get<Callbacks | undefined>(AFTER_COMMIT) : undefined;
  if (pending) pending.push(work);
  else await work();
}

async function runCallbacks(callbacks: Callbacks): Promise<void> {
  for (const callback of callbacks) {
    await callback().catch((error: unknown) => logger.warn({ err: error }, 'work after commit failed'));
  }
}

/**
 * The TypeORM adapter of @nestjs-cls/transactional, made to survive the faults that are nobody's
 * fault: an outermost transaction that meets a serialization failure, a deadlock or a lost
 * connection before COMMIT is run again on a fresh connection (bounded, with jitter). A connection
 * lost during COMMIT leaves the outcome unknown: that is reported as CommitOutcomeUnknownError,
 * never retried here. Work registered with `runAfterCommit` runs after the outermost commit.
 */
export class ResilientTransactionalAdapter extends TransactionalAdapterTypeOrm {
  constructor(options: ConstructorParameters<typeof TransactionalAdapterTypeOrm>[0]) {
    super(options);
    const plain = this.optionsFactory;
    this.optionsFactory = (dataSource: DataSource) => {
      const base = plain(dataSource);
      return {
        ...base,
        wrapWithTransaction: async (options, fn, setClient) => {
          for (let attempt = 1; ; attempt += 1) {
            const callbacks: Callbacks = [];
            let bodyDone = false;
            try {
              const result: unknown = await base.wrapWithTransaction(
                options,
                async () => {
                  cls().set(AFTER_COMMIT, callbacks);
                  const value: unknown = await fn();
                  bodyDone = true;
                  return value;
                },
                setClient,
              );
              await runCallbacks(callbacks);
              return result;
            } catch (error) {
              const fault = transientFault(error);
              if (bodyDone && fault === 'connection') throw new CommitOutcomeUnknownError(error);
              if (!fault || attempt >= MAX_ATTEMPTS) throw error;
              logger.warn({ err: error, attempt }, 'transaction met a transient fault; running it again');
              await sleep(FIRST_PAUSE_MS * 2 ** (attempt - 1) * (1 + Math.random()));
            }
          }
        },
        // A savepoint keeps its own list: what it registered is dropped if it rolls back.
        wrapWithNestedTransaction: async (options, fn, setClient, client) => {
          const outer = cls().get<Callbacks | undefined>(AFTER_COMMIT);
          const callbacks: Callbacks = [];
          const result: unknown = await base.wrapWithNestedTransaction(
            options,
            async (): Promise<unknown> => {
              cls().set(AFTER_COMMIT, callbacks);
              return fn();
            },
            setClient,
            client,
          );
          outer?.push(...callbacks);
          return result;
        },
      };
    };
  }
}
