export const APPLICATION_STATUSES = [
  'SUBMITTED',
  'NOMINATED',
  'APPROVED',
  'CONNECTED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
