export * from './api-client.entity';
export * from './api-clients.service';
export * from './auth.service';
export * from './bootstrap-admin';
export * from './identity.module';
export * from './user.entity';
export * from './users.service';
export type { UserFilter } from './users.repository';
export * from './user-principal';
