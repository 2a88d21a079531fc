import { DownloadOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Result, Select, Skeleton, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV, XLSX, api } from '../../api/client';
import {
  REGION_CODE,
  type Page,
  type RewardEvaluation,
  type RewardEvaluationSummary,
  type RewardPolicy,
  type RewardResult,
} from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { CriteriaTable } from '../../components/CriteriaTable';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { PolicyEditor, policyForm, policyTerms, type PolicyForm } from '../../components/PolicyEditor';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { useReferenceData } from '../../components/ReferenceData';
import { StatusTag } from '../../components/StatusTag';
import { useApi } from '../../hooks/useApi';
import { useFormProblem } from '../../hooks/useFormProblem';
import { formatTimestamp, today } from '../../lib/dates';

const POLL_MS = 1000;

/** The year's reward policy; the region's regulator edits it (a used version is locked: saving writes the next). */
function PolicyCard({ year, editable }: { year: number; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PolicyForm>();
  const { error: saveError, handle, clear } = useFormProblem(form);
  const { data: policy, error, loading, reload } = useApi<RewardPolicy>(`/reward-policies/${year}`);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (policy) form.setFieldsValue(policyForm(policy));
  }, [policy, form]);

  const save = async (values: PolicyForm) => {
    setSaving(true);
    clear();
    try {
      await api.put(`/reward-policies/${year}`, policyTerms(values));
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
        policy && (
          <Space>
            <Typography.Text type="secondary">
              {policy.isDefault ? t('rewards.defaultPolicy') : t('rewards.version', { version: policy.version })}
            </Typography.Text>
            {policy.locked && <Tag>{t('rewards.locked')}</Tag>}
          </Space>
        )
      }
    >
      {error && <ProblemAlert error={error} />}
      {loading && <Skeleton active />}
      {policy && (
        <Form<PolicyForm> form={form} layout="vertical" disabled={!editable || saving} onFinish={(v) => void save(v)}>
          {policy.locked && editable && (
            <Alert type="info" showIcon className="section" title={t('rewards.lockedHint')} />
          )}
          <PolicyEditor policy={policy} />
          {saveError !== undefined && <ProblemAlert error={saveError} />}
          {editable && (
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('common.save')}
            </Button>
          )}
        </Form>
      )}
    </Card>
  );
}

/** An evaluation's results; a queued or running evaluation is polled until it ends. */
function EvaluationResults({ evaluationId, onFinished }: { evaluationId: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const { cityName } = useReferenceData();
  const [error, setError] = useState<unknown>();
  const {
    data: evaluation,
    error: loadError,
    reload,
  } = useApi<RewardEvaluation>(`/reward-evaluations/${evaluationId}`);
  const running = evaluation?.status === 'QUEUED';

  const polled = useRef(false);
  useEffect(() => {
    if (!evaluation) return;
    if (!running) {
      // The list's status of this evaluation changed while it was polled here.
      if (polled.current) onFinished();
      return;
    }
    polled.current = true;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [evaluation, running, reload, onFinished]);

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
  if (evaluation.status === 'FAILED') {
    return <Alert type="error" showIcon title={t('rewards.failed')} description={evaluation.failure} />;
  }
  const exportAs = (format: 'csv' | 'xlsx') =>
    void api
      .download(
        `/reward-evaluations/${evaluation.id}`,
        format === 'csv' ? CSV : XLSX,
        `reward-evaluation-${evaluation.year}.${format}`,
        {
          format,
        },
      )
      .catch(setError);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <StatusTag group="job" status={evaluation.status} />
        <Typography.Text>
          {t('rewards.summary', {
            total: evaluation.enterpriseCount ?? evaluation.results.length,
            eligible: evaluation.eligibleCount ?? 0,
          })}
        </Typography.Text>
        <Typography.Text>
          {t('rewards.totalReward')} <MoneyText value={evaluation.totalReward} />
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('rewards.asOf', { date: evaluation.asOf ?? '—', version: evaluation.policyVersion })}
        </Typography.Text>
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('xlsx')}>
          {t('common.exportXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => exportAs('csv')}>
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
        locale={{ emptyText: t('rewards.noConnected') }}
        columns={[
          { title: t('onboarding.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('common.city'), dataIndex: 'cityCode', render: (code: string) => cityName(code) },
          { title: t('onboarding.connectedOn'), dataIndex: 'connectedOn' },
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

/** Reward policy per year and evaluation of the connected core enterprises against it, with exports. */
export default function Rewards() {
  const { t } = useTranslation();
  const problem = useProblemMessage();
  const { message } = App.useApp();
  const me = useMe();
  const region = me.role === 'REGULATOR' && me.jurisdiction === REGION_CODE;
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [chosen, setChosen] = useState<string>();
  const [starting, setStarting] = useState(false);
  const evaluations = useApi<Page<RewardEvaluationSummary>>('/reward-evaluations', { year, limit: 20 });
  const history = evaluations.data?.items ?? [];
  const shownId = chosen ?? history[0]?.id;

  const evaluate = async () => {
    setStarting(true);
    try {
      const { id } = await api.post<{ id: string }>('/reward-evaluations', { year });
      setChosen(id);
      evaluations.reload();
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
                setChosen(undefined);
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
      <Card
        title={t('rewards.results', { year })}
        extra={
          history.length > 1 && (
            <Select
              value={shownId}
              onChange={setChosen}
              style={{ minWidth: 260 }}
              aria-label={t('rewards.history')}
              options={history.map((e) => ({
                value: e.id,
                label: `${formatTimestamp(e.createdAt)} · ${t(`status.job.${e.status}`)}`,
              }))}
            />
          )
        }
      >
        {evaluations.error && <ProblemAlert error={evaluations.error} />}
        {shownId ? (
          <EvaluationResults key={shownId} evaluationId={shownId} onFinished={evaluations.reload} />
        ) : (
          !evaluations.loading && (
            <Result
              status="info"
              title={t('rewards.noEvaluation', { year })}
              subTitle={region ? t('rewards.runHint') : undefined}
            />
          )
        )}
      </Card>
    </>
  );
}
