import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receivable } from '../../api/schema';
import { PageTitle } from '../../components/PageTitle';
import {
  ReceivableFilters,
  ReceivablesTable,
  receivableQuery,
  type ReceivableFilterValues,
} from '../../components/ReceivablesTable';
import { useCursorList } from '../../hooks/useCursorList';

/** Every receivable ever put before the bank in a financing request. */
export default function PledgedReceivables() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ReceivableFilterValues>({});
  const list = useCursorList<Receivable>('/receivables', receivableQuery(filters));
  return (
    <>
      <PageTitle title={t('menu.pledgedReceivables')} subtitle={t('bank.receivables.subtitle')} />
      <ReceivableFilters onApply={setFilters} />
      <ReceivablesTable list={list} perspective="any" emptyHint={t('bank.receivables.empty')} />
    </>
  );
}
