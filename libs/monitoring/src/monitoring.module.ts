import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@gqt/enterprises';
import { NotificationsModule } from '@gqt/notifications';
import { AgingRepository } from './aging.repository';
import { MonitoredReceivablesRepository } from './monitored-receivables.repository';
import { MonitoringJobs } from './monitoring.jobs';
import { MonitoringService } from './monitoring.service';
import { OverdueNotices } from './overdue-notices.service';
import { OverdueRepository } from './overdue.repository';
import { ReceivablesProjection } from './receivables.projection';
import { ScorecardRepository } from './scorecard.repository';
import { SnapshotsRepository } from './snapshots.repository';
import { SnapshotsService } from './snapshots.service';

/** Payables monitoring for regulators: its own read model of receivables, reports and snapshots. */
@Module({
  imports: [EnterprisesModule, NotificationsModule],
  providers: [
    MonitoredReceivablesRepository,
    OverdueRepository,
    AgingRepository,
    ScorecardRepository,
    SnapshotsRepository,
    ReceivablesProjection,
    OverdueNotices,
    SnapshotsService,
    MonitoringService,
    MonitoringJobs,
  ],
  exports: [MonitoringService, SnapshotsService],
})
export class MonitoringModule {}
