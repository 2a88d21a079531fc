import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { today } from '../lib/dates';

/** The current budget year (Asia/Shanghai). */
export function currentYear(): number {
  return Number(today().slice(0, 4));
}

/** A budget year: the last few and the next one. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const now = currentYear();
  const years = [now + 1, now, now - 1, now - 2, now - 3];
  return (
    <Select<number>
      aria-label={t('procurement.year')}
      value={value}
      onChange={onChange}
      style={{ width: 110 }}
      options={years.map((year) => ({ value: year, label: String(year) }))}
    />
  );
}
