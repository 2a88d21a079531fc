import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Select,
  List,
  Popconfirm,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { OnboardingApplication, OnboardingQuota, Page } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { requiredRule } from '../../components/formRules';
import { FormModal } from '../../components/FormModal';
import { OnboardingSteps } from '../../components/OnboardingSteps';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, useProblemMessage } from '../../components/ProblemAlert';
import { useReferenceData } from '../../components/ReferenceData';
import { StatusTag } from '../../components/StatusTag';
import { useApi } from '../../hooks/useApi';
import { formatTimestamp, today } from '../../lib/dates';

// An application that holds its enterprise's place for the year (one live per enterprise and year).
const LIVE: string[] = ['SUBMITTED', 'NOMINATED', 'APPROVED', 'CONNECTED'];

interface ApplicationForm {
  year: number;
  contactName: string;
  contactPhone: string;
  note?: string;
}

/** The core enterprise applies to be its city's connected core enterprise, and follows the review. */
export default function CoreOnboarding() {
  const { t } = useTranslation();
  const me = useMe();
  const { cityName } = useReferenceData();
  const { message } = App.useApp();
  const problem = useProblemMessage();
  const year = Number(today().slice(0, 4));
  const [applying, setApplying] = useState(false);
  const applications = useApi<Page<OnboardingApplication>>('/onboarding-applications', { limit: 50 });
  const quotas = useApi<OnboardingQuota[]>('/onboarding-quotas', { year });
  const quotaList = quotas.data ?? [];
  const cityQuota = quotaList.find((q) => q.cityCode === me.enterprise?.cityCode);
  const items = applications.data?.items ?? [];

  const withdraw = async (application: OnboardingApplication) => {
    try {
      await api.post(`/onboarding-applications/${application.id}/withdraw`);
      applications.reload();
      quotas.reload();
    } catch (failure) {
      void message.error(problem(failure));
    }
  };

  // What the page offers follows the state: nothing to apply for once connected, and only the years
  // without a live application (this year only while the city has a place left).
  const connected = items.find((a) => a.status === 'CONNECTED');
  const liveYears = new Set(items.filter((a) => LIVE.includes(a.status)).map((a) => a.year));
  const cityFull = cityQuota !== undefined && cityQuota.remaining === 0;
  const openYears = [year, year + 1].filter((y) => !liveYears.has(y) && !(y === year && cityFull));
  const canApply = !connected && !applications.loading && openYears.length > 0;
  const thisYearFull = cityFull && !liveYears.has(year);
  const why = connected
    ? t('core.onboarding.alreadyConnected', { date: connected.connectedOn ?? '—' })
    : openYears.length === 0
      ? thisYearFull
        ? t('core.onboarding.quotaFull', { year })
        : t('core.onboarding.alreadyApplied')
      : thisYearFull
        ? t('core.onboarding.nextYearOnly', { year, next: year + 1 })
        : null;
  const apply = canApply ? (
    <Button type="primary" onClick={() => setApplying(true)}>
      {t('core.onboarding.apply')}
    </Button>
  ) : null;

  return (
    <>
      <PageTitle title={t('menu.onboarding')} subtitle={t('core.onboarding.subtitle')} extra={apply} />
      {why && !applications.loading && (
        <Alert className="section" type={connected ? 'success' : 'info'} showIcon title={why} />
      )}
      {cityQuota && (
        <Card className="section" size="small">
          <Typography.Text>
            {t('core.onboarding.quota', {
              city: cityName(cityQuota.cityCode),
              year,
              quota: cityQuota.quota,
              used: cityQuota.used,
              remaining: cityQuota.remaining,
            })}
          </Typography.Text>
        </Card>
      )}
      {applications.error && <ProblemAlert error={applications.error} />}
      {applications.loading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('core.onboarding.empty')}>{apply}</Empty>
        </Card>
      ) : (
        <List
          dataSource={items}
          renderItem={(application) => (
            <Card className="section" key={application.id}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{t('core.onboarding.yearTitle', { year: application.year })}</Typography.Text>
                  <StatusTag group="onboarding" status={application.status} />
                  <Typography.Text type="secondary">{formatTimestamp(application.createdAt)}</Typography.Text>
                </Space>
                <OnboardingSteps status={application.status} />
                <Typography.Text type="secondary">
                  {t('core.onboarding.contact', { name: application.contactName, phone: application.contactPhone })}
                </Typography.Text>
                {(application.status === 'SUBMITTED' || application.status === 'NOMINATED') && (
                  <Popconfirm
                    title={t('core.onboarding.withdrawConfirm')}
                    okText={t('core.onboarding.withdraw')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => void withdraw(application)}
                  >
                    <Button danger size="small">
                      {t('core.onboarding.withdraw')}
                    </Button>
                  </Popconfirm>
                )}
                {application.rejectionReason && (
                  <Typography.Text type="danger">
                    {t('core.onboarding.rejected', { reason: application.rejectionReason })}
                  </Typography.Text>
                )}
                {application.platformAccountId && (
                  <Typography.Text>
                    {t('core.onboarding.connected', {
                      account: application.platformAccountId,
                      date: application.connectedOn ?? '—',
                    })}
                  </Typography.Text>
                )}
              </Space>
            </Card>
          )}
        />
      )}
      <FormModal<ApplicationForm>
        open={applying}
        title={t('core.onboarding.apply')}
        initialValues={{ year: openYears[0] ?? year }}
        codeFields={{ APPLICATION_EXISTS: 'year', YEAR_OUT_OF_RANGE: 'year' }}
        onClose={() => setApplying(false)}
        onSubmit={async (values) => {
          await api.post('/onboarding-applications', {
            year: values.year,
            contactName: values.contactName.trim(),
            contactPhone: values.contactPhone.trim(),
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          });
          applications.reload();
          quotas.reload();
        }}
      >
        <Form.Item
          name="year"
          label={t('core.onboarding.year')}
          extra={t('core.onboarding.yearHint')}
          rules={[requiredRule(t)]}
        >
          <Select options={openYears.map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <Form.Item name="contactName" label={t('core.onboarding.contactName')} rules={[requiredRule(t)]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('core.onboarding.contactPhone')} rules={[requiredRule(t)]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="note" label={t('core.onboarding.note')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
