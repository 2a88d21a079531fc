import { formatMoney } from '../lib/money';

/** An amount of the API's money string as ¥ with thousands separators, aligned as numbers. */
export function MoneyText({ value, strong }: { value: string | null | undefined; strong?: boolean }) {
  const text = formatMoney(value);
  return <span className="money">{strong ? <strong>{text}</strong> : text}</span>;
}
