import { UsccField } from '../common/fields';
import { DateField, MoneyField, TextField } from '@gqt/platform';
import type { NewAward } from '@gqt/procurement';
import { IsOptional } from 'class-validator';

export class AwardContractDto implements NewAward {
  /** The supplier's unified social credit code; it must be registered (422 SUPPLIER_NOT_REGISTERED). @example "91451100MA5K11117N" */
  @UsccField()
  supplierUscc!: string;

  /** The contract's number; once per unit (409 CONTRACT_ALREADY_AWARDED). @example "ZC-2026-0042" */
  @TextField(100, { pattern: /\S/, patternMessage: 'contractNo must not be blank' })
  contractNo!: string;

  /** Yuan; the project's awards may not exceed its budget (422 AWARDS_EXCEED_BUDGET). @example "600000.00" */
  @MoneyField()
  amount!: string;

  /** The day the contract was signed: the supplier's size class of that day is frozen on the award. @example "2026-03-02" */
  @DateField()
  signedOn!: string;

  /** A large supplier only: the part of the contract a consortium or subcontract gives to SMEs. @example "200000.00" */
  @IsOptional()
  @MoneyField()
  smeShareAmount?: string;

  /** A large supplier only: of smeShareAmount, the part going to small and micro enterprises. @example "150000.00" */
  @IsOptional()
  @MoneyField()
  smallMicroShareAmount?: string;
}
