export * from './app.config';
export * from './auth.config';
export * from './database.config';
export * from './queue.config';
export * from './secrets.config';
export * from './validated-config';
