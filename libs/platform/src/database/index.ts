export * from './unique-violation';
export * from './sql-params';
