import type { ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { PRINTABLE_TEXT } from './limits';
import { MONEY_PATTERN, RATE_PATTERN } from './validators';

/*
 * Field messages of the validation pipe in Chinese, for `Accept-Language: zh-CN` (the English ones
 * are class-validator's and the limit decorators'). A constraint's arguments (the 100 of
 * MaxLength(100)) are read back from class-validator's metadata of the refused DTO.
 */

type Template = (field: string, args: unknown[]) => string;

const list = (values: unknown) => (Array.isArray(values) ? values.join('、') : String(values));

const TEMPLATES: Record<string, Template> = {
  isString: (f) => `${f} 须为字符串`,
  maxLength: (f, [n]) => `${f} 不能超过 ${String(n)} 个字符`,
  minLength: (f, [n]) => `${f} 不能少于 ${String(n)} 个字符`,
  isLength: (f, [min, max]) => `${f} 的长度须为 ${String(min)}–${String(max)} 个字符`,
  matches: (f, [pattern]) =>
    pattern === MONEY_PATTERN
      ? `${f} 须为以元计、最多两位小数的字符串，如 "125000.00"`
      : pattern === RATE_PATTERN
        ? `${f} 须为小数字符串，如 "0.0435"`
        : pattern === PRINTABLE_TEXT
          ? `${f} 不能包含控制字符`
          : `${f} 格式不正确`,
  isIn: (f, [values]) => `${f} 须为以下之一：${list(values)}`,
  isUuid: (f) => `${f} 须为 UUID`,
  isInt: (f) => `${f} 须为整数`,
  isNumber: (f) => `${f} 须为数字`,
  min: (f, [n]) => `${f} 不能小于 ${String(n)}`,
  max: (f, [n]) => `${f} 不能大于 ${String(n)}`,
  isArray: (f) => `${f} 须为数组`,
  arrayMaxSize: (f, [n]) => `${f} 最多 ${String(n)} 项`,
  arrayMinSize: (f, [n]) => `${f} 至少 ${String(n)} 项`,
  arrayUnique: (f) => `${f} 中不能有重复项`,
  isBoolean: (f) => `${f} 须为 true 或 false`,
  isBusinessDate: (f) => `${f} 须为存在的日期 YYYY-MM-DD`,
  isDefined: (f) => `${f} 为必填项`,
  isNotEmpty: (f) => `${f} 不能为空`,
  isObject: (f) => `${f} 须为对象`,
  nestedValidation: (f) => `${f} 须为对象或对象数组`,
  whitelistValidation: (f) => `不接受字段 ${f}`,
  unknownValue: () => '请求体须为 JSON 对象',
};

function constraintArgs(error: ValidationError, constraint: string): unknown[] {
  const target = error.target as object | undefined;
  if (!target) return [];
  const found = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', false, false)
    .find((metadata) => metadata.propertyName === error.property && metadata.name === constraint);
  return (found?.constraints as unknown[] | undefined) ?? [];
}

/** The Chinese message for one refused constraint of a field. */
export function chineseMessage(error: ValidationError, constraint: string): string {
  const template = TEMPLATES[constraint];
  return template ? template(error.property, constraintArgs(error, constraint)) : `${error.property} 取值无效`;
}
