import { Input, type InputProps } from 'antd';

/** Money typed as text (never a floating-point number), in yuan. */
export function MoneyInput(props: InputProps) {
  return <Input prefix="¥" inputMode="decimal" autoComplete="off" placeholder="0.00" {...props} />;
}
