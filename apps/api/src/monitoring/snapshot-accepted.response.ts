export class SnapshotAcceptedResponse {
  /** Follow it on GET /jobs/{id}. */
  jobId!: string;
}
