export { runAfterCommit } from './resilient-transactions';
export * from './transient-fault';
export * from './unique-violation';
export * from './sql-params';
