import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UsersService } from '@gqt/identity';
import { Auth, CurrentPrincipal, actorOf, mapPage, ApiProblems, type Principal } from '@gqt/platform';
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
}
