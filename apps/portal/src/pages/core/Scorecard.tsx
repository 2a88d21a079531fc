import { Alert, Card, Empty, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, RewardEvaluation } from '../../api/types';
import { useMe } from '../../auth/AuthProvider';
import { CriteriaTable } from '../../components/CriteriaTable';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScorecardView } from '../../components/ScorecardView';
import { useApi } from '../../hooks/useApi';
import { today } from '../../lib/dates';

/** The core enterprise's own payment record, and its reward evaluation with what it still lacks. */
export default function Scorecard() {
  const { t } = useTranslation();
  const me = useMe();
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const evaluations = useApi<Page<RewardEvaluation>>('/reward-evaluations', { year, limit: 20 });
  const latest = (evaluations.data?.items ?? []).find((e) => e.status === 'DONE' || (e.results?.length ?? 0) > 0);
  const detail = useApi<RewardEvaluation>(latest ? `/reward-evaluations/${latest.id}` : null);
  const result = (detail.data ?? latest)?.results?.find((r) => r.enterpriseId === me.enterpriseId);

  return (
    <>
      <PageTitle title={t('menu.scorecard')} subtitle={t('core.scorecard.subtitle')} />
      <div className="section">{me.enterpriseId && <ScorecardView debtorId={me.enterpriseId} />}</div>
      <Card
        title={t('core.scorecard.reward')}
        extra={
          <Select
            value={year}
            onChange={setYear}
            aria-label={t('common.year')}
            options={[thisYear - 1, thisYear].map((y) => ({ value: y, label: String(y) }))}
          />
        }
      >
        {evaluations.error ? (
          <ProblemAlert error={evaluations.error} />
        ) : evaluations.loading || detail.loading ? (
          <Skeleton active />
        ) : !result ? (
          <Empty description={t('core.scorecard.noEvaluation', { year })} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert
              type={result.eligible ? 'success' : 'warning'}
              showIcon
              title={
                result.eligible ? (
                  <span>
                    {t('core.scorecard.eligible')} <MoneyText value={result.rewardAmount} />
                  </span>
                ) : (
                  t('core.scorecard.notEligible', { count: result.criteria.filter((c) => !c.passed).length })
                )
              }
            />
            <CriteriaTable criteria={result.criteria} />
            <Typography.Text type="secondary">{t('core.scorecard.evaluationNote')}</Typography.Text>
          </Space>
        )}
      </Card>
    </>
  );
}
