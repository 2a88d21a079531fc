import type { FormInstance } from 'antd';
import { ApiError, type FieldProblem } from '../api/client';

export type NamePath = (string | number)[];

/** "invoices[0].amount" → ["invoices", 0, "amount"]; "enterprise.uscc" → ["enterprise", "uscc"]. */
export function fieldPath(field: string): NamePath {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function hasPath(values: unknown, path: NamePath): boolean {
  let node: unknown = values;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

/**
 * A field message shown under its field's label: the API names the field first ("debtorUscc 不能超过
 * 18 个字符", "amount must be a string"), which the label already says in the reader's language.
 */
export function withoutFieldName(message: string, field: string): string {
  const names = [field, String(fieldPath(field).at(-1) ?? field)];
  for (const name of names) {
    if (message.startsWith(`${name} `)) return message.slice(name.length + 1);
    if (message.startsWith(`${name}: `)) return message.slice(name.length + 2);
  }
  return message;
}

export interface ProblemPlacement {
  /** Field errors placed on the form's fields. */
  onFields: { name: NamePath; errors: string[] }[];
  /** What remains for a message beside the form (no field of the form matches). */
  unplaced: FieldProblem[];
}

/**
 * Decides where each of a problem's messages belongs: on a mounted field of the form, when one
 * matches the problem's field path (or the field a business error code is about), else beside the form.
 */
export function placeProblem(
  error: ApiError,
  mounted: unknown,
  codeFields: Record<string, string> = {},
  message?: string,
): ProblemPlacement {
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: FieldProblem[] = [];
  const place = (problem: FieldProblem) => {
    const name = fieldPath(problem.field);
    if (!hasPath(mounted, name)) {
      unplaced.push(problem);
      return;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(withoutFieldName(problem.message, problem.field));
    byField.set(key, entry);
  };
  error.fieldErrors.forEach(place);
  const codeField = codeFields[error.code];
  if (codeField && error.fieldErrors.length === 0) place({ field: codeField, message: message ?? error.message });
  return { onFields: [...byField.values()], unplaced };
}

/**
 * Shows an API refusal on the form: field errors on their fields. Returns what is left for a
 * message beside the form: the refusal itself, narrowed to the field errors no field could show,
 * or nothing when every message found its field.
 */
export function showProblemOnForm(
  form: FormInstance,
  error: unknown,
  codeFields?: Record<string, string>,
  message?: string,
): unknown {
  if (!(error instanceof ApiError)) return error;
  const placement = placeProblem(error, form.getFieldsValue(), codeFields, message);
  if (placement.onFields.length === 0) return error;
  form.setFields(placement.onFields);
  if (placement.unplaced.length === 0) return undefined;
  return new ApiError({ ...error.problem, errors: placement.unplaced });
}
