import { Money } from '@gqt/kernel';
import { Alert, App, Button, Card, Col, Descriptions, Row, Skeleton, Space, Table, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import type { Acceptance, ProcurementAward } from '../../api/procurement';
import type { Receivable } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { AcceptanceModal, remainingToAccept } from '../../components/AcceptanceModal';
import { AwardFlags } from '../../components/AwardsTable';
import { AwardFinancingModal } from '../../components/AwardFinancingModal';
import { EmptyState } from '../../components/EmptyState';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApi } from '../../hooks/useApi';
import { formatTimestamp } from '../../lib/dates';
import { compareMoney, formatMoney, sumMoney } from '../../lib/money';

/**
 * What the purchaser has not yet paid on an award: its amount less the payments recorded on the
 * receivables its acceptances became (as the API bounds contract financing).
 */
export function useAwardUnpaid(award: ProcurementAward | undefined, enabled: boolean): string | undefined {
  const [unpaid, setUnpaid] = useState<string>();
  const key = award ? `${award.id}:${award.acceptances.map((a) => a.receivableId).join(',')}` : '';
  useEffect(() => {
    if (!award || !enabled) return;
    let live = true;
    Promise.all(award.acceptances.map((a) => api.get<Receivable>(`/receivables/${a.receivableId}`)))
      .then((receivables) => {
        const paid = sumMoney(receivables.map((r) => r.paidAmount));
        if (live) setUnpaid(Money.parse(award.amount).minus(Money.parse(paid)).toString());
      })
      .catch(() => live && setUnpaid(award.amount));
    return () => {
      live = false;
    };
  }, [key, enabled]);
  return unpaid;
}

/** A government contract: its figures, acceptances and receivables; the purchaser accepts, the supplier finances. */
export default function AwardDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const { data: award, error, reload } = useApi<ProcurementAward>(`/procurement-awards/${id}`);
  const [action, setAction] = useState<'accept' | 'finance' | null>(null);
  const isSupplier = me.role === 'SME' && award?.supplierId === me.enterpriseId;
  const unpaid = useAwardUnpaid(award, isSupplier);

  if (error) return <ProblemAlert error={error} />;
  if (!award) return <Skeleton active />;

  const remaining = remainingToAccept(award);
  const canAccept = me.role === 'PURCHASER' && compareMoney(remaining, '0') > 0;

  return (
    <>
      <PageTitle
        title={t('procurement.award.title', { contractNo: award.contractNo })}
        subtitle={<AwardFlags award={award} />}
        extra={
          <Space wrap>
            {canAccept && (
              <Button type="primary" onClick={() => setAction('accept')}>
                {t('procurement.acceptance.accept')}
              </Button>
            )}
            {isSupplier && (
              <Tooltip title={award.financingRequestId ? t('procurement.finance.live') : undefined}>
                <Button
                  type="primary"
                  disabled={award.financingRequestId !== null || unpaid === undefined}
                  onClick={() => setAction('finance')}
                >
                  {t('procurement.finance.button')}
                </Button>
              </Tooltip>
            )}
          </Space>
        }
      />
      {award.repaymentAccount && award.pledge && (
        <Alert
          className="section"
          type="info"
          showIcon
          title={t('procurement.award.repaymentNotice', {
            bank: award.pledge.bankName,
            accountNo: award.repaymentAccount.accountNo,
            accountBank: award.repaymentAccount.bankName,
          })}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card className="section">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                {
                  key: 'project',
                  label: t('procurement.award.project'),
                  children: (
                    <Link to={`/procurement/projects/${award.projectId}`}>
                      {award.project.name} · {t(`procurement.category.${award.project.category}`)}
                    </Link>
                  ),
                },
                { key: 'unit', label: t('procurement.award.unit'), children: award.unit.name },
                { key: 'supplier', label: t('procurement.award.supplier'), children: award.supplier.name },
                {
                  key: 'size',
                  label: t('procurement.award.supplierSizeClass'),
                  children: t(`sizeClass.${award.supplierSizeClass}`),
                },
                { key: 'signedOn', label: t('procurement.award.signedOn'), children: award.signedOn },
                {
                  key: 'amount',
                  label: t('procurement.award.amount'),
                  children: <MoneyText value={award.amount} strong />,
                },
                {
                  key: 'accepted',
                  label: t('procurement.award.acceptedAmount'),
                  children: <MoneyText value={award.acceptedAmount} />,
                },
                {
                  key: 'remaining',
                  label: t('procurement.award.remaining'),
                  children: <MoneyText value={remaining} />,
                },
                {
                  key: 'sme',
                  label: t('procurement.award.countedToSme'),
                  children: <MoneyText value={award.countedToSme} />,
                },
                {
                  key: 'smallMicro',
                  label: t('procurement.award.countedToSmallMicro'),
                  children: <MoneyText value={award.countedToSmallMicro} />,
                },
                ...(isSupplier
                  ? [{ key: 'unpaid', label: t('procurement.finance.unpaid'), children: <MoneyText value={unpaid} /> }]
                  : []),
                {
                  key: 'financing',
                  label: t('procurement.award.financing'),
                  children: award.financingRequestId ? (
                    <Link to={`/financing/${award.financingRequestId}`}>{t('common.open')}</Link>
                  ) : (
                    '—'
                  ),
                },
                ...(award.repaymentAccount
                  ? [
                      {
                        key: 'account',
                        label: t('procurement.award.repaymentAccount'),
                        children: `${award.repaymentAccount.bankName} ${award.repaymentAccount.accountNo}`,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('procurement.acceptance.history')}>
            <Table<Acceptance>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={award.acceptances}
              locale={{ emptyText: <EmptyState hint={t('procurement.acceptance.historyEmpty')} /> }}
              columns={[
                { title: t('procurement.acceptance.acceptedOn'), dataIndex: 'acceptedOn' },
                {
                  title: t('procurement.acceptance.amount'),
                  dataIndex: 'amount',
                  align: 'right',
                  render: (v: string) => <MoneyText value={v} />,
                },
                {
                  title: t('procurement.acceptance.receivable'),
                  key: 'receivable',
                  render: (_, a) => <Link to={`/receivables/${a.receivableId}`}>{t('common.open')}</Link>,
                },
                { title: t('common.createdAt'), key: 'at', render: (_, a) => formatTimestamp(a.createdAt) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <AcceptanceModal
        award={action === 'accept' ? award : null}
        onClose={() => setAction(null)}
        onDone={(receivable) => {
          void message.success(t('procurement.acceptance.done', { amount: formatMoney(receivable.amount) }));
          reload();
        }}
      />
      <AwardFinancingModal
        award={action === 'finance' ? award : null}
        unpaid={unpaid ?? award.amount}
        onClose={() => setAction(null)}
        onDone={(request) => {
          void message.success(t('procurement.finance.submitted'));
          void navigate(`/financing/${request.id}`);
        }}
      />
    </>
  );
}
