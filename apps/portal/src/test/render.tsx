import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { Providers } from '../App';
import { session } from '../api/session';
import { useAuth } from '../auth/AuthProvider';
import type { Me } from '../api/schema';
import { i18n } from '../i18n';

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

type Answer = unknown | { status: number; body: unknown };
export type Handler = (call: Call) => Answer;

const isAnswer = (value: unknown): value is { status: number; body: unknown } =>
  typeof value === 'object' &&
  value !== null &&
  'status' in value &&
  'body' in value &&
  Object.keys(value).length === 2;

/**
 * A fake API on `fetch`: routes are "METHOD /path" under /api/v1 (no query); what a handler returns
 * is the JSON answer, or `{status, body}` for a refusal. Every call is recorded.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://portal.test');
    const method = (init.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : init.body;
    const call: Call = {
      method,
      path,
      query: url.searchParams,
      body,
      headers: (init.headers ?? {}) as Record<string, string>,
    };
    calls.push(call);
    const handler = routes[`${method} ${path}`];
    const answer: Answer = handler
      ? handler(call)
      : {
          status: 404,
          body: { status: 404, code: 'NOT_FOUND', title: 'Not Found', detail: `no fake for ${method} ${path}` },
        };
    const { status, body: payload } = isAnswer(answer) ? answer : { status: 200, body: answer };
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': type } });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

export const problem = (
  status: number,
  code: string,
  detail: string,
  errors?: { field: string; message: string }[],
) => ({
  status,
  body: {
    type: `/problems/${code.toLowerCase()}`,
    title: 'Refused',
    status,
    code,
    detail,
    ...(errors ? { errors } : {}),
  },
});

export const CITIES = [
  { code: '450100', name: '南宁市', nameEn: 'Nanning' },
  { code: '450200', name: '柳州市', nameEn: 'Liuzhou' },
];

export function meOf(role: Me['role'], enterpriseId: string | null = 'e-self'): Me {
  return {
    type: 'user',
    id: 'u-1',
    username: `test-${role.toLowerCase()}`,
    name: `test-${role.toLowerCase()}`,
    role,
    enterpriseId,
    enterprise: enterpriseId
      ? { id: enterpriseId, name: '测试企业', uscc: '91450100MA5K00004P', kind: 'SME', cityCode: '450200' }
      : null,
    jurisdiction: role === 'REGULATOR' ? '450000' : null,
    scopes: [],
    keyLists: [],
  };
}

/** A page as a signed-in user sees it, at `path`, in the given language. */
export async function renderPage(
  page: ReactElement,
  { me, path = '/', language = 'zh-CN' }: { me: Me; path?: string; language?: string },
) {
  session.save('test-token');
  await i18n.changeLanguage(language);
  return render(
    <Providers>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="*" element={<SignedIn me={me}>{page}</SignedIn>} />
        </Routes>
      </MemoryRouter>
    </Providers>,
  );
}

function SignedIn({ me, children }: { me: Me; children: ReactElement }) {
  const { state } = useAuth();
  if (state.status !== 'signed-in') return null;
  if (state.me.id !== me.id) throw new Error('the fake API must answer GET /me with the test user');
  return children;
}
