import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnboardingStatus } from '../api/schema';

const PATH: OnboardingStatus[] = ['SUBMITTED', 'NOMINATED', 'APPROVED', 'CONNECTED'];

/** Where an application stands on the way to connection: applied, nominated by the city, approved by the region, connected. */
export function OnboardingSteps({ status }: { status: OnboardingStatus }) {
  const { t } = useTranslation();
  const rejected = status === 'REJECTED' || status === 'WITHDRAWN';
  const current = rejected ? 1 : PATH.indexOf(status);
  return (
    <Steps
      size="small"
      current={current}
      status={rejected ? 'error' : status === 'CONNECTED' ? 'finish' : 'process'}
      items={PATH.map((step, index) => ({
        title: rejected && index === 1 ? t(`status.onboarding.${status}`) : t(`status.onboarding.${step}`),
      }))}
    />
  );
}
