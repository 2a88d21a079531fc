import { PickType } from '@nestjs/swagger';
import { ParkedEventQuery } from './parked-event.query';

/** Replay only the events this handler is parked on; without it, every parked event. */
export class ReplayParkedEventsDto extends PickType(ParkedEventQuery, ['handler'] as const) {}
