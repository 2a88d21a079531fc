import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, Public, answerWithTable, type Principal } from '@gqt/platform';
import { ComplianceService } from '@gqt/procurement';
import type { Request, Response } from 'express';
import { ApiTableResponse } from '../monitoring/api-table-response';
import { YearParam } from '../rewards/year.param';
import { ComplianceReportQuery, PublicComplianceQuery } from './compliance.query';
import { ComplianceReportResponse, PublicComplianceReportResponse } from './compliance.response';
import { complianceTable, publicComplianceTable } from './compliance.tables';

@ApiTags('Government procurement')
@Controller()
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  /**
   * Whether purchasing units reserve enough of the year's budget for SMEs: one row per competent
   * unit with its subordinates rolled in (`groupBy=city|region` sums them), units below the line
   * first. Regulators see their jurisdiction, the operator all, a purchaser its own unit's tree.
   * `Accept: text/csv` or the XLSX type (or `?format=`) exports every row from the cursor on; the
   * first export of a year locks that year's policy.
   */
  @ApiNotFoundResponse({ description: 'A unitId the caller may not see (problem+json, code NOT_FOUND)' })
  @ApiTableResponse(ComplianceReportResponse)
  @Auth('procurement:compliance')
  @Get('procurement/compliance')
  async report(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ComplianceReportQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await answerWithTable(
      request,
      response,
      async () => ComplianceReportResponse.of(await this.compliance.report(principal, query, query)),
      async () => complianceTable(query.year, await this.compliance.exportRows(principal, query, query.cursor)),
    );
  }

  /**
   * The execution of the reserved shares, public by law: every competent unit's row of the year,
   * without flags, without login. Exports as above; they lock nothing.
   */
  @ApiTableResponse(PublicComplianceReportResponse)
  @Public()
  @Get('public/procurement/:year')
  async published(
    @YearParam() year: number,
    @Query() query: PublicComplianceQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const report = { year, cityCode: query.cityCode, groupBy: query.groupBy };
    await answerWithTable(
      request,
      response,
      async () => PublicComplianceReportResponse.of(await this.compliance.publicReport(report, query)),
      async () => publicComplianceTable(year, await this.compliance.publicRows(report, query.cursor)),
    );
  }
}
