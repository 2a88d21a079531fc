import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page, TimelineEntry } from '../api/schema';
import { useApi } from '../hooks/useApi';
import { formatTimestamp } from '../lib/dates';
import { formatMoney, isMoneyText } from '../lib/money';
import { ProblemAlert } from './ProblemAlert';

const COLORS: Record<string, string> = {
  registered: 'blue',
  confirmed: 'green',
  disputed: 'red',
  cancelled: 'gray',
  payment_recorded: 'green',
  settled: 'green',
  overdue: 'red',
  financing_requested: 'purple',
  pledged: 'purple',
  financing_released: 'gray',
};

/** "receivable.payment_recorded" → "payment_recorded". */
export function timelineKind(entry: Pick<TimelineEntry, 'action'>): string {
  return entry.action.replace(/^receivables?\./, '');
}

// Details the reader cares about, in this order; nested records (a payment, a pledge) are opened.
const SHOWN = [
  'amount',
  'confirmedAmount',
  'paidAmount',
  'paidOn',
  'dueDate',
  'disputeReason',
  'reference',
  'registrationNo',
  'bankName',
  'settledOn',
];

/** A step's details as "label: value" lines, money as ¥ with separators. */
export function timelineDetails(details: Record<string, unknown> | null, label: (key: string) => string): string[] {
  if (!details) return [];
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(flat, value);
    else flat[key] = value;
  }
  return SHOWN.filter((key) => flat[key] !== undefined && flat[key] !== null && flat[key] !== '').map((key) => {
    const value = String(flat[key]);
    return `${label(key)}: ${/amount/i.test(key) && isMoneyText(value) ? formatMoney(value) : value}`;
  });
}

/** A receivable's timeline (GET /receivables/{id}/events): who did what, when. */
export function ReceivableTimeline({ receivableId }: { receivableId: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi<Page<TimelineEntry>>(`/receivables/${receivableId}/events`);
  if (error) return <ProblemAlert error={error} />;
  const entries = data?.items ?? [];
  if (!loading && entries.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('receivable.noEvents')} />;
  }
  return (
    <Timeline
      className="receivable-timeline"
      items={entries.map((entry, index) => {
        const kind = timelineKind(entry);
        return {
          key: index,
          color: COLORS[kind] ?? 'blue',
          title: formatTimestamp(entry.occurredAt),
          content: (
            <>
              <Typography.Text strong>{t(`timeline.${kind}`, { defaultValue: kind })}</Typography.Text>
              {entry.actor?.name && <Typography.Text type="secondary"> · {entry.actor.name}</Typography.Text>}
              {timelineDetails(entry.details, (key) => t(`timelineField.${key}`, { defaultValue: key })).map((line) => (
                <div key={line}>
                  <Typography.Text type="secondary">{line}</Typography.Text>
                </div>
              ))}
            </>
          ),
        };
      })}
    />
  );
}
