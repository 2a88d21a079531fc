import { Card, Skeleton, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import type { ComplianceReport, ComplianceRow, ProcurementProject } from '../../api/procurement';
import type { Enterprise, Page } from '../../api/schema';
import { ComplianceTable } from '../../components/ComplianceTable';
import { EmptyState } from '../../components/EmptyState';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { YearSelect, currentYear } from '../../components/YearSelect';
import type { CursorList } from '../../hooks/useCursorList';
import { useProjectColumns } from '../purchaser/Projects';

interface UnitDetails {
  rows: ComplianceRow[];
  projects: ProcurementProject[];
}

/** A whole list already loaded, shown by the tables that page through cursor lists. */
function loaded<T>(items: T[], loading: boolean, error?: ApiError): CursorList<T> {
  const none = () => undefined;
  return {
    items,
    loading,
    error,
    reload: none,
    pageNumber: 1,
    pageSize: items.length,
    hasNext: false,
    hasPrevious: false,
    next: none,
    previous: none,
    setPageSize: none,
    setSort: none,
  };
}

/**
 * A competent unit drilled into: its rolled-up row, each of its units on its own, and the projects
 * of all of them (a regulator within its jurisdiction, the operator).
 */
export default function ProcurementUnit() {
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Number(params.get('year')) || currentYear());
  const [details, setDetails] = useState<UnitDetails>();
  const [error, setError] = useState<ApiError>();
  const projectColumns = useProjectColumns();

  useEffect(() => {
    let live = true;
    setDetails(undefined);
    setError(undefined);
    const rowOf = async (id: string) =>
      (await api.get<ComplianceReport>('/procurement/compliance', { year, unitId: id })).items;
    const projectsOf = async (id: string) =>
      (await api.get<Page<ProcurementProject>>('/procurement-projects', { year, unitId: id, limit: 200 })).items;
    (async () => {
      const own = await rowOf(unitId);
      const below = await api.get<Page<Enterprise>>('/enterprises', { parentId: unitId, limit: 200 });
      const units = [unitId, ...below.items.map((e) => e.id)];
      const subordinateRows = (await Promise.all(below.items.map((e) => rowOf(e.id)))).flat();
      const projects = (await Promise.all(units.map(projectsOf))).flat();
      return { rows: [...own, ...subordinateRows.map((row) => ({ ...row, name: `└ ${row.name}` }))], projects };
    })()
      .then((result) => live && setDetails(result))
      .catch((failure: unknown) => live && setError(failure instanceof ApiError ? failure : undefined));
    return () => {
      live = false;
    };
  }, [unitId, year]);

  if (error) return <ProblemAlert error={error} />;
  const name = details?.rows[0]?.name ?? '';

  return (
    <>
      <PageTitle
        title={details ? t('procurement.regulator.unitTitle', { name, year }) : t('procurement.regulator.title')}
        extra={<YearSelect value={year} onChange={setYear} />}
      />
      {!details ? (
        <Skeleton active />
      ) : (
        <>
          <Card className="section" title={t('procurement.regulator.subordinates')}>
            <ComplianceTable<ComplianceRow> list={loaded(details.rows, false)} />
          </Card>
          <Card title={t('procurement.regulator.projects')}>
            <Table<ProcurementProject>
              rowKey="id"
              size="middle"
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={details.projects}
              columns={projectColumns}
              locale={{ emptyText: <EmptyState hint={t('procurement.project.empty')} /> }}
            />
          </Card>
        </>
      )}
    </>
  );
}
