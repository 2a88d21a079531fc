import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  PENDING_CONFIRMATION: 'gold',
  CONFIRMED: 'green',
  DISPUTED: 'red',
  CANCELLED: 'default',
  SETTLED: 'blue',
  SUBMITTED: 'gold',
  APPROVED: 'cyan',
  REJECTED: 'red',
  WITHDRAWN: 'default',
  DISBURSED: 'green',
  REPAID: 'blue',
  NOMINATED: 'cyan',
  CONNECTED: 'green',
  QUEUED: 'default',
  RUNNING: 'processing',
  DONE: 'green',
  FAILED: 'red',
};

export type StatusGroup = 'receivable' | 'financing' | 'onboarding' | 'job';

/** A status in the reader's language, coloured by how far along it is. */
export function StatusTag({ group, status }: { group: StatusGroup; status: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`status.${group}.${status}`, { defaultValue: status })}</Tag>;
}
