import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventHandlers } from './event-handlers';
import { EventRelay } from './event-relay';
import { Outbox } from './outbox';
import { OutboxEventEntity } from './outbox-event.entity';
import { OutboxRepository } from './outbox.repository';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEventEntity])],
  providers: [OutboxRepository, Outbox, EventHandlers, EventRelay],
  exports: [Outbox, EventHandlers, EventRelay],
})
export class EventsModule {}
