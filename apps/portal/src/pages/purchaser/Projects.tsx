import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProcurementProject } from '../../api/procurement';
import { MoneyText } from '../../components/MoneyText';
import { PagedTable } from '../../components/PagedTable';
import { PageTitle } from '../../components/PageTitle';
import { DeclareProjectModal } from '../../components/ProcurementForms';
import { YearSelect, currentYear } from '../../components/YearSelect';
import { useCursorList } from '../../hooks/useCursorList';

/** The purchaser's projects of a year, its own unit's and its subordinates', and declaring a new one. */
export default function Projects() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [year, setYear] = useState(currentYear);
  const [declaring, setDeclaring] = useState(false);
  const list = useCursorList<ProcurementProject>('/procurement-projects', { year });
  const columns = useProjectColumns();

  return (
    <>
      <PageTitle
        title={t('procurement.menu.projects')}
        subtitle={t('procurement.plan.subtitle')}
        extra={
          <>
            <YearSelect value={year} onChange={setYear} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDeclaring(true)}>
              {t('procurement.project.declare')}
            </Button>
          </>
        }
      />
      <PagedTable<ProcurementProject> list={list} columns={columns} emptyHint={t('procurement.plan.noProjects')} />
      <DeclareProjectModal
        year={year}
        open={declaring}
        onClose={() => setDeclaring(false)}
        onDone={(project) => {
          void message.success(t('procurement.project.declared', { name: project.name }));
          void navigate(`/procurement/projects/${project.id}`);
        }}
      />
    </>
  );
}

/** A project row: name (to its page), unit, category, budget, what is reserved, awarded, flags. */
export function useProjectColumns() {
  const { t } = useTranslation();
  return [
    {
      title: t('procurement.project.name'),
      key: 'name',
      render: (_: unknown, p: ProcurementProject) => <Link to={`/procurement/projects/${p.id}`}>{p.name}</Link>,
    },
    { title: t('procurement.unit'), key: 'unit', render: (_: unknown, p: ProcurementProject) => p.unit.name },
    {
      title: t('procurement.project.category'),
      dataIndex: 'category',
      render: (c: string) => t(`procurement.category.${c}`),
    },
    {
      title: t('procurement.project.budgetAmount'),
      dataIndex: 'budgetAmount',
      align: 'right' as const,
      render: (v: string) => <MoneyText value={v} />,
    },
    {
      title: t('procurement.project.reservation'),
      dataIndex: 'reservation',
      render: (r: string) => t(`procurement.reservation.${r}`),
    },
    {
      title: t('procurement.project.reservedAmount'),
      dataIndex: 'reservedAmount',
      align: 'right' as const,
      render: (v: string) => <MoneyText value={v} />,
    },
    {
      title: t('procurement.project.smallMicroReservedAmount'),
      dataIndex: 'smallMicroReservedAmount',
      align: 'right' as const,
      render: (v: string) => <MoneyText value={v} />,
    },
    {
      title: t('procurement.project.awardedAmount'),
      dataIndex: 'awardedAmount',
      align: 'right' as const,
      render: (v: string) => <MoneyText value={v} />,
    },
    {
      title: t('procurement.project.flags'),
      key: 'flags',
      render: (_: unknown, p: ProcurementProject) => (
        <Space size={4} wrap>
          {p.flags.map((flag) => (
            <Tag color="orange" key={flag}>
              {t(`procurement.flag.${flag}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
}
