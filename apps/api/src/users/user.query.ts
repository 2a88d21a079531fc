import { PageQuery } from '@gqt/platform';
import { IsOptional, IsUUID } from 'class-validator';

export class UserQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;
}
