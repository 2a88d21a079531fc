import { DateField } from '@gqt/platform';

export class SnapshotRequestDto {
  /** A past day (Asia/Shanghai) whose aging snapshot to take again. @example "2026-11-29" */
  @DateField()
  date!: string;
}
