import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcurementAward } from '../../api/procurement';
import { useAwardColumns } from '../../components/AwardsTable';
import { PagedTable } from '../../components/PagedTable';
import { PageTitle } from '../../components/PageTitle';
import { useCursorList } from '../../hooks/useCursorList';

/** The government contracts the SME won; each opens to its acceptances and contract financing (政采贷). */
export default function SupplierAwards() {
  const { t } = useTranslation();
  const list = useCursorList<ProcurementAward>('/procurement-awards');
  const columns = useAwardColumns('supplier', (award) =>
    award.financingRequestId ? null : (
      <Link to={`/procurement/awards/${award.id}`}>
        <Button size="small" type="link">
          {t('procurement.finance.button')}
        </Button>
      </Link>
    ),
  );
  return (
    <>
      <PageTitle title={t('procurement.menu.supplierAwards')} subtitle={t('procurement.supplier.subtitle')} />
      <PagedTable<ProcurementAward> list={list} columns={columns} emptyHint={t('procurement.award.empty')} />
    </>
  );
}
