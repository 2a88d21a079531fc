import { Progress, Space, Table, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_COLUMN_SPECS } from '@gqt/contracts';
import type { TFunction } from 'i18next';
import type { Job } from '../api/schema';
import { currentLanguage } from '../i18n';
import { useApi } from '../hooks/useApi';
import { ProblemAlert } from './ProblemAlert';
import { StatusTag } from './StatusTag';

const POLL_MS = 1000;

type RowError = Job['errors'][number];

/** A column of the import file by the name its template gives it in the reader's language. */
function columnName(key: string | undefined): string {
  const spec = IMPORT_COLUMN_SPECS.find((c) => c.key === key);
  return spec ? spec.label[currentLanguage()] : (key ?? '');
}

/** Every problem of a row, each in the reader's language (the API's messages are English). */
export function rowProblems(error: RowError, t: TFunction): string[] {
  const problems = error.problems?.length ? error.problems : [{ code: error.code, column: error.column }];
  return problems.map(({ code, column }) =>
    t(`importErrors.${code}`, {
      column: columnName(column),
      defaultValue: t(`errors.${code}`, { defaultValue: t('importErrors.other') }),
    }),
  );
}

/** A long operation's progress (GET /jobs/{id}) until it ends, then its per-row error report. */
export function JobProgress({ jobId, onDone }: { jobId: string; onDone?: (job: Job) => void }) {
  const { t } = useTranslation();
  const { data: job, error, reload } = useApi<Job>(`/jobs/${jobId}`);
  const finished = job?.status === 'DONE' || job?.status === 'FAILED';

  useEffect(() => {
    if (finished || error) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, finished, error, reload]);

  const reported = useRef(false);
  useEffect(() => {
    if (!job || !finished || reported.current) return;
    reported.current = true;
    onDone?.(job);
  }, [job, finished, onDone]);

  if (error) return <ProblemAlert error={error} />;
  if (!job) return <Progress percent={0} status="active" />;
  const processed = job.succeeded + job.failed;
  const percent = job.total > 0 ? Math.floor((processed * 100) / job.total) : finished ? 100 : 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} className="job-progress">
      <Space>
        <StatusTag group="job" status={job.status} />
        <Typography.Text>
          {t('jobs.counts', { total: job.total, succeeded: job.succeeded, failed: job.failed })}
        </Typography.Text>
      </Space>
      <Progress
        percent={percent}
        status={job.status === 'FAILED' ? 'exception' : finished ? (job.failed > 0 ? 'normal' : 'success') : 'active'}
      />
      {job.errors.length > 0 && (
        <Table
          size="small"
          rowKey={(row) => `${row.row}:${row.code}:${row.message}`}
          dataSource={job.errors}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          title={() => t('jobs.errorReport')}
          columns={[
            { title: t('jobs.row'), dataIndex: 'row', width: 80 },
            {
              title: t('jobs.code'),
              key: 'problems',
              render: (_: unknown, row: RowError) => (
                <ul className="row-problems" data-codes={(row.problems ?? [row]).map((p) => p.code).join(' ')}>
                  {rowProblems(row, t).map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
