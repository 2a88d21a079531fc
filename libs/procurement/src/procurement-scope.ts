import { Injectable } from '@nestjs/common';
import { forbidden } from '@gqt/kernel';
import { EnterprisesService } from '@gqt/enterprises';
import { isRegionRegulator, type Principal } from '@gqt/platform';

/**
 * What of procurement a caller may see (api-contract.md § Government procurement for SMEs): the
 * operator and region regulators everything, a city regulator its city's units, a purchaser its
 * own unit and every unit below it (a competent unit answers for its subordinates), a supplier
 * the contracts it won, a bank the contracts held by a financing request made to it.
 */
export type ProcurementScope =
  | { kind: 'ALL' }
  | { kind: 'CITY'; cityCode: string }
  | { kind: 'UNITS'; ownUnitId: string; unitIds: string[] }
  | { kind: 'SUPPLIER'; enterpriseId: string }
  | { kind: 'BANK'; bankId: string };

@Injectable()
export class ProcurementScopes {
  constructor(private readonly enterprises: EnterprisesService) {}

  async of(principal: Principal): Promise<ProcurementScope> {
    if (principal.role === 'ADMIN' || isRegionRegulator(principal)) return { kind: 'ALL' };
    if (principal.role === 'REGULATOR' && principal.jurisdiction) {
      return { kind: 'CITY', cityCode: principal.jurisdiction };
    }
    if (!principal.enterpriseId) throw forbidden('Procurement is for purchasers, suppliers, banks and regulators');
    if (principal.role === 'PURCHASER') {
      const unitIds = await this.enterprises.subtreeOf(principal.enterpriseId);
      return { kind: 'UNITS', ownUnitId: principal.enterpriseId, unitIds };
    }
    if (principal.role === 'BANK') return { kind: 'BANK', bankId: principal.enterpriseId };
    return { kind: 'SUPPLIER', enterpriseId: principal.enterpriseId };
  }
}
