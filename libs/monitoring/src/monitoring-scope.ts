import { forbidden } from '@gqt/kernel';
import { isRegionRegulator, type Principal, type SqlParams } from '@gqt/platform';

/**
 * Whose receivables a caller may see in monitoring (api-contract.md § Monitoring): the operator
 * and region regulators everything, a city regulator the receivables whose creditor or debtor is
 * in its city, an enterprise those where it is the creditor or the debtor.
 */
export type MonitoringScope =
  { kind: 'ALL' } | { kind: 'CITY'; cityCode: string } | { kind: 'ENTERPRISE'; enterpriseId: string };

export function scopeOf(principal: Principal): MonitoringScope {
  if (principal.role === 'ADMIN' || isRegionRegulator(principal)) return { kind: 'ALL' };
  if (principal.role === 'REGULATOR' && principal.jurisdiction)
    return { kind: 'CITY', cityCode: principal.jurisdiction };
  if (principal.type === 'user' && principal.enterpriseId)
    return { kind: 'ENTERPRISE', enterpriseId: principal.enterpriseId };
  throw forbidden('Monitoring is for regulators, the operator and enterprises (their own side)');
}

/** The scope as a condition on rows that have creditor/debtor ids and city codes; null for ALL. */
export function scopeSql(scope: MonitoringScope, alias: string, params: SqlParams): string | null {
  switch (scope.kind) {
    case 'ALL':
      return null;
    case 'CITY': {
      const city = params.add(scope.cityCode);
      return `(${alias}.creditor_city_code = ${city} OR ${alias}.debtor_city_code = ${city})`;
    }
    case 'ENTERPRISE': {
      const enterprise = params.add(scope.enterpriseId);
      return `(${alias}.creditor_id = ${enterprise} OR ${alias}.debtor_id = ${enterprise})`;
    }
  }
}
