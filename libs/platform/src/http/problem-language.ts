import { PROBLEM_MESSAGES, isProblemCode, type ProblemLanguage } from '@gqt/contracts';
import type { DomainErrorDetails } from '@gqt/kernel';
import type { Request } from 'express';
import type { Problem } from './problem';

/*
 * Problem details in the caller's language (RFC 9457 § 3.1: title and detail are for people;
 * `code` is for programs and never changes). `Accept-Language: zh-CN` (or zh) gives Chinese,
 * anything else English, the API's own language.
 */

const TITLES: Record<number, string> = {
  400: '请求无效',
  401: '未认证',
  403: '禁止访问',
  404: '未找到',
  405: '不支持该方法',
  406: '无法提供所要求的格式',
  409: '状态冲突',
  413: '请求内容过大',
  415: '不支持的媒体类型',
  422: '业务规则不允许',
  429: '请求过多',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

/** The language of the problem documents for this request. */
export function problemLanguage(request: Request): ProblemLanguage {
  const preferred = request.acceptsLanguages('en', 'zh-CN', 'zh');
  return preferred === 'zh-CN' || preferred === 'zh' ? 'zh-CN' : 'en';
}

/** The problem as the caller reads it; `localized` is what the refusal itself said in that language. */
export function localizedProblem(
  found: Problem,
  language: ProblemLanguage,
  localized?: DomainErrorDetails['localized'],
): Problem {
  if (language === 'en') return found;
  const own = localized?.[language];
  const generic = isProblemCode(found.code) ? PROBLEM_MESSAGES[language][found.code] : undefined;
  // A business refusal about one field (USCC_INVALID on `uscc`) says under it what its code means.
  const errors = found.errors?.map((error, i) => ({
    field: error.field,
    message:
      own?.fieldMessages?.[i] ?? (found.code !== 'VALIDATION_FAILED' && generic ? generic : `${error.field} 取值无效`),
  }));
  const fields = errors && errors.length > 0 ? errors.map((e) => e.message).join('；') : undefined;
  return {
    ...found,
    title: TITLES[found.status] ?? '错误',
    detail:
      own?.detail ?? (found.code === 'VALIDATION_FAILED' && fields ? fields : (generic ?? fields ?? found.detail)),
    ...(errors ? { errors } : {}),
  };
}
