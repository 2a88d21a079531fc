import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { QueueHealthIndicator } from './queue.health';

@Module({
  imports: [TerminusModule],
  providers: [QueueHealthIndicator],
  exports: [TerminusModule, QueueHealthIndicator],
})
export class HealthModule {}
