import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ProcurementProjectDetail } from '../../api/procurement';
import { useMe } from '../../auth/AuthProvider';
import { AwardsTable } from '../../components/AwardsTable';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { AwardContractModal } from '../../components/ProcurementForms';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../hooks/useApi';

/** A procurement project with its contracts; its purchaser records contracts here. */
export default function ProjectDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const { data: project, error, reload } = useApi<ProcurementProjectDetail>(`/procurement-projects/${id}`);
  const [awarding, setAwarding] = useState(false);
  if (error) return <ProblemAlert error={error} />;
  if (!project) return <Skeleton active />;

  return (
    <>
      <PageTitle
        title={t('procurement.project.title', { name: project.name })}
        subtitle={
          <Space size={4} wrap>
            {project.unit.name} · {project.year}
            {project.flags.map((flag) => (
              <Tag color="orange" key={flag}>
                {t(`procurement.flag.${flag}`)}
              </Tag>
            ))}
          </Space>
        }
        extra={
          me.role === 'PURCHASER' && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAwarding(true)}>
              {t('procurement.award.award')}
            </Button>
          )
        }
      />
      <Card className="section">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'category',
              label: t('procurement.project.category'),
              children: t(`procurement.category.${project.category}`),
            },
            {
              key: 'budget',
              label: t('procurement.project.budgetAmount'),
              children: <MoneyText value={project.budgetAmount} />,
            },
            {
              key: 'reservation',
              label: t('procurement.project.reservation'),
              children: t(`procurement.reservation.${project.reservation}`),
            },
            {
              key: 'reserved',
              label: t('procurement.project.reservedAmount'),
              children: <MoneyText value={project.reservedAmount} />,
            },
            {
              key: 'smallMicro',
              label: t('procurement.project.smallMicroReservedAmount'),
              children: <MoneyText value={project.smallMicroReservedAmount} />,
            },
            {
              key: 'awarded',
              label: t('procurement.project.awardedAmount'),
              children: <MoneyText value={project.awardedAmount} />,
            },
            ...(project.reason
              ? [{ key: 'reason', label: t('procurement.project.reason'), children: project.reason, span: 3 }]
              : []),
          ]}
        />
      </Card>
      <Card title={t('procurement.project.awards')}>
        <AwardsTable awards={project.awards} perspective="purchaser" />
      </Card>
      <AwardContractModal
        project={awarding ? project : null}
        onClose={() => setAwarding(false)}
        onDone={(award) => {
          void message.success(t('procurement.award.awarded', { contractNo: award.contractNo }));
          reload();
        }}
      />
    </>
  );
}
