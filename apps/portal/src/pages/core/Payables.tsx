import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receivable } from '../../api/schema';
import { PageTitle } from '../../components/PageTitle';
import { PaymentModal } from '../../components/ReceivableActions';
import {
  ReceivableFilters,
  ReceivablesTable,
  receivableQuery,
  type ReceivableFilterValues,
} from '../../components/ReceivablesTable';
import { useCursorList } from '../../hooks/useCursorList';
import { compareMoney } from '../../lib/money';

/** What the core enterprise owes, and recording what it paid. */
export default function Payables() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ReceivableFilterValues>({ status: 'CONFIRMED' });
  const list = useCursorList<Receivable>('/receivables', receivableQuery(filters, 'debtor'));
  const [paying, setPaying] = useState<Receivable | null>(null);
  return (
    <>
      <PageTitle title={t('menu.payables')} subtitle={t('core.payables.subtitle')} />
      <ReceivableFilters initial={filters} onApply={setFilters} />
      <ReceivablesTable
        list={list}
        perspective="debtor"
        emptyHint={t('core.payables.empty')}
        actions={(r) =>
          r.status === 'CONFIRMED' && r.outstandingAmount && compareMoney(r.outstandingAmount, '0') > 0 ? (
            <Button size="small" type="link" onClick={() => setPaying(r)}>
              {t('core.payment.submit')}
            </Button>
          ) : null
        }
      />
      <PaymentModal receivable={paying} onClose={() => setPaying(null)} onDone={list.reload} />
    </>
  );
}
