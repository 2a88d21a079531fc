/*
 * The API's shared vocabulary: enums, their labels and event types, in plain TypeScript so that
 * the domain libs, the API's DTOs and the portal import the same lists (no framework imports).
 */
export * from './enterprises';
export * from './financing';
export * from './identity';
export * from './jobs';
export * from './matching';
export * from './onboarding';
export * from './receivables';
export * from './rewards';
export * from './webhooks';
export * from './problems';
