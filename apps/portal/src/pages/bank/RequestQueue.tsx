import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinancingRequest } from '../../api/schema';
import { FinancingFilters, FinancingTable, type FinancingFilterValues } from '../../components/FinancingTable';
import { PageTitle } from '../../components/PageTitle';
import { useCursorList } from '../../hooks/useCursorList';

/** The bank's main page: the requests waiting for its decision (or any status it filters for). */
export default function RequestQueue() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<FinancingFilterValues>({ status: 'SUBMITTED' });
  const list = useCursorList<FinancingRequest>('/financing-requests', {
    ...filters,
    q: filters.q?.trim() || undefined,
    withTotal: true,
  });
  return (
    <>
      <PageTitle title={t('bank.queue.title')} subtitle={t('bank.queue.subtitle')} />
      <FinancingFilters initial={filters} onApply={setFilters} />
      <FinancingTable list={list} perspective="bank" emptyHint={t('bank.queue.empty')} />
    </>
  );
}
