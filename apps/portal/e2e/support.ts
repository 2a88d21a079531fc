import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const baseUrl = () => process.env.PORTAL_BASE_URL!;

export function passwordOf(username: string): string {
  const logins = JSON.parse(process.env.PORTAL_LOGINS ?? '{}') as Record<string, string>;
  const password = logins[username];
  if (!password) throw new Error(`No password for ${username} in the demo credentials`);
  return password;
}

/** A phone's viewport (the 390×844), with touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** A new browser session (its own tab storage), logged in through the login page as a person would. */
export async function logIn(
  browser: Browser,
  username: string,
  options: { viewport?: { width: number; height: number }; hasTouch?: boolean; isMobile?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), ...options });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(passwordOf(username));
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/** The API as a logged-in user calls it, for what a test arranges rather than drives. */
export async function apiAs(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const token = await page.evaluate(() => sessionStorage.getItem('gqt.accessToken'));
  const response = await page.request.fetch(`${baseUrl()}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { data: body }),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

const SCREENSHOTS = join(__dirname, '../../../docs/screenshots');

/**
 * The role's main page as the README shows it (zh-CN). Written to docs/screenshots/ only when
 * UPDATE_SCREENSHOTS=1 (npm run screenshots), so an ordinary run leaves the committed ones alone.
 */
export async function screenshot(page: Page, name: string, ready?: Locator): Promise<void> {
  if (ready) await expect(ready.first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(page.locator('.ant-skeleton')).toHaveCount(0);
  const path =
    process.env.UPDATE_SCREENSHOTS === '1'
      ? join(SCREENSHOTS, `${name}.png`)
      : join(__dirname, '../../../test-results/portal', `${name}.png`);
  mkdirSync(join(path, '..'), { recursive: true });
  await page.screenshot({ path, fullPage: true });
}

/** The Shanghai calendar day, offset by whole days. */
export function shanghaiDay(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** A fresh 20-digit fully digital e-invoice number (Guangxi, this year). */
export function invoiceNumber(): string {
  const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-14).padStart(14, '0');
  return `${shanghaiDay().slice(2, 4)}45${'00'}${unique}`;
}

/** A user's bearer token, for what a test reads behind the pages' back. */
export async function tokenOf(username: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: passwordOf(username) }),
  });
  expect(response.ok).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function apiGet<T>(token: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok, `GET ${path}`).toBe(true);
  return (await response.json()) as T;
}

/** Yuan as the portal shows them, from integer fen: 51200050n → "¥512,000.50". */
export function yuan(fen: bigint): string {
  const digits = (fen / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `¥${digits}.${(fen % 100n).toString().padStart(2, '0')}`;
}

export const fenOf = (amount: string): bigint => {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};

/**
 * A Chinese screen holds no raw code (UPPER_SNAKE, e.g. INVALID_CREDENTIALS) and no English
 * sentence (four English words in a row): over the rendered text of the page.
 */
export async function expectAllChinese(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0);
  const text = await page.locator('body').innerText();
  const codes = text.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g) ?? [];
  expect(codes, `raw codes on ${where}`).toEqual([]);
  const sentences = text.match(/\b[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,}){3,}/g) ?? [];
  expect(sentences, `English sentences on ${where}`).toEqual([]);
}

export async function apiPost<T>(token: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl()}/api/v1${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok, `POST ${path}: ${response.ok ? '' : await response.text()}`).toBe(true);
  return (await response.json()) as T;
}
