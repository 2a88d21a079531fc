import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProcurementAward } from '../../api/procurement';
import { AcceptanceModal, remainingToAccept } from '../../components/AcceptanceModal';
import { useAwardColumns } from '../../components/AwardsTable';
import { PagedTable } from '../../components/PagedTable';
import { PageTitle } from '../../components/PageTitle';
import { YearSelect, currentYear } from '../../components/YearSelect';
import { useCursorList } from '../../hooks/useCursorList';
import { compareMoney, formatMoney } from '../../lib/money';

/** The contracts of the purchaser's unit tree, with what is left to accept; a delivery is accepted from here. */
export default function Awards() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [year, setYear] = useState(currentYear);
  const [accepting, setAccepting] = useState<ProcurementAward | null>(null);
  const list = useCursorList<ProcurementAward>('/procurement-awards', { year });
  const columns = useAwardColumns('purchaser', (award) =>
    compareMoney(remainingToAccept(award), '0') > 0 ? (
      <Button size="small" type="link" onClick={() => setAccepting(award)}>
        {t('procurement.acceptance.accept')}
      </Button>
    ) : null,
  );
  return (
    <>
      <PageTitle
        title={t('procurement.menu.awards')}
        subtitle={t('procurement.acceptance.subtitle')}
        extra={<YearSelect value={year} onChange={setYear} />}
      />
      <PagedTable<ProcurementAward> list={list} columns={columns} emptyHint={t('procurement.award.empty')} />
      <AcceptanceModal
        award={accepting}
        onClose={() => setAccepting(null)}
        onDone={(receivable) => {
          void message.success(t('procurement.acceptance.done', { amount: formatMoney(receivable.amount) }));
          void navigate(`/receivables/${receivable.id}`);
        }}
      />
    </>
  );
}
