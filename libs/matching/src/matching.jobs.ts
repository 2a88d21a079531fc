import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TrackedJobs } from '@gqt/platform';
import { KEY_LIST_IMPORT_JOB, KeyListsService } from './key-lists.service';

/** The key-list import runs as a tracked job (GET /jobs/{id}), like receivable imports. */
@Injectable()
export class MatchingJobs implements OnModuleInit {
  constructor(
    private readonly jobs: TrackedJobs,
    private readonly keyLists: KeyListsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define(KEY_LIST_IMPORT_JOB, (job, progress) => this.keyLists.runImport(job, progress));
  }
}
