import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page, TimelineEntry } from '../api/types';
import { useApi } from '../hooks/useApi';
import { formatTimestamp } from '../lib/dates';
import { formatMoney } from '../lib/money';
import { ProblemAlert } from './ProblemAlert';

const COLORS: Record<string, string> = {
  registered: 'blue',
  confirmed: 'green',
  disputed: 'red',
  cancelled: 'gray',
  payment_recorded: 'green',
  settled: 'green',
  overdue: 'red',
  pledged: 'purple',
  released: 'gray',
};

/** "receivable.payment_recorded" → "payment_recorded". */
export function timelineKind(entry: TimelineEntry): string {
  const raw = entry.type ?? entry.kind ?? entry.action ?? 'event';
  return raw.replace(/^receivables?\./, '');
}

function timeOf(entry: TimelineEntry): string | undefined {
  return entry.at ?? entry.occurredAt ?? entry.createdAt;
}

function actorOf(entry: TimelineEntry): string | undefined {
  if (entry.actorName) return entry.actorName;
  if (typeof entry.actor === 'string') return entry.actor;
  return entry.actor?.name;
}

const MONEY_FIELDS = ['amount', 'confirmedAmount', 'outstandingAmount'];

/** The details worth a line: amounts as money, dates and reasons as they are. */
function details(entry: TimelineEntry, label: (key: string) => string): string[] {
  const data = entry.data ?? entry.details ?? {};
  const lines: string[] = [];
  for (const key of [...MONEY_FIELDS, 'paidOn', 'dueDate', 'reason', 'reference', 'registrationNo', 'bankName']) {
    const value = data[key];
    if (value === undefined || value === null || value === '') continue;
    lines.push(`${label(key)}: ${MONEY_FIELDS.includes(key) ? formatMoney(String(value)) : String(value)}`);
  }
  return lines;
}

/** A receivable's timeline (GET /receivables/{id}/events): who did what, when. */
export function ReceivableTimeline({ receivableId }: { receivableId: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi<TimelineEntry[] | Page<TimelineEntry>>(`/receivables/${receivableId}/events`);
  if (error) return <ProblemAlert error={error} />;
  const entries = Array.isArray(data) ? data : (data?.items ?? []);
  if (!loading && entries.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('receivable.noEvents')} />;
  const sorted = [...entries].sort((a, b) => (timeOf(a) ?? '').localeCompare(timeOf(b) ?? ''));
  return (
    <Timeline
      className="receivable-timeline"
      items={sorted.map((entry, index) => {
        const kind = timelineKind(entry);
        return {
          key: entry.id ?? index,
          color: COLORS[kind] ?? 'blue',
          title: formatTimestamp(timeOf(entry)),
          content: (
            <>
              <Typography.Text strong>{t(`timeline.${kind}`, { defaultValue: kind })}</Typography.Text>
              {actorOf(entry) && <Typography.Text type="secondary"> · {actorOf(entry)}</Typography.Text>}
              {details(entry, (key) => t(`timelineField.${key}`, { defaultValue: key })).map((line) => (
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
