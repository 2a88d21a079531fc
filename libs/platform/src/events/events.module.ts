import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventHandlerFailureEntity } from './event-handler-failure.entity';
import { EventHandlers } from './event-handlers';
import { EventRelay } from './event-relay';
import { HandlerFailuresRepository } from './handler-failures.repository';
import { Outbox } from './outbox';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRepository } from './outbox.repository';
import { ParkedEvents } from './parked-events';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEventEntity, EventHandlerFailureEntity])],
  providers: [OutboxRepository, HandlerFailuresRepository, Outbox, EventHandlers, EventRelay, ParkedEvents],
  exports: [Outbox, EventHandlers, EventRelay, ParkedEvents],
})
export class EventsModule {}
