import type { NewAward } from '@gqt/procurement';
import { IsBusinessDate, IsMoney } from '@gqt/platform';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class AwardContractDto implements NewAward {
  /** The supplier's unified social credit code; it must be registered (422 SUPPLIER_NOT_REGISTERED). @example "91451100MA5K11117N" */
  @IsString()
  @Length(18, 18, { message: 'supplierUscc must be 18 characters' })
  supplierUscc!: string;

  /** The contract's number; once per unit (409 CONTRACT_ALREADY_AWARDED). @example "ZC-2026-0042" */
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'contractNo must not be blank' })
  contractNo!: string;

  /** Yuan; the project's awards may not exceed its budget (422 AWARDS_EXCEED_BUDGET). @example "600000.00" */
  @IsMoney()
  @MaxLength(19)
  amount!: string;

  /** The day the contract was signed: the supplier's size class of that day is frozen on the award. @example "2026-03-02" */
  @IsBusinessDate()
  signedOn!: string;

  /** A large supplier only: the part of the contract a consortium or subcontract gives to SMEs. @example "200000.00" */
  @IsOptional()
  @IsMoney()
  @MaxLength(19)
  smeShareAmount?: string;

  /** A large supplier only: of smeShareAmount, the part going to small and micro enterprises. @example "150000.00" */
  @IsOptional()
  @IsMoney()
  @MaxLength(19)
  smallMicroShareAmount?: string;
}
