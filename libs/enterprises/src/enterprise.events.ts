import type { PublishedEvent } from '@gqt/platform';
import type { EnterpriseKind } from './domain/enterprise';

export const ENTERPRISE_EVENTS = { registered: 'enterprise.registered', updated: 'enterprise.updated' } as const;

export interface EnterpriseRegisteredPayload {
  enterpriseId: string;
  name: string;
  kind: EnterpriseKind;
  cityCode: string;
}

export type EnterpriseRegistered = PublishedEvent<typeof ENTERPRISE_EVENTS.registered, EnterpriseRegisteredPayload>;
