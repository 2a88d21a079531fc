import { EnumField, IdField, PageQuery, ROLES, type Role } from '@gqt/platform';
import { IsOptional } from 'class-validator';

export class UserQuery extends PageQuery {
  @IsOptional()
  @IdField()
  enterpriseId?: string;

  @IsOptional()
  @EnumField(ROLES, 'Role')
  role?: Role;
}
