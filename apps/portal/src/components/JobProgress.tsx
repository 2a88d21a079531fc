import { Progress, Space, Table, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../api/schema';
import { useApi } from '../hooks/useApi';
import { ProblemAlert } from './ProblemAlert';
import { StatusTag } from './StatusTag';

const POLL_MS = 1000;

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
              dataIndex: 'code',
              width: 260,
              render: (code: string) => (
                <>
                  {t(`errors.${code}`, { defaultValue: code })} <Typography.Text code>{code}</Typography.Text>
                </>
              ),
            },
            { title: t('jobs.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </Space>
  );
}
