import { Body, Controller, Header, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import { AuthService } from '@gqt/identity';
import { ApiProblems, Public } from '@gqt/platform';
import { OAuthTokenRequest, OAuthTokenResponse } from './oauth-token.dto';

/** RFC 6749 § 2.3.1: client credentials in HTTP Basic are form-urlencoded, then base64. */
function basicCredentials(authorization: string | undefined): { id?: string; secret?: string } {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return {};
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return {};
  const decode = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));
  return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
}

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
    @Body() body: Record<string, unknown>,
    @Headers('authorization') authorization?: string,
  ): Promise<OAuthTokenResponse> {
    const basic = basicCredentials(authorization);
    return this.auth.clientCredentials({
      grantType: body.grant_type,
      clientId: body.client_id ?? basic.id,
      clientSecret: body.client_secret ?? basic.secret,
      scope: body.scope,
    });
  }
}
