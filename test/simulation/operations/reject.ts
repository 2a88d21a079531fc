import { financingStep } from './decisions';

/** The bank declines a request; its receivables are free again. */
export const reject = financingStep({
  action: 'reject',
  weight: 2,
  to: 'REJECTED',
  by: 'bank',
  body: () => ({ reason: '押品价值不足' }),
});
