import {
  Global,
  Inject,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { queueConfig } from '../config/queue.config';
import { BullJobQueue } from './bull-job-queue';
import { InlineJobQueue } from './inline-job-queue';
import { JobQueue } from './job-queue';
import { JobRegistry } from './job-registry';

/** Which process this is: the API consumes jobs only inline or when told to; workers always do. */
export type ProcessRole = 'api' | 'worker';
const PROCESS_ROLE = Symbol('PROCESS_ROLE');

@Global()
@Module({})
export class QueueModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly queue: JobQueue,
    @Inject(PROCESS_ROLE) private readonly role: ProcessRole,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
  ) {}

  static forRoot(role: ProcessRole): DynamicModule {
    return {
      module: QueueModule,
      imports: [ConfigModule.forFeature(queueConfig)],
      providers: [
        JobRegistry,
        { provide: PROCESS_ROLE, useValue: role },
        {
          provide: JobQueue,
          inject: [queueConfig.KEY, JobRegistry],
          useFactory: (config: ConfigType<typeof queueConfig>, registry: JobRegistry): JobQueue =>
            config.redisUrl
              ? new BullJobQueue(registry, config.redisUrl, config.prefix, config.concurrency)
              : new InlineJobQueue(registry),
        },
      ],
      exports: [JobQueue, JobRegistry],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    const consume = !this.config.queueMode || this.role === 'worker' || this.config.apiConsumesJobs;
    await this.queue.start(consume);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
