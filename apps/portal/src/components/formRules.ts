import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { cleanMoneyText, isMoneyText, isPercentText } from '../lib/money';

/** An amount of money as the API takes it: a string, at most two decimals, never a float. */
export function moneyRules(t: TFunction, { required = true, positive = true } = {}): Rule[] {
  return [
    { required, message: t('form.required') },
    {
      validator: async (_rule, value: unknown) => {
        if (value === undefined || value === null || value === '') return;
        const text = String(value).trim();
        if (!isMoneyText(text)) throw new Error(t('form.money'));
        if (positive && /^0+(\.0+)?$/.test(String(cleanMoneyText(text)))) throw new Error(t('form.positive'));
      },
    },
  ];
}

export function requiredRule(t: TFunction): Rule {
  return { required: true, message: t('form.required') };
}

// GB 32100-2015: 18 characters of 0-9 and the capital letters without I, O, S, V, Z.
const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export function usccRules(t: TFunction): Rule[] {
  return [requiredRule(t), { pattern: USCC_PATTERN, message: t('form.uscc') }];
}

/** A rate in per cent, e.g. "4.35" for 4.35 % a year: at most 100 %. */
export function percentRules(t: TFunction): Rule[] {
  return [
    requiredRule(t),
    {
      validator: async (_rule, value: unknown) => {
        if (value === undefined || value === null || value === '') return;
        if (!isPercentText(String(value))) throw new Error(t('form.percent'));
        const number = String(value)
          .trim()
          .replace(/[%％]$/, '');
        if (/^(\d+)/.exec(number) && Number(/^(\d+)/.exec(number)![1]) > 100) throw new Error(t('form.percent'));
      },
    },
  ];
}
