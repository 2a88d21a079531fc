import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiQuery, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { conflict, shanghaiDate, yearOf } from '@gqt/kernel';
import {
  Auth,
  CSV_TYPE,
  CurrentPrincipal,
  UuidParam,
  XLSX_TYPE,
  mapPage,
  requestedFormat,
  readerLanguage,
  sendTable,
  type Principal,
  ApiProblems,
} from '@gqt/platform';
import { RewardEvaluationsService } from '@gqt/rewards';
import type { Request, Response } from 'express';
import { MyRewardQueryDto, RewardEvaluationQueryDto } from './reward-evaluation-query.dto';
import {
  MyRewardResultResponse,
  RewardEvaluationPage,
  RewardEvaluationResponse,
  RewardEvaluationSummaryResponse,
  StartedEvaluationResponse,
} from './reward-evaluation.response';
import { evaluationTable } from './reward-evaluation.table';
import { StartRewardEvaluationDto } from './start-reward-evaluation.dto';

@ApiTags('Rewards')
@Controller('reward-evaluations')
export class RewardEvaluationsController {
  constructor(private readonly evaluations: RewardEvaluationsService) {}

  /**
   * Starts the year's reward evaluation in the background over the year's real receivables, with the
   * policy version in force (locked from now on). Follow it on GET /reward-evaluations/{id}.
   */
  @ApiProblems({ 409: ['EVALUATION_IN_PROGRESS'], 422: ['YEAR_NOT_STARTED'] })
  @Auth('rewards:manage')
  @Post()
  @HttpCode(202)
  async start(
    @CurrentPrincipal() principal: Principal,
    @Body() body: StartRewardEvaluationDto,
  ): Promise<StartedEvaluationResponse> {
    const evaluation = await this.evaluations.request(principal, body.year);
    return {
      id: evaluation.id,
      status: evaluation.status,
      year: evaluation.year,
      policyVersion: evaluation.policyVersion,
    };
  }

  /** Evaluations, newest first: regulators and operators see all, a core enterprise those that judged it. */
  @Auth('rewards:read')
  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: RewardEvaluationQueryDto,
  ): Promise<RewardEvaluationPage> {
    return mapPage(await this.evaluations.list(principal, query, query), RewardEvaluationSummaryResponse.of);
  }

  /** A core enterprise's own result in the newest finished evaluation of the year, with what it still lacks. */
  @Auth('rewards:read')
  @ApiProblems({ 404: ['NOT_FOUND'] })
  @Get('mine')
  async mine(
    @CurrentPrincipal() principal: Principal,
    @Query() query: MyRewardQueryDto,
  ): Promise<MyRewardResultResponse> {
    return MyRewardResultResponse.mine(await this.evaluations.mine(principal, query.year ?? yearOf(shanghaiDate())));
  }

  /**
   * An evaluation with its policy version and, once DONE, every result the caller may see (a city
   * regulator its city's, a core enterprise its own). `Accept: text/csv` or the XLSX type (or
   * `?format=csv|xlsx`) exports the results, one row per enterprise and columns per criterion.
   */
  @ApiProblems({ 409: ['EVALUATION_NOT_FINISHED'] })
  @Auth('rewards:read')
  @Get(':id')
  @ApiQuery({ name: 'format', required: false, enum: ['csv', 'xlsx'] })
  @ApiExtraModels(RewardEvaluationResponse)
  @ApiOkResponse({
    content: {
      'application/json': { schema: { $ref: getSchemaPath(RewardEvaluationResponse) } },
      // A file, streamed: no schema (nor any length limit) describes it.
      [CSV_TYPE]: {},
      [XLSX_TYPE]: {},
    },
  })
  async get(
    @CurrentPrincipal() principal: Principal,
    @UuidParam() id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.evaluations.get(principal, id);
    const format = requestedFormat(request);
    if (format === 'json') {
      response.json(RewardEvaluationResponse.report(report));
      return;
    }
    if (report.evaluation.status !== 'DONE') {
      throw conflict(
        'EVALUATION_NOT_FINISHED',
        `The evaluation is ${report.evaluation.status}: there is nothing to export yet`,
      );
    }
    await sendTable(response, format, evaluationTable(report), readerLanguage(request));
  }
}
