import type { Money } from '@gqt/kernel';

/** "¥12,345,678.90": money as people read it in explanations. */
export function yuan(amount: Money): string {
  const [whole, fraction] = amount.toString().split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
