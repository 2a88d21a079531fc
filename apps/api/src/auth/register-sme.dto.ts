import { ApiProperty, OmitType } from '@nestjs/swagger';
import { NestedObject } from '@gqt/platform';
import { IsIn, IsOptional } from 'class-validator';
import { CreateEnterpriseDto } from '../enterprises/create-enterprise.dto';
import { EnterpriseResponse } from '../enterprises/enterprise.response';
import { UserCredentialsDto } from '../users/create-user.dto';
import { UserResponse } from '../users/user.response';

export class SmeEnterpriseDto extends OmitType(CreateEnterpriseDto, ['kind'] as const) {
  /** May be omitted; self sign-up is for SMEs only. @example "SME" */
  @IsOptional()
  @IsIn(['SME'], { message: 'kind must be SME (or omitted) for a self sign-up' })
  @ApiProperty({ enum: ['SME'], enumName: 'SelfSignUpKind' })
  kind?: 'SME';
}

export class RegisterSmeDto {
  @NestedObject(() => SmeEnterpriseDto)
  enterprise!: SmeEnterpriseDto;

  @NestedObject(() => UserCredentialsDto)
  user!: UserCredentialsDto;
}

export class RegisteredSmeResponse {
  enterprise!: EnterpriseResponse;

  user!: UserResponse;
}
