import { QueryFailedError } from 'typeorm';
import { CommitOutcomeUnknownError, isUnavailable, transientFault } from './transient-fault';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('transient database faults', () => {
  it('knows the rollbacks PostgreSQL asks to retry', () => {
    expect(transientFault(failedQuery(pgError('40001', 'could not serialize access')))).toBe('conflict');
    expect(transientFault(failedQuery(pgError('40P01', 'deadlock detected')))).toBe('conflict');
  });

  it('knows a lost connection, however the driver words it', () => {
    expect(transientFault(failedQuery(pgError('57P01', 'terminating connection due to administrator command')))).toBe(
      'connection',
    );
    expect(transientFault(failedQuery(new Error('Connection terminated unexpectedly')))).toBe('connection');
    expect(transientFault(new Error('Client has encountered a connection error and is not queryable'))).toBe(
      'connection',
    );
    expect(transientFault(new Error('timeout exceeded when trying to connect'))).toBe('connection');
    expect(
      transientFault(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe('connection');
    const released = Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), {
      name: 'QueryRunnerAlreadyReleasedError',
    });
    expect(transientFault(released)).toBe('connection');
  });

  it('leaves every other error alone: a retry would not help, and it is not unavailability', () => {
    expect(transientFault(failedQuery(pgError('23505', 'duplicate key value')))).toBeUndefined();
    expect(transientFault(failedQuery(pgError('25P02', 'current transaction is aborted')))).toBeUndefined();
    expect(transientFault(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeUndefined();
    expect(isUnavailable(new Error('boom'))).toBe(false);
  });

  it('counts a COMMIT of unknown outcome as unavailability, not as a fault to retry in place', () => {
    const unknown = new CommitOutcomeUnknownError(pgError('57P01'));
    expect(transientFault(unknown)).toBeUndefined();
    expect(isUnavailable(unknown)).toBe(true);
  });
});
