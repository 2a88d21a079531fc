export interface JobOptions {
  /** A job with the same id that is still waiting is not added twice. */
  jobId?: string;
  delayMs?: number;
  /** Tries before the job counts as failed; retried with exponential backoff. */
  attempts?: number;
}

export const DEFAULT_ATTEMPTS = 5;
export const BACKOFF_BASE_MS = 1000;

/** Where jobs go: bull on Redis in queue mode, the process itself otherwise. */
export abstract class JobQueue {
  abstract enqueue(name: string, data: unknown, options?: JobOptions): Promise<void>;

  /** Starts consuming jobs and scheduling recurring ones in this process. */
  abstract start(consume: boolean): Promise<void>;

  /** Stops taking new jobs; jobs not finished are left for another worker or the next start. */
  abstract close(): Promise<void>;

  /** Whether the queue's backing service answers (for /health/ready). */
  abstract ping(): Promise<boolean>;
}
