import { App, Button, Card, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Acceptance, ProcurementAward } from '../../api/procurement';
import type { Page } from '../../api/schema';
import { AcceptanceModal, remainingToAccept } from '../../components/AcceptanceModal';
import { AwardsTable } from '../../components/AwardsTable';
import { EmptyState } from '../../components/EmptyState';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { YearSelect, currentYear } from '../../components/YearSelect';
import { useApi } from '../../hooks/useApi';
import { formatTimestamp } from '../../lib/dates';
import { compareMoney, formatMoney } from '../../lib/money';

interface AcceptanceRow extends Acceptance {
  award: ProcurementAward;
}

/** Deliveries to accept (contracts with something left) and the acceptances made, each with its receivable. */
export default function Acceptances() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState(currentYear);
  const [accepting, setAccepting] = useState<ProcurementAward | null>(null);
  const awards = useApi<Page<ProcurementAward>>('/procurement-awards', { year, limit: 200 });
  const items = useMemo(() => awards.data?.items ?? [], [awards.data]);
  const pending = items.filter((award) => compareMoney(remainingToAccept(award), '0') > 0);
  const history = useMemo<AcceptanceRow[]>(
    () =>
      items
        .flatMap((award) => award.acceptances.map((acceptance) => ({ ...acceptance, award })))
        .sort((a, b) => b.acceptedOn.localeCompare(a.acceptedOn)),
    [items],
  );

  return (
    <>
      <PageTitle
        title={t('procurement.menu.acceptances')}
        subtitle={t('procurement.acceptance.subtitle')}
        extra={<YearSelect value={year} onChange={setYear} />}
      />
      {awards.error && <ProblemAlert error={awards.error} />}
      <Card className="section" title={t('procurement.acceptance.pending')}>
        <AwardsTable
          awards={pending}
          perspective="purchaser"
          actions={(award) => (
            <Button size="small" type="link" onClick={() => setAccepting(award)}>
              {t('procurement.acceptance.accept')}
            </Button>
          )}
        />
      </Card>
      <Card title={t('procurement.acceptance.history')}>
        <Table<AcceptanceRow>
          rowKey="id"
          size="middle"
          loading={awards.loading}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={history}
          locale={{ emptyText: <EmptyState hint={t('procurement.acceptance.historyEmpty')} /> }}
          columns={[
            { title: t('procurement.acceptance.acceptedOn'), dataIndex: 'acceptedOn' },
            {
              title: t('procurement.award.contractNo'),
              key: 'contract',
              render: (_, row) => <Link to={`/procurement/awards/${row.award.id}`}>{row.award.contractNo}</Link>,
            },
            { title: t('procurement.award.supplier'), key: 'supplier', render: (_, row) => row.award.supplier.name },
            {
              title: t('procurement.acceptance.amount'),
              dataIndex: 'amount',
              align: 'right',
              render: (v: string) => <MoneyText value={v} />,
            },
            {
              title: t('procurement.acceptance.receivable'),
              key: 'receivable',
              render: (_, row) => <Link to={`/receivables/${row.receivableId}`}>{t('common.open')}</Link>,
            },
            { title: t('common.createdAt'), key: 'createdAt', render: (_, row) => formatTimestamp(row.createdAt) },
          ]}
        />
      </Card>
      <AcceptanceModal
        award={accepting}
        onClose={() => setAccepting(null)}
        onDone={(receivable) => {
          void message.success(t('procurement.acceptance.done', { amount: formatMoney(receivable.amount) }));
          awards.reload();
        }}
      />
    </>
  );
}
