import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tally } from '../hooks/useTally';
import { formatMoney } from '../lib/money';

export function TallyCard({
  title,
  tally,
  icon,
  to,
}: {
  title: ReactNode;
  tally: Tally;
  icon?: ReactNode;
  to?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card loading={tally.loading} className="tally-card">
      <Statistic
        title={
          <span>
            {icon} {title}
          </span>
        }
        value={`${tally.count}${tally.more ? '+' : ''}`}
        suffix={t('common.items')}
      />
      <Typography.Text type="secondary" className="money">
        {formatMoney(tally.amount)}
      </Typography.Text>
      {to && <div style={{ marginTop: 8 }}>{to}</div>}
    </Card>
  );
}
