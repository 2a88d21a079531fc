import { App, Button, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { SIZE_CLASSES, type FinancingProduct } from '../../api/schema';
import { useMe } from '../../auth/AuthProvider';
import { FormModal } from '../../components/FormModal';
import { moneyRules, percentRules, requiredRule } from '../../components/formRules';
import { MoneyInput, PercentInput } from '../../components/MoneyInput';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { PagedTable } from '../../components/PagedTable';
import { useProblemMessage } from '../../components/ProblemAlert';
import { useCursorList } from '../../hooks/useCursorList';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatPercent, normaliseMoney, rateFromPercent } from '../../lib/money';

const KINDS = ['RECEIVABLE_PLEDGE', 'PROCUREMENT_CONTRACT', 'ORDER', 'CREDIT', 'OTHER'] as const;
const LEVELS = ['REGION', 'CITY', 'COUNTY'] as const;

interface ProductForm {
  name: string;
  kind: (typeof KINDS)[number];
  minAmount: string;
  maxAmount: string;
  annualRateFrom: string;
  annualRateTo: string;
  maxTermDays: number;
  sizeClasses?: string[];
  keyListLevels?: string[];
  description: string;
}

/** The bank's financing products: publish one, see its own (retired ones too), retire one. */
export default function Products() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const problem = useProblemMessage();
  const me = useMe();
  const [publishing, setPublishing] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const list = useCursorList<FinancingProduct>('/financing-products', { bankId: me.enterpriseId ?? '' });
  const retire = async (product: FinancingProduct) => {
    try {
      await api.post(`/financing-products/${product.id}/retire`);
      list.reload();
    } catch (failure) {
      void message.error(problem(failure));
    }
  };
  return (
    <>
      <PageTitle
        title={t('menu.products')}
        extra={
          <Button
            type="primary"
            onClick={() => {
              setKey(newIdempotencyKey());
              setPublishing(true);
            }}
          >
            {t('matching.publish')}
          </Button>
        }
      />
      <PagedTable<FinancingProduct>
        rowKey="id"
        list={list}
        emptyHint={t('matching.noProducts')}
        columns={[
          { title: t('matching.products'), dataIndex: 'name' },
          { title: t('matching.kind'), dataIndex: 'kind', render: (k: string) => t(`matching.kinds.${k}`) },
          {
            title: t('matching.amountRange'),
            key: 'amount',
            render: (_, p) => (
              <>
                <MoneyText value={p.minAmount} /> – <MoneyText value={p.maxAmount} />
              </>
            ),
          },
          {
            title: t('matching.rateRange'),
            key: 'rate',
            render: (_, p) => `${formatPercent(p.annualRateFrom)} – ${formatPercent(p.annualRateTo)}`,
          },
          { title: t('matching.maxTermDays'), dataIndex: 'maxTermDays' },
          {
            title: t('offers.status'),
            dataIndex: 'status',
            render: (s: string) => t(`matching.productStatuses.${s}`),
          },
          {
            title: '',
            key: 'retire',
            render: (_, p) =>
              p.status === 'ACTIVE' ? (
                <Button size="small" danger onClick={() => void retire(p)}>
                  {t('matching.retire')}
                </Button>
              ) : null,
          },
        ]}
      />
      <FormModal<ProductForm>
        open={publishing}
        title={t('matching.publish')}
        initialValues={{ kind: 'RECEIVABLE_PLEDGE', maxTermDays: 180 }}
        codeFields={{
          PRODUCT_RANGE_INVALID: 'maxAmount',
          RATE_OUT_OF_RANGE: 'annualRateTo',
          AMOUNT_NOT_POSITIVE: 'minAmount',
        }}
        onClose={() => setPublishing(false)}
        onSubmit={async (v) => {
          await api.post(
            '/financing-products',
            {
              name: v.name.trim(),
              kind: v.kind,
              minAmount: normaliseMoney(v.minAmount.trim()),
              maxAmount: normaliseMoney(v.maxAmount.trim()),
              annualRateFrom: rateFromPercent(v.annualRateFrom),
              annualRateTo: rateFromPercent(v.annualRateTo),
              maxTermDays: v.maxTermDays,
              eligibility: { sizeClasses: v.sizeClasses ?? [], keyListLevels: v.keyListLevels ?? [] },
              description: v.description.trim(),
            },
            { 'Idempotency-Key': key },
          );
          void message.success(t('financing.saved'));
          list.reload();
        }}
      >
        <Form.Item name="name" label={t('matching.products')} rules={[requiredRule(t)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('matching.kind')} rules={[requiredRule(t)]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`matching.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="minAmount" label={t('matching.minAmount')} rules={moneyRules(t)}>
          <MoneyInput />
        </Form.Item>
        <Form.Item name="maxAmount" label={t('matching.maxAmount')} rules={moneyRules(t)}>
          <MoneyInput />
        </Form.Item>
        <Form.Item
          name="annualRateFrom"
          label={t('matching.rateFrom')}
          extra={t('financing.rateHint')}
          rules={percentRules(t)}
        >
          <PercentInput />
        </Form.Item>
        <Form.Item name="annualRateTo" label={t('matching.rateTo')} rules={percentRules(t)}>
          <PercentInput />
        </Form.Item>
        <Form.Item name="maxTermDays" label={t('matching.maxTermDays')} rules={[requiredRule(t)]}>
          <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="sizeClasses" label={t('matching.sizeClasses')}>
          <Select mode="multiple" options={SIZE_CLASSES.map((c) => ({ value: c, label: t(`sizeClass.${c}`) }))} />
        </Form.Item>
        <Form.Item name="keyListLevels" label={t('matching.keyListLevels')}>
          <Select mode="multiple" options={LEVELS.map((l) => ({ value: l, label: t(`matching.levels.${l}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('matching.description')} rules={[requiredRule(t)]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
