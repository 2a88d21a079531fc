import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FinancingRequest } from '../../api/schema';
import { FinancingFilters, FinancingTable, type FinancingFilterValues } from '../../components/FinancingTable';
import { PageTitle } from '../../components/PageTitle';
import { useCursorList } from '../../hooks/useCursorList';

/** The SME's financing requests and where each stands. */
export default function FinancingRequests() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<FinancingFilterValues>({});
  const list = useCursorList<FinancingRequest>('/financing-requests', {
    ...filters,
    q: filters.q?.trim() || undefined,
    withTotal: true,
  });
  const request = (
    <Button type="primary" onClick={() => void navigate('/sme/financing/new')}>
      {t('sme.financing.new')}
    </Button>
  );
  return (
    <>
      <PageTitle title={t('menu.financing')} extra={request} />
      <FinancingFilters onApply={setFilters} />
      <FinancingTable list={list} perspective="sme" emptyHint={t('sme.financing.empty')} emptyAction={request} />
    </>
  );
}
