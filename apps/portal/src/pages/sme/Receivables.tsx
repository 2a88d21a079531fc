import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Receivable } from '../../api/schema';
import { PageTitle } from '../../components/PageTitle';
import {
  ReceivableFilters,
  ReceivablesTable,
  receivableQuery,
  type ReceivableFilterValues,
} from '../../components/ReceivablesTable';
import { useCursorList } from '../../hooks/useCursorList';

/** The SME's receivables, each opening its timeline. */
export default function SmeReceivables() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<ReceivableFilterValues>({});
  const list = useCursorList<Receivable>('/receivables', receivableQuery(filters, 'creditor'));
  const register = (
    <Button type="primary" onClick={() => void navigate('/sme/receivables/new')}>
      {t('menu.registerReceivable')}
    </Button>
  );
  return (
    <>
      <PageTitle title={t('menu.receivables')} extra={register} />
      <ReceivableFilters onApply={setFilters} />
      <ReceivablesTable
        list={list}
        perspective="creditor"
        emptyHint={t('sme.receivables.empty')}
        emptyAction={register}
      />
    </>
  );
}
