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

  /**
   * Replaces a client's secret: the new one is shown only here (never stored for an
   * Idempotency-Key replay); the old secret and every token obtained with it stop working within a
   * second. Audited as api_client.secret_rotated.
   */
  @ApiProblems({ 409: ['INVALID_STATE'] })
  @Auth('api-clients:manage')
  @WithoutIdempotency()
  @Post(':id/rotate-secret')
  @HttpCode(200)
  async rotateSecret(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('enterpriseId') enterpriseId: string,
    @UuidParam() id: string,
  ): Promise<IssuedApiClientResponse> {
    const { client, clientSecret } = await this.clients.rotateSecret(principal, enterpriseId, id);
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

  /** Revokes a client: it can obtain no new tokens, and the tokens it holds stop working within a second. */
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
