import { App, Button, Card, DatePicker, Form, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { FinancingOffer, FinancingRequest } from '../api/schema';
import { useMe } from '../auth/AuthProvider';
import { useApi } from '../hooks/useApi';
import { formatTimestamp } from '../lib/dates';
import { newIdempotencyKey } from '../lib/idempotency';
import { formatPercent, normaliseMoney, rateFromPercent } from '../lib/money';
import { FormModal } from './FormModal';
import { moneyRules, percentRules, requiredRule } from './formRules';
import { MoneyInput, PercentInput } from './MoneyInput';
import { MoneyText } from './MoneyText';
import { ProblemAlert, useProblemMessage } from './ProblemAlert';

interface OfferForm {
  amount: string;
  annualRate: string;
  termDays: number;
  validUntil: Dayjs;
}

/**
 * The offers on a request put before several banks: the SME compares them side by side, the best
 * first with what each costs in interest, and takes one; a bank sees and makes only its own.
 */
export function OffersPanel({ request, onChanged }: { request: FinancingRequest; onChanged: () => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const problem = useProblemMessage();
  const me = useMe();
  const offers = useApi<{ items: FinancingOffer[] }>(`/financing-requests/${request.id}/offers`);
  const [offering, setOffering] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const isSme = me.role === 'SME';
  const isBank = me.role === 'BANK';
  const open = request.status === 'OPEN';
  const items = offers.data?.items ?? [];
  const best = items.find((o) => o.status === 'ACTIVE');

  const changed = () => {
    offers.reload();
    onChanged();
  };
  const accept = (offer: FinancingOffer) =>
    modal.confirm({
      title: t('offers.acceptConfirm', { bank: offer.bank.name }),
      content: t('offers.acceptDetail', {
        amount: offer.amount,
        rate: formatPercent(offer.annualRate),
        days: offer.termDays,
        interest: offer.interest,
      }),
      okText: t('offers.accept'),
      cancelText: t('common.back'),
      onOk: async () => {
        try {
          await api.post(
            `/financing-requests/${request.id}/offers/${offer.id}/accept`,
            {},
            {
              'Idempotency-Key': newIdempotencyKey(),
            },
          );
          void message.success(t('offers.accepted'));
          changed();
        } catch (failure) {
          void message.error(problem(failure));
          changed();
        }
      },
    });

  return (
    <Card
      className="section"
      title={t('offers.title')}
      extra={
        <Space>
          {request.expiresAt && (
            <Typography.Text type="secondary">
              {t('offers.expiresAt', { at: formatTimestamp(request.expiresAt) })}
            </Typography.Text>
          )}
          {isBank && open && (
            <Button
              type="primary"
              onClick={() => {
                setKey(newIdempotencyKey());
                setOffering(true);
              }}
            >
              {items.some((o) => o.status === 'ACTIVE') ? t('offers.replace') : t('offers.make')}
            </Button>
          )}
        </Space>
      }
    >
      {offers.error && <ProblemAlert error={offers.error} />}
      <Table<FinancingOffer>
        rowKey="id"
        size="small"
        loading={offers.loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: isSme ? t('offers.noneYet') : t('offers.noneOwn') }}
        columns={[
          {
            title: t('financing.bank'),
            key: 'bank',
            render: (_, o) => (
              <Space>
                {o.bank.name}
                {isSme && o === best && <Tag color="green">{t('offers.best')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('offers.amount'),
            dataIndex: 'amount',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          { title: t('financing.annualRate'), dataIndex: 'annualRate', render: (v: string) => formatPercent(v) },
          { title: t('financing.termDays'), dataIndex: 'termDays' },
          {
            title: t('offers.interest'),
            dataIndex: 'interest',
            align: 'right',
            render: (v: string) => <MoneyText value={v} />,
          },
          { title: t('offers.validUntil'), dataIndex: 'validUntil', render: (v: string) => formatTimestamp(v) },
          { title: t('offers.status'), dataIndex: 'status', render: (v: string) => t(`offers.statuses.${v}`) },
          ...(isSme && open
            ? [
                {
                  title: '',
                  key: 'accept',
                  render: (_: unknown, o: FinancingOffer) =>
                    o.status === 'ACTIVE' ? (
                      <Button size="small" type="primary" onClick={() => accept(o)}>
                        {t('offers.accept')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <FormModal<OfferForm>
        open={offering}
        title={t('offers.make')}
        initialValues={{
          amount: request.requestedAmount,
          termDays: request.termDays,
          validUntil: dayjs().add(3, 'day'),
        }}
        codeFields={{
          AMOUNT_EXCEEDS_LIMIT: 'amount',
          AMOUNT_NOT_POSITIVE: 'amount',
          RATE_OUT_OF_RANGE: 'annualRate',
          VALIDITY_IN_PAST: 'validUntil',
        }}
        onClose={() => setOffering(false)}
        onSubmit={async (v) => {
          await api.post(
            `/financing-requests/${request.id}/offers`,
            {
              amount: normaliseMoney(v.amount.trim()),
              annualRate: rateFromPercent(v.annualRate),
              termDays: v.termDays,
              validUntil: v.validUntil.toDate().toISOString(),
            },
            { 'Idempotency-Key': key },
          );
          void message.success(t('offers.sent'));
          changed();
        }}
      >
        <Form.Item name="amount" label={t('offers.amount')} rules={moneyRules(t)}>
          <MoneyInput />
        </Form.Item>
        <Form.Item
          name="annualRate"
          label={t('financing.annualRate')}
          extra={t('financing.rateHint')}
          rules={percentRules(t)}
        >
          <PercentInput />
        </Form.Item>
        <Form.Item name="termDays" label={t('financing.termDays')} rules={[requiredRule(t)]}>
          <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validUntil" label={t('offers.validUntil')} rules={[requiredRule(t)]}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
