import { Body, Controller, Header, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import { AuthService, basicCredentials } from '@gqt/identity';
import { ApiProblems, Public } from '@gqt/platform';
import { OAuthTokenRequest, OAuthTokenResponse } from './oauth-token.dto';

@ApiTags('Authentication')
@Controller('oauth')
export class OAuthController {
  constructor(private readonly auth: AuthService) {}

  /**
   * OAuth2 client credentials grant for bank systems (RFC 6749 § 4.4), as a form or as JSON.
   * Refusals are problem+json that also carry RFC 6749's `error` and `error_description`.
   */
  @ApiProblems({ 400: ['INVALID_REQUEST', 'UNSUPPORTED_GRANT_TYPE', 'INVALID_SCOPE'], 401: ['INVALID_CLIENT'] })
  @ApiTags('Bank OpenAPI')
  @Public()
  @Post('token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({ type: OAuthTokenRequest })
  @ApiHeader({
    name: 'authorization',
    required: false,
    description: 'HTTP Basic client credentials, instead of client_id and client_secret in the body',
    schema: { type: 'string', maxLength: 1024, pattern: '^Basic [A-Za-z0-9+/=]+$' },
  })
  token(
    // Undefined for a body of any other media type, or none: then the parameters are missing.
    @Body() body: Record<string, unknown> | undefined,
    @Headers('authorization') authorization?: string,
  ): Promise<OAuthTokenResponse> {
    const basic = basicCredentials(authorization);
    const params = body ?? {};
    return this.auth.clientCredentials({
      grantType: params.grant_type,
      clientId: params.client_id ?? basic.id,
      clientSecret: params.client_secret ?? basic.secret,
      scope: params.scope,
    });
  }
}
