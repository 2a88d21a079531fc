import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UsersService } from '@gqt/identity';
import { ApiProblems, Auth, CurrentPrincipal, UuidParam, actorOf, mapPage, type Principal } from '@gqt/platform';
import { CreateUserDto } from './create-user.dto';
import { UserPage, UserResponse } from './user.response';
import { UserQuery } from './user.query';

@ApiTags('Users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Creates a user; the role must fit the enterprise's kind. */
  @ApiProblems({ 409: ['USERNAME_TAKEN'] })
  @Auth('users:manage')
  @Post()
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto): Promise<UserResponse> {
    return UserResponse.of(await this.users.create(actorOf(principal), body));
  }

  /** Users, newest first, with their enterprise's name; filter by enterprise or role. */
  @Auth('users:manage')
  @Get()
  async list(@Query() query: UserQuery): Promise<UserPage> {
    return mapPage(await this.users.list(query, query), UserResponse.listed);
  }

  /**
   * Disables a user: it can no longer log in, and the tokens it holds stop working within a
   * second. Audited as user.disabled. Errors: 404 for an unknown user, 422 CANNOT_DISABLE_SELF.
   */
  @Auth('users:manage')
  @Post(':id/disable')
  @HttpCode(200)
  async disable(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<UserResponse> {
    return UserResponse.of(await this.users.setDisabled(principal, id, true));
  }

  /** Lets a disabled user log in again (its old tokens stay ended). Audited as user.enabled. Errors: 404. */
  @Auth('users:manage')
  @Post(':id/enable')
  @HttpCode(200)
  async enable(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<UserResponse> {
    return UserResponse.of(await this.users.setDisabled(principal, id, false));
  }
}
