import { Input, type InputProps } from 'antd';

/**
 * Money typed as text (never a floating-point number), in yuan. Commas grouping thousands, as the
 * portal shows amounts and spreadsheets copy them ("1,500.00"), are accepted and dropped on the way out.
 */
export function MoneyInput(props: InputProps) {
  return <Input prefix="¥" inputMode="decimal" autoComplete="off" placeholder="0.00" {...props} />;
}

/** A rate typed in per cent ("4.35" for 4.35 %), turned into the API's decimal rate on submission. */
export function PercentInput(props: InputProps) {
  return <Input suffix="%" inputMode="decimal" autoComplete="off" placeholder="4.35" {...props} />;
}
