import { DownloadOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Result, Select, Skeleton, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, CSV, api } from '../../api/client';
import { REGION_CODE, type Page, type RewardEvaluation, type RewardPolicy, type RewardResult } from '../../api/types';
import { useMe } from '../../auth/AuthProvider';
import { CriteriaTable } from '../../components/CriteriaTable';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { mergePolicy, PolicyFields, type Json } from '../../components/PolicyFields';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { StatusTag } from '../../components/StatusTag';
import { useApi } from '../../hooks/useApi';
import { useFormProblem } from '../../hooks/useFormProblem';
import { today } from '../../lib/dates';

const POLL_MS = 1000;
const FINISHED = ['DONE', 'FAILED', 'COMPLETED'];

/** The year's reward policy, edited by the region's regulator. */
function PolicyCard({ year, editable }: { year: number; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { error: saveError, handle, clear } = useFormProblem(form);
  const { data: policy, error, loading, reload } = useApi<RewardPolicy>(`/reward-policies/${year}`);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (policy) form.setFieldsValue(policy);
  }, [policy, form]);

  if (error instanceof ApiError && error.status === 403) return null;
  const save = async () => {
    setSaving(true);
    clear();
    try {
      await api.put(`/reward-policies/${year}`, mergePolicy(policy as Json, form.getFieldsValue(true) as Json));
      void message.success(t('rewards.policySaved'));
      reload();
    } catch (failure) {
      handle(failure);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card
      className="section"
      title={t('rewards.policy', { year })}
      extra={
        editable && (
          <Button type="primary" loading={saving} onClick={() => void save()} disabled={!policy}>
            {t('common.save')}
          </Button>
        )
      }
    >
      {error && <ProblemAlert error={error} />}
      {loading ? (
        <Skeleton active />
      ) : (
        policy && (
          <Form form={form} layout="vertical" disabled={!editable || saving} className="policy-form">
            <PolicyFields value={policy as Json} />
          </Form>
        )
      )}
      {saveError !== undefined && <ProblemAlert error={saveError} />}
    </Card>
  );
}

/** An evaluation's results; a running evaluation is polled until it ends. */
function EvaluationResults({ evaluationId }: { evaluationId: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const {
    data: evaluation,
    error: loadError,
    reload,
  } = useApi<RewardEvaluation>(`/reward-evaluations/${evaluationId}`);
  const running = evaluation !== undefined && !FINISHED.includes(evaluation.status);

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [evaluation, running, reload]);

  if (loadError) return <ProblemAlert error={loadError} />;
  if (!evaluation) return <Skeleton active />;
  if (running) {
    return (
      <Result
        icon={<Spin size="large" />}
        title={t('rewards.running')}
        subTitle={<StatusTag group="job" status={evaluation.status} />}
      />
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <StatusTag group="job" status={evaluation.status} />
        <Typography.Text>
          {t('rewards.summary', {
            total: evaluation.results.length,
            eligible: evaluation.results.filter((r) => r.eligible).length,
          })}
        </Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            void api
              .download(`/reward-evaluations/${evaluation.id}`, CSV, `reward-evaluation-${evaluation.year}.csv`)
              .catch(setError)
          }
        >
          {t('common.exportCsv')}
        </Button>
      </Space>
      {error !== undefined && <ProblemAlert error={error} />}
      <Table<RewardResult>
        rowKey="enterpriseId"
        size="small"
        dataSource={evaluation.results}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (result) => <CriteriaTable criteria={result.criteria} /> }}
        columns={[
          {
            title: t('onboarding.enterprise'),
            key: 'enterprise',
            render: (_, r) => r.enterprise?.name ?? r.enterpriseName ?? r.enterpriseId,
          },
          {
            title: t('rewards.eligible'),
            dataIndex: 'eligible',
            render: (eligible: boolean) =>
              eligible ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>,
          },
          {
            title: t('rewards.criteriaMet'),
            key: 'met',
            render: (_, r) => `${r.criteria.filter((c) => c.passed).length}/${r.criteria.length}`,
          },
          {
            title: t('rewards.rewardAmount'),
            dataIndex: 'rewardAmount',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
        ]}
      />
    </Space>
  );
}

/** Reward policy per year and evaluation of the connected core enterprises against it. */
export default function Rewards() {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const { message } = App.useApp();
  const me = useMe();
  const region = me.role === 'REGULATOR' && me.jurisdiction === REGION_CODE;
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [evaluationId, setEvaluationId] = useState<string>();
  const [starting, setStarting] = useState(false);
  const previous = useApi<Page<RewardEvaluation>>('/reward-evaluations', { year, limit: 20 });
  const shownId = evaluationId ?? previous.data?.items?.[0]?.id;

  const evaluate = async () => {
    setStarting(true);
    try {
      const { id } = await api.post<{ id: string }>('/reward-evaluations', { year });
      setEvaluationId(id);
    } catch (failure) {
      void message.error(problem(failure));
    } finally {
      setStarting(false);
    }
  };

  return (
    <>
      <PageTitle
        title={t('menu.rewards')}
        subtitle={t('rewards.subtitle')}
        extra={
          <Space>
            <Select
              value={year}
              aria-label={t('common.year')}
              onChange={(y) => {
                setYear(y);
                setEvaluationId(undefined);
              }}
              options={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => ({
                value: y,
                label: String(y),
              }))}
            />
            {region && (
              <Button type="primary" icon={<PlayCircleOutlined />} loading={starting} onClick={() => void evaluate()}>
                {t('rewards.evaluate')}
              </Button>
            )}
          </Space>
        }
      />
      <PolicyCard key={year} year={year} editable={region} />
      <Card title={t('rewards.results', { year })}>
        {shownId ? (
          <EvaluationResults key={shownId} evaluationId={shownId} />
        ) : (
          <Result
            status="info"
            title={t('rewards.noEvaluation', { year })}
            subTitle={region ? t('rewards.runHint') : undefined}
          />
        )}
      </Card>
    </>
  );
}
