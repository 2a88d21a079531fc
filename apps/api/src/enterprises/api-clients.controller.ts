import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiClientsService } from '@gqt/identity';
import {
  ArrayResponse,
  Auth,
  CurrentPrincipal,
  UuidParam,
  WithoutIdempotency,
  actorOf,
  type Principal,
  ApiProblems,
} from '@gqt/platform';
import { ApiClientResponse, CreateApiClientDto, IssuedApiClientResponse } from './api-client.dto';

@ApiTags('Enterprises')
@Controller('enterprises/:enterpriseId/api-clients')
export class ApiClientsController {
  constructor(private readonly clients: ApiClientsService) {}

  /**
   * Issues OAuth2 client credentials to a bank; the secret is shown only here, so this answer is
   * never stored for an Idempotency-Key replay: a retry issues another client (revoke the unused one).
   */
  @ApiProblems({ 422: ['NOT_A_BANK'] })
  @Auth('api-clients:manage')
  @WithoutIdempotency()
  @Post()
  async issue(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('enterpriseId') enterpriseId: string,
    @Body() body: CreateApiClientDto,
  ): Promise<IssuedApiClientResponse> {
    const { client, clientSecret } = await this.clients.issue(actorOf(principal), enterpriseId, body);
    return { ...ApiClientResponse.of(client), clientSecret };
  }

  /** The bank's API clients, revoked ones included; a bank's own users see their bank's. Secrets are never shown again. */
  @ArrayResponse(ApiClientResponse, 1000)
  @Auth('api-clients:read')
  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('enterpriseId') enterpriseId: string,
  ): Promise<ApiClientResponse[]> {
    return (await this.clients.list(principal, enterpriseId)).map(ApiClientResponse.of);
  }

  /** Revokes a client: it can obtain no new tokens (tokens already issued expire within their lifetime). */
  @Auth('api-clients:manage')
  @Delete(':id')
  @HttpCode(204)
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('enterpriseId') enterpriseId: string,
    @UuidParam() id: string,
  ): Promise<void> {
    await this.clients.revoke(principal, enterpriseId, id);
  }
}
