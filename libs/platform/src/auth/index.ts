export * from './auth.decorator';
export * from './auth.module';
export * from './access-token';
export * from './permissions';
export * from './principal';
export * from './token-versions';
