import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, type Principal } from '@gqt/platform';
import { TransferPolicyService } from '@gqt/receivables';
import { ReplaceTransferPolicyDto } from './transfer-policy.dto';
import { TransferPolicyResponse } from './transfer-policy.response';

@ApiTags('Receivables')
@Controller('transfer-policy')
export class TransferPolicyController {
  constructor(private readonly policy: TransferPolicyService) {}

  /**
   * The tier limit for transfers of confirmed receivables.
   *
   * @remarks For any logged-in caller; changes nothing. The default (10) holds until a region
   * regulator sets another.
   */
  @Auth()
  @Get()
  async get(): Promise<TransferPolicyResponse> {
    return TransferPolicyResponse.of(await this.policy.current());
  }

  /**
   * Set the tier limit for transfers of confirmed receivables.
   *
   * @remarks For the region's regulators. Applies to transfers from now on (pieces already deeper
   * stay as they are); audited. Errors: 400 VALIDATION_FAILED (maxTier a whole number from 1 to 99);
   * 403 not a region regulator.
   *
   * @throws {400} VALIDATION_FAILED: maxTier is not a whole number from 1 to 99 (problem+json)
   */
  @Auth('transfer-policy:manage')
  @Put()
  async replace(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ReplaceTransferPolicyDto,
  ): Promise<TransferPolicyResponse> {
    return TransferPolicyResponse.of(await this.policy.replace(principal, body));
  }
}
