import { financingStep } from './decisions';

/** The bank records that the loan is repaid; the pledge ends and the receivables are released. */
export const repay = financingStep({
  action: 'repay',
  weight: 4,
  to: 'REPAID',
  by: 'bank',
  body: (world) => ({ repaidOn: world.today }),
});
