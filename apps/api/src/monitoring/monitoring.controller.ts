import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { MonitoringService, SnapshotsService } from '@gqt/monitoring';
import { ApiProblems, Auth, CurrentPrincipal, UuidParam, answerWithTable, type Principal } from '@gqt/platform';
import type { Request, Response } from 'express';
import { AgingQueryDto } from './aging-query.dto';
import { ApiTableResponse } from './api-table-response';
import { AgingReportResponse } from './aging.response';
import { ExportQueryDto } from './export-query.dto';
import { agingTable, overdueTable, scorecardTable, trendTable } from './monitoring.tables';
import { OverdueQueryDto } from './overdue-query.dto';
import { OverdueItemResponse, OverduePage } from './overdue.response';
import { ScorecardResponse } from './scorecard.response';
import { SnapshotAcceptedResponse } from './snapshot-accepted.response';
import { SnapshotRequestDto } from './snapshot-request.dto';
import { TrendQueryDto } from './trend-query.dto';
import { TrendResponse } from './trend.response';

@ApiTags('Monitoring')
@Controller('monitoring')
export class MonitoringController {
  constructor(
    private readonly monitoring: MonitoringService,
    private readonly snapshots: SnapshotsService,
  ) {}

  /**
   * Receivables past their due date with money outstanding, most overdue first, with days overdue
   * and late interest. Regulators see their jurisdiction (a city: receivables whose creditor or
   * debtor is in it), enterprises their own overdue receivables and payables. `asOf` computes the
   * list from business dates as it stood at the end of that day.
   */
  @Auth('monitoring:own')
  @Get('overdue')
  @ApiTableResponse(OverduePage)
  async overdue(
    @CurrentPrincipal() principal: Principal,
    @Query() query: OverdueQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const filter = {
      cityCode: query.cityCode,
      debtorId: query.debtorId,
      creditorId: query.creditorId,
      industry: query.industry,
      minDaysOverdue: query.minDaysOverdue,
    };
    await answerWithTable(
      request,
      response,
      async (): Promise<OverduePage> => {
        const page = await this.monitoring.overdue(principal, filter, query.asOf, query);
        return { items: page.items.map(OverdueItemResponse.of), nextCursor: page.nextCursor, asOf: page.asOf };
      },
      async () => {
        const { asOf, rows } = await this.monitoring.overdueExport(principal, filter, query.asOf, query.cursor);
        return overdueTable(asOf, rows);
      },
    );
  }

  /**
   * Outstanding receivables and money per aging bucket (not due, 1-30, 31-60, 61-90, over 90
   * days overdue), grouped by the debtor's city, the debtor or the debtor's industry. Regulators
   * (a city regulator: its city only) and the operator.
   */
  @Auth('monitoring:read')
  @Get('aging')
  @ApiTableResponse(AgingReportResponse)
  async aging(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AgingQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await answerWithTable(
      request,
      response,
      async () => AgingReportResponse.of(await this.monitoring.aging(principal, query.groupBy, query.asOf, query)),
      async () => {
        const { asOf, rows } = await this.monitoring.agingExport(principal, query.groupBy, query.asOf, query.cursor);
        return agingTable(query.groupBy, asOf, rows);
      },
    );
  }

  /**
   * A debtor's payment scorecard: outstanding and overdue money, average days to confirm and to
   * pay, on-time payment rate, late interest, flagged payment terms and its 30-day trend.
   * Regulators (a city regulator: receivables of its city) and the operator for any debtor; an
   * enterprise for itself only (403 otherwise).
   */
  @ApiProblems({ 404: ['NOT_FOUND'] })
  @Auth('monitoring:own')
  @Get('debtors/:id')
  @ApiTableResponse(ScorecardResponse)
  async scorecard(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Query() _query: ExportQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const card = await this.monitoring.scorecard(principal, id);
    await answerWithTable(
      request,
      response,
      async () => ScorecardResponse.of(card),
      async () => scorecardTable(card),
    );
  }

  /**
   * The daily aging totals of the region, or of one city, from the nightly snapshots. A city
   * regulator sees its own city (403 for another).
   */
  @Auth('monitoring:read')
  @Get('trend')
  @ApiTableResponse(TrendResponse)
  async trend(
    @CurrentPrincipal() principal: Principal,
    @Query() query: TrendQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const trend = await this.monitoring.trend(principal, query);
    await answerWithTable(
      request,
      response,
      async () => TrendResponse.of(trend),
      async () => trendTable(`trend-${trend.scopeCode}-${trend.from}-${trend.to}`, trend.items),
    );
  }

  /**
   * Takes a past day's aging snapshot again from the read model (the nightly job takes each day's
   * once; re-running replaces it, never double counts). The operator only. Follow the job on
   * GET /jobs/{id}.
   */
  @ApiProblems({ 422: ['SNAPSHOT_DAY_NOT_OVER'] })
  @Auth('monitoring:manage')
  @Post('snapshots')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: SnapshotAcceptedResponse })
  async retakeSnapshot(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SnapshotRequestDto,
  ): Promise<SnapshotAcceptedResponse> {
    return { jobId: await this.snapshots.requestRetake(principal, body.date) };
  }
}
