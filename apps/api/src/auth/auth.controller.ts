import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthService, UsersService } from '@gqt/identity';
import { ApiProblems, Auth, CurrentPrincipal, Public, type Principal } from '@gqt/platform';
import type { Request } from 'express';
import { EnterpriseResponse } from '../enterprises/enterprise.response';
import { UserResponse } from '../users/user.response';
import { ChangePasswordDto } from './change-password.dto';
import { AccessTokenResponse, LoginDto } from './login.dto';
import { KeyListsService } from '@gqt/matching';
import { MeResponse } from './me.response';
import { RegisterSmeDto, RegisteredSmeResponse } from './register-sme.dto';

@ApiTags('Authentication')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly keyLists: KeyListsService,
  ) {}

  /**
   * Logs a user in. A wrong username and a wrong password are the same 401 INVALID_CREDENTIALS;
   * repeated failures for one username and address are 429 with Retry-After.
   */
  @ApiProblems({ 401: ['INVALID_CREDENTIALS'], 429: ['TOO_MANY_FAILED_LOGINS'] })
  @Public()
  @Post('auth/login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Req() request: Request): Promise<AccessTokenResponse> {
    return this.auth.login(body.username, body.password, request.ip ?? 'unknown');
  }

  /** Self sign-up of an SME and its first user. */
  @ApiProblems({ 400: ['USCC_INVALID'], 409: ['ENTERPRISE_EXISTS', 'USERNAME_TAKEN'], 422: ['NOT_AN_SME'] })
  @Public()
  @Post('auth/register-sme')
  async registerSme(@Body() body: RegisterSmeDto, @Req() request: Request): Promise<RegisteredSmeResponse> {
    const { kind: _sme, ...enterprise } = body.enterprise;
    const registered = await this.users.registerSme(enterprise, body.user, request.ip ?? 'unknown');
    return { enterprise: EnterpriseResponse.of(registered.enterprise), user: UserResponse.of(registered.user) };
  }

  /** The caller: a user or a bank API client, with role, enterprise and jurisdiction. */
  @Auth()
  @Get('me')
  async me(@CurrentPrincipal() principal: Principal): Promise<MeResponse> {
    const keyLists = principal.enterpriseId ? await this.keyLists.ownEntries(principal.enterpriseId) : [];
    return MeResponse.of(await this.auth.me(principal), keyLists);
  }

  /**
   * Changes the caller's own password. Every token issued before, this one included, stops
   * working within a second: log in again. Audited as user.password_changed. Errors: 403 for an
   * API client, 422 CURRENT_PASSWORD_WRONG, 429 TOO_MANY_FAILED_LOGINS after repeated wrong ones.
   */
  @Auth()
  @ApiProblems({ 403: ['FORBIDDEN'], 422: ['CURRENT_PASSWORD_WRONG'], 429: ['TOO_MANY_FAILED_LOGINS'] })
  @Post('me/password')
  @HttpCode(204)
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    await this.users.changePassword(principal, body.currentPassword, body.newPassword);
  }
}
