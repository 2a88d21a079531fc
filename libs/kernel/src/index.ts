export * from './domain-error';
export * from './money';
export * from './calendar';
