import { Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinancingProduct } from '../../api/schema';
import { MoneyText } from '../../components/MoneyText';
import { PageTitle } from '../../components/PageTitle';
import { PagedTable } from '../../components/PagedTable';
import { useCursorList } from '../../hooks/useCursorList';
import { formatPercent } from '../../lib/money';

/** The banks' financing products, by default those the SME qualifies for (GET /financing-products?eligible=true). */
export default function Products() {
  const { t } = useTranslation();
  const [eligible, setEligible] = useState(true);
  const list = useCursorList<FinancingProduct>('/financing-products', eligible ? { eligible: 'true' } : {});
  const criteria = (p: FinancingProduct) => {
    const tags = [
      ...p.eligibility.sizeClasses.map((c) => t(`sizeClass.${c}`)),
      ...p.eligibility.industries.map((i) => t(`industry.${i}`)),
      ...p.eligibility.cityCodes,
      ...p.eligibility.keyListLevels.map((l) => `${t(`matching.levels.${l}`)}${t('matching.keyLists')}`),
    ];
    return tags.length === 0 ? t('matching.anyone') : tags.map((tag) => <Tag key={tag}>{tag}</Tag>);
  };
  return (
    <>
      <PageTitle
        title={t('matching.products')}
        subtitle={t('matching.productsSubtitle')}
        extra={
          <Space>
            <Typography.Text>{t('matching.onlyEligible')}</Typography.Text>
            <Switch checked={eligible} onChange={setEligible} aria-label={t('matching.onlyEligible')} />
          </Space>
        }
      />
      <PagedTable<FinancingProduct>
        rowKey="id"
        list={list}
        emptyHint={t('matching.products')}
        columns={[
          { title: t('matching.products'), dataIndex: 'name' },
          { title: t('financing.bank'), key: 'bank', render: (_, p) => p.bank.name },
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
          { title: t('matching.eligibility'), key: 'eligibility', render: (_, p) => criteria(p) },
        ]}
        expandable={{ expandedRowRender: (p) => p.description }}
      />
    </>
  );
}
