import { IdField } from '@gqt/platform';
export class SnapshotAcceptedResponse {
  /** Follow it on GET /jobs/{id}. */
  @IdField()
  jobId!: string;
}
