import type { NewUser } from '@gqt/identity';
import { ROLES, type Role } from '@gqt/platform';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class UserCredentialsDto {
  /** Letters, digits and . _ @ -, 3-64 characters. @example "liuzhou-parts-finance" */
  @IsString()
  @Matches(/^[A-Za-z0-9._@-]{3,64}$/, { message: 'username must be 3-64 letters, digits or . _ @ -' })
  username!: string;

  /** At least 10 characters. @example "Pw-correct-horse-9!" */
  @IsString()
  @MinLength(10)
  @MaxLength(128)
  password!: string;
}

export class CreateUserDto extends UserCredentialsDto implements NewUser {
  /** @example "CORE_ENTERPRISE" */
  @IsIn(ROLES)
  role!: Role;

  /** Required for CORE_ENTERPRISE, SME and BANK users. */
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  /** Regulators only: "450000" for the region, or a city's code. @example "450200" */
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'jurisdiction must be a 6-digit code' })
  jurisdiction?: string;
}
