import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcurementAward } from '../api/procurement';
import type { Page, Receivable } from '../api/schema';
import { useMe } from '../auth/AuthProvider';
import { useApi } from '../hooks/useApi';

/**
 * On a receivable an acceptance made (the debtor a purchasing unit): the government contract it
 * comes from, where its supplier finances the contract (政采贷) and the purchaser sees where to pay.
 */
export function ProcurementOrigin({ receivable }: { receivable: Receivable }) {
  const { t } = useTranslation();
  const me = useMe();
  const concerned = receivable.debtor?.kind === 'BUYER' && (me.role === 'SME' || me.role === 'PURCHASER');
  const awards = useApi<Page<ProcurementAward>>(concerned ? '/procurement-awards' : null, { limit: 200 });
  const award = awards.data?.items.find((a) =>
    a.acceptances.some((acceptance) => acceptance.receivableId === receivable.rootId),
  );
  if (!award) return null;
  const canFinance = me.role === 'SME' && award.supplierId === me.enterpriseId && !award.financingRequestId;
  return (
    <Alert
      className="section procurement-origin"
      type="info"
      showIcon
      title={t('procurement.award.fromReceivable', { contractNo: award.contractNo, project: award.project.name })}
      action={
        <Link to={`/procurement/awards/${award.id}`}>
          <Button size="small" type={canFinance ? 'primary' : 'default'}>
            {canFinance ? t('procurement.finance.button') : t('procurement.award.open')}
          </Button>
        </Link>
      }
    />
  );
}
