import { currentLanguage } from '../i18n';
import { SESSION_EXPIRED_EVENT, session } from './session';

export const API_BASE = '/api/v1';

export interface FieldProblem {
  field: string;
  message: string;
}

/** An RFC 9457 problem document as the API writes it (api-contract.md § Conventions). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** `/receivables` + `{status: 'CONFIRMED', q: ''}` → `/api/v1/receivables?status=CONFIRMED` (empty values dropped). */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function problemOf(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    detail: response.statusText,
    code: response.status >= 500 ? 'SERVER_ERROR' : 'HTTP_ERROR',
  };
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...fallback, ...body, status: response.status };
  } catch {
    return fallback;
  }
}

async function send(method: string, path: string, options: RequestOptions, accept: string): Promise<Response> {
  const token = session.token();
  // Refusals come back in the portal's language (the API translates problem details).
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': currentLanguage(), ...options.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), { method, headers, body, signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'The server could not be reached',
      code: 'NETWORK_ERROR',
    });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    if (response.status === 401 && token) {
      session.clear();
      window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT));
    }
    throw new ApiError(problem);
  }
  return response;
}

async function json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options, 'application/json');
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Saves what the API answers as a file, e.g. an export with `Accept: text/csv`. */
async function download(path: string, accept: string, fileName: string, query?: Query): Promise<void> {
  const response = await send('GET', path, { query }, accept);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename="?([^";]+)"?/.exec(disposition);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = named ? decodeURIComponent(named[1]) : fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => json<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    json<T>('POST', path, { body: body ?? {}, headers }),
  put: <T>(path: string, body: unknown) => json<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => json<T>('PATCH', path, { body }),
  delete: (path: string) => json<void>('DELETE', path),
  upload: <T>(path: string, file: File | Blob, fileName?: string) => {
    const form = new FormData();
    form.append('file', file, fileName ?? (file instanceof File ? file.name : 'upload'));
    return json<T>('POST', path, { body: form });
  },
  download,
};

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
