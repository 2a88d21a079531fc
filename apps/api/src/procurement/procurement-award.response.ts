import { DateField, IdField, ListField, MoneyField, TextField, TimestampField } from '@gqt/platform';
import { NameField, NextCursorField } from '../common/fields';
import { Money } from '@gqt/kernel';
import { SIZE_CLASSES, type SizeClass } from '@gqt/enterprises';
import { PROJECT_CATEGORIES, countedAmounts, type AwardDetails, type ProjectCategory } from '@gqt/procurement';
import { ApiProperty } from '@nestjs/swagger';
import { EnterpriseSummary } from '../enterprises/enterprise.response';
import { PledgeResponse, RepaymentAccountResponse } from '../receivables/receivable.response';

export class AwardProjectSummary {
  @IdField()
  id!: string;

  /** @example "办公设备采购" */
  @NameField()
  name!: string;

  /** @example 2026 */
  year!: number;

  @ApiProperty({ enum: PROJECT_CATEGORIES, enumName: 'ProjectCategory', example: 'GOODS' })
  category!: ProjectCategory;
}

export class AcceptanceResponse {
  @IdField()
  id!: string;

  /** @example "2026-04-01" */
  @DateField()
  acceptedOn!: string;

  /** @example "200000.00" */
  @MoneyField()
  amount!: string;

  /** The confirmed receivable the acceptance became. */
  @IdField()
  receivableId!: string;

  @TimestampField()
  createdAt!: Date;
}

export class ProcurementAwardResponse {
  @IdField()
  id!: string;

  @IdField()
  projectId!: string;

  project!: AwardProjectSummary;

  @IdField()
  unitId!: string;

  /** The purchasing unit: the debtor of the contract's receivables. */
  unit!: EnterpriseSummary;

  @IdField()
  supplierId!: string;

  supplier!: EnterpriseSummary;

  /** The supplier's size class on the day of signing (2011 standard), frozen. */
  @ApiProperty({ enum: SIZE_CLASSES, enumName: 'SizeClass', example: 'SMALL' })
  supplierSizeClass!: SizeClass;

  /** @example "ZC-2026-0042" */
  @TextField(100)
  contractNo!: string;

  /** @example "600000.00" */
  @MoneyField()
  amount!: string;

  /** @example "2026-03-02" */
  @DateField()
  signedOn!: string;

  /** A large supplier's consortium or subcontract part going to SMEs. @example "0.00" */
  @MoneyField()
  smeShareAmount!: string;

  /** Of that, the part going to small and micro enterprises. @example "0.00" */
  @MoneyField()
  smallMicroShareAmount!: string;

  /** What the award counts for SMEs in compliance: the whole for an SME supplier. @example "600000.00" */
  @MoneyField()
  countedToSme!: string;

  /** What it counts for small and micro enterprises. @example "600000.00" */
  @MoneyField()
  countedToSmallMicro!: string;

  /** The sum of its acceptances. @example "200000.00" */
  @MoneyField()
  acceptedAmount!: string;

  @ListField({ maxItems: 10_000, of: AcceptanceResponse })
  acceptances!: AcceptanceResponse[];

  /** The live contract financing request (政采贷) that holds the award, if any. */
  @IdField()
  financingRequestId!: string | null;

  /** Once that loan is disbursed: the account the purchaser pays into. */
  repaymentAccount!: RepaymentAccountResponse | null;

  /** Once that loan is disbursed: the bank and the pledge's registration. */
  pledge!: PledgeResponse | null;

  @TimestampField()
  createdAt!: Date;

  @TimestampField()
  updatedAt!: Date;

  static of({ award: a, acceptances }: AwardDetails): ProcurementAwardResponse {
    const counted = countedAmounts({
      sizeClass: a.supplierSizeClass,
      amount: Money.parse(a.amount),
      smeShare: Money.parse(a.smeShareAmount),
      smallMicroShare: Money.parse(a.smallMicroShareAmount),
    });
    return {
      id: a.id,
      projectId: a.projectId,
      project: { id: a.project!.id, name: a.project!.name, year: a.project!.year, category: a.project!.category },
      unitId: a.unitId,
      unit: EnterpriseSummary.of(a.unit!),
      supplierId: a.supplierId,
      supplier: EnterpriseSummary.of(a.supplier!),
      supplierSizeClass: a.supplierSizeClass,
      contractNo: a.contractNo,
      amount: a.amount,
      signedOn: a.signedOn,
      smeShareAmount: a.smeShareAmount,
      smallMicroShareAmount: a.smallMicroShareAmount,
      countedToSme: counted.toSme.toString(),
      countedToSmallMicro: counted.toSmallMicro.toString(),
      acceptedAmount: a.acceptedAmount,
      acceptances: acceptances.map((x) => ({
        id: x.id,
        acceptedOn: x.acceptedOn,
        amount: x.amount,
        receivableId: x.receivableId,
        createdAt: x.createdAt,
      })),
      financingRequestId: a.financingRequestId,
      repaymentAccount: a.pledge?.repaymentAccount ?? null,
      pledge: a.pledge,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    };
  }
}

export class ProcurementAwardPage {
  @ListField({ maxItems: 200, of: ProcurementAwardResponse })
  items!: ProcurementAwardResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}
