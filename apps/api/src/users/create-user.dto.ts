import type { NewUser } from '@gqt/identity';
import { EnumField, IdField, ROLES, TextField, type Role } from '@gqt/platform';
import { IsOptional } from 'class-validator';
import { DIVISION_CODE } from '../common/fields';

export class UserCredentialsDto {
  /** Letters, digits and . _ @ -, 3-64 characters. @example "liuzhou-parts-finance" */
  @TextField(64, {
    pattern: /^[A-Za-z0-9._@-]{3,64}$/,
    patternMessage: 'username must be 3-64 letters, digits or . _ @ -',
  })
  username!: string;

  /** At least 10 characters. @example "Pw-correct-horse-9!" */
  @TextField(128, { minLength: 10 })
  password!: string;
}

export class CreateUserDto extends UserCredentialsDto implements NewUser {
  /** @example "CORE_ENTERPRISE" */
  @EnumField(ROLES, 'Role')
  role!: Role;

  /** Required for CORE_ENTERPRISE, SME and BANK users. */
  @IsOptional()
  @IdField()
  enterpriseId?: string;

  /** Regulators only: "450000" for the region, or a city's code. @example "450200" */
  @IsOptional()
  @TextField(6, { pattern: DIVISION_CODE, patternMessage: 'jurisdiction must be a 6-digit code' })
  jurisdiction?: string;
}
