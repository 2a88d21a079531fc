import { App, Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Query } from '../../api/client';
import { ONBOARDING_STATUSES, REGION_CODE, type OnboardingApplication } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { CitySelect } from '../../components/CitySelect';
import { FilterBar } from '../../components/FilterBar';
import { FormModal } from '../../components/FormModal';
import { requiredRule } from '../../components/formRules';
import { PagedTable } from '../../components/PagedTable';
import { PageTitle } from '../../components/PageTitle';
import { useProblemMessage } from '../../components/ProblemAlert';
import { useReferenceData } from '../../components/ReferenceData';
import { StatusTag } from '../../components/StatusTag';
import { useCursorList } from '../../hooks/useCursorList';
import { formatTimestamp, fromBusinessDate, today, toBusinessDate } from '../../lib/dates';

type Review = { kind: 'reject' | 'connect'; application: OnboardingApplication } | null;

/** Nominations by city regulators, approvals by the region, within each city's yearly quota. */
export default function OnboardingReview() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblemMessage();
  const me = useMe();
  const { cityName } = useReferenceData();
  const region = me.jurisdiction === REGION_CODE;
  const mayConnect = region || me.role === 'ADMIN';
  const [filters, setFilters] = useState<Query>({ year: Number(today().slice(0, 4)) });
  const list = useCursorList<OnboardingApplication>('/onboarding-applications', filters);
  const [review, setReview] = useState<Review>(null);
  const [busy, setBusy] = useState<string>();

  const act = async (application: OnboardingApplication, action: 'nominate' | 'approve') => {
    setBusy(application.id);
    try {
      await api.post(`/onboarding-applications/${application.id}/${action}`);
      void message.success(t(`onboarding.${action}d`));
      list.reload();
    } catch (failure) {
      void message.error(problem(failure));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <PageTitle title={t('menu.onboardingReview')} subtitle={t('onboarding.subtitle')} />
      <FilterBar<Query> initial={filters} onApply={setFilters}>
        <Form.Item name="year" label={t('common.year')}>
          <InputNumber min={2020} max={2100} precision={0} style={{ width: 100 }} />
        </Form.Item>
        {region && (
          <Form.Item name="cityCode" label={t('common.city')}>
            <CitySelect />
          </Form.Item>
        )}
        <Form.Item name="status" label={t('common.status')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ width: 140 }}
            options={ONBOARDING_STATUSES.map((s) => ({ value: s, label: t(`status.onboarding.${s}`) }))}
          />
        </Form.Item>
      </FilterBar>
      <PagedTable<OnboardingApplication>
        list={list}
        emptyHint={t('onboarding.empty')}
        columns={[
          {
            title: t('onboarding.enterprise'),
            key: 'enterprise',
            render: (_, a) => a.enterprise.name,
          },
          { title: t('common.city'), key: 'city', render: (_, a) => cityName(a.cityCode) },
          { title: t('common.year'), dataIndex: 'year' },
          { title: t('onboarding.contact'), key: 'contact', render: (_, a) => `${a.contactName} ${a.contactPhone}` },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTimestamp },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: string) => <StatusTag group="onboarding" status={s} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, a) => (
              <Space size={4} wrap>
                {a.status === 'SUBMITTED' && me.role === 'REGULATOR' && (
                  <Button size="small" type="primary" loading={busy === a.id} onClick={() => void act(a, 'nominate')}>
                    {t('onboarding.nominate')}
                  </Button>
                )}
                {a.status === 'NOMINATED' && region && (
                  <Button size="small" type="primary" loading={busy === a.id} onClick={() => void act(a, 'approve')}>
                    {t('onboarding.approve')}
                  </Button>
                )}
                {(a.status === 'SUBMITTED' || a.status === 'NOMINATED') && region && (
                  <Button size="small" danger onClick={() => setReview({ kind: 'reject', application: a })}>
                    {t('onboarding.reject')}
                  </Button>
                )}
                {a.status === 'APPROVED' && mayConnect && (
                  <Button size="small" onClick={() => setReview({ kind: 'connect', application: a })}>
                    {t('onboarding.connect')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ reason: string }>
        open={review?.kind === 'reject'}
        danger
        title={t('onboarding.reject')}
        onClose={() => setReview(null)}
        onSubmit={async ({ reason }) => {
          await api.post(`/onboarding-applications/${review!.application.id}/reject`, { reason: reason.trim() });
          list.reload();
        }}
      >
        <Form.Item name="reason" label={t('onboarding.reason')} rules={[requiredRule(t)]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
      <FormModal<{ platformAccountId: string; connectedOn: Dayjs }>
        open={review?.kind === 'connect'}
        title={t('onboarding.connect')}
        initialValues={{ connectedOn: fromBusinessDate(today()) }}
        onClose={() => setReview(null)}
        onSubmit={async (values) => {
          await api.post(`/onboarding-applications/${review!.application.id}/connect`, {
            platformAccountId: values.platformAccountId.trim(),
            connectedOn: toBusinessDate(values.connectedOn),
          });
          list.reload();
        }}
      >
        <Form.Item
          name="platformAccountId"
          label={t('onboarding.platformAccountId')}
          extra={t('onboarding.platformAccountHint')}
          rules={[requiredRule(t)]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="connectedOn" label={t('onboarding.connectedOn')} rules={[requiredRule(t)]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
