import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditService, Auth, CurrentPrincipal, REGION_CODE, mapPage, type Principal } from '@gqt/platform';
import { AuditEventPage, AuditEventResponse, AuditQuery, AuditVerificationResponse } from './audit-event.response';

@ApiTags('Audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The append-only trail, newest first; a city regulator sees the events that concern its city. */
  @Auth('audit:read')
  @Get()
  async list(@CurrentPrincipal() principal: Principal, @Query() query: AuditQuery): Promise<AuditEventPage> {
    const cityOnly = principal.role === 'REGULATOR' && principal.jurisdiction !== REGION_CODE;
    const jurisdictions = cityOnly && principal.jurisdiction ? [principal.jurisdiction] : undefined;
    return mapPage(await this.audit.list({ entityId: query.entityId, jurisdictions }, query), AuditEventResponse.of);
  }

  /** Recomputes every hash chain and reports the first event that was altered or removed. */
  @Auth('audit:read')
  @Get('verification')
  verify(): Promise<AuditVerificationResponse> {
    return this.audit.verify();
  }
}
