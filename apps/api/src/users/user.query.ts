import { PageQuery, ROLES, type Role } from '@gqt/platform';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class UserQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}
