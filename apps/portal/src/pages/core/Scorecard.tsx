import { Alert, Card, Empty, List, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyRewardResult } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { CriteriaTable, criterionValue } from '../../components/CriteriaTable';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScorecardView } from '../../components/ScorecardView';
import { useApi } from '../../hooks/useApi';
import { today } from '../../lib/dates';

/** The core enterprise's own payment record, and its reward evaluation with what it still lacks. */
export default function Scorecard() {
  const { t } = useTranslation();
  const days = (n: string) => t('common.days', { count: n as unknown as number });
  const me = useMe();
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const { data: result, error, loading } = useApi<MyRewardResult>('/reward-evaluations/mine', { year });
  const notEvaluated = error?.status === 404;

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
        {loading ? (
          <Skeleton active />
        ) : notEvaluated || (!error && !result) ? (
          <Empty description={t('core.scorecard.noEvaluation', { year })} />
        ) : error ? (
          <ProblemAlert error={error} />
        ) : (
          result && (
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
                description={t('core.scorecard.asOf', { date: result.asOf ?? '—' })}
              />
              <CriteriaTable criteria={result.criteria} />
              {result.criteria.some((c) => !c.passed) && (
                // What is still needed, in the reader's language: built from the criteria (the API's
                // `missing` sentences are English).
                <List
                  size="small"
                  className="still-needed"
                  header={<Typography.Text strong>{t('core.scorecard.missing')}</Typography.Text>}
                  dataSource={result.criteria.filter((c) => !c.passed)}
                  renderItem={(c) => (
                    <List.Item>
                      {t(c.shortfall ? 'core.scorecard.missingShortfall' : 'core.scorecard.missingLine', {
                        criterion: t(`criteria.${c.key}`, { defaultValue: c.key }),
                        threshold: criterionValue(c.threshold, c.unit, days),
                        actual: criterionValue(c.actual, c.unit, days),
                        shortfall: criterionValue(c.shortfall, c.unit, days),
                      })}
                    </List.Item>
                  )}
                />
              )}
              <Typography.Text type="secondary">{t('core.scorecard.evaluationNote')}</Typography.Text>
            </Space>
          )
        )}
      </Card>
    </>
  );
}
