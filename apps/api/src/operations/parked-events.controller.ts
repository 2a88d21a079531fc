import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal, ParkedEvents, UuidParam, mapPage, type Principal } from '@gqt/platform';
import { ParkedEventPage, ParkedEventResponse, ReplayedEventsResponse } from './parked-event.response';
import { ParkedEventQuery } from './parked-event.query';
import { ReplayParkedEventsDto } from './replay-parked-events.dto';

const REPLAY =
  'Each replayed handler gets a new count of attempts; if it fails its last one again, the event is parked ' +
  'again. The replay is written to the audit trail (entity type parked_event).';

@ApiTags('Operations')
@Controller('admin/parked-events')
export class ParkedEventsController {
  constructor(private readonly parked: ParkedEvents) {}

  @ApiOperation({
    summary: 'List parked events',
    description:
      'Operator (ADMIN) only. Domain events a handler failed on its last attempt, most recently parked first, ' +
      'with the last error: they wait for a fix and a replay, and hold back no other event. Changes nothing. ' +
      'Errors: 400 VALIDATION_FAILED, 403 FORBIDDEN.',
  })
  @Auth('events:manage')
  @Get()
  async list(@Query() query: ParkedEventQuery): Promise<ParkedEventPage> {
    return mapPage(await this.parked.list(query, query), ParkedEventResponse.of);
  }

  @ApiOperation({
    summary: 'Replay every parked event (or those of one handler)',
    description: `Operator (ADMIN) only, after fixing what made the handlers fail. ${REPLAY} Errors: 400 VALIDATION_FAILED, 403 FORBIDDEN.`,
  })
  @Auth('events:manage')
  @Post('replay')
  @HttpCode(200)
  async replayAll(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ReplayParkedEventsDto,
  ): Promise<ReplayedEventsResponse> {
    return { replayed: await this.parked.replay(principal, { handler: body.handler }) };
  }

  @ApiOperation({
    summary: 'Replay one parked event',
    description: `Operator (ADMIN) only, after fixing what made the handler fail. ${REPLAY} Errors: 400 VALIDATION_FAILED, 403 FORBIDDEN, 404 NOT_FOUND (no such parked entry, or already replayed).`,
  })
  @Auth('events:manage')
  @Post(':id/replay')
  @HttpCode(200)
  async replayOne(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<ReplayedEventsResponse> {
    return { replayed: await this.parked.replay(principal, { id }) };
  }
}
