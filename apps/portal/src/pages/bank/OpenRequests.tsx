import { useTranslation } from 'react-i18next';
import type { FinancingRequest } from '../../api/schema';
import { FinancingTable } from '../../components/FinancingTable';
import { PageTitle } from '../../components/PageTitle';
import { useCursorList } from '../../hooks/useCursorList';

/** Requests an SME put before several banks, this one among them: open for the bank's offer. */
export default function OpenRequests() {
  const { t } = useTranslation();
  const list = useCursorList<FinancingRequest>('/financing-requests', { status: 'OPEN' });
  return (
    <>
      <PageTitle title={t('menu.openRequests')} subtitle={t('offers.openSubtitle')} />
      <FinancingTable list={list} perspective="bank" emptyHint={t('offers.noOpen')} />
    </>
  );
}
