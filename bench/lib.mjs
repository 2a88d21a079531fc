// Helpers for benchmarks that drive the API over HTTP (Node 20's fetch only).
import { randomInt } from 'node:crypto';

export function client(base) {
  const api = `${base}/api/v1`;
  async function call(method, path, { token, body } = {}) {
    const started = performance.now();
    const response = await fetch(`${api}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, ms: performance.now() - started };
  }
  const must = async (method, path, opts, expected) => {
    const response = await call(method, path, opts);
    if (response.status !== expected)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  return { call, must };
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function uscc(cityCode) {
  let organisation = '';
  for (let i = 0; i < 9; i += 1) organisation += String(randomInt(10));
  const first17 = `91${cityCode}${organisation}`;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_CHARS.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}

export const tag = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;

/** Shanghai calendar day shifted by `days`. */
export const day = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

export function invoiceNumber(issueDate) {
  let tail = '';
  for (let i = 0; i < 15; i += 1) tail += String(randomInt(10));
  return `${issueDate.slice(2, 4)}451${tail}`;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (ms) => Math.round(ms * 10) / 10;
