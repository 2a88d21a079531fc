import { financingStep } from './decisions';

/** The SME withdraws its request before the money is paid out; its receivables are free again. */
export const withdraw = financingStep({ action: 'withdraw', weight: 2, to: 'WITHDRAWN', by: 'sme', body: () => ({}) });
