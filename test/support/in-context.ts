import type { INestApplication } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';

/** Runs application code outside any HTTP request, in a context of its own (as jobs and other contexts do). */
export function inContext<T>(app: INestApplication, work: () => Promise<T>): Promise<T> {
  return app.get(ClsService).run(work);
}
