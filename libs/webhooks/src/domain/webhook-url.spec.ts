import { DomainError } from '@gqt/kernel';
import { assertDeliverableUrl, parseWebhookUrl } from './webhook-url';

const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses;
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: DomainError) => error.code,
  );

describe('webhook URLs', () => {
  it('must be absolute http(s) URLs without credentials', () => {
    for (const bad of ['not a url', 'ftp://bank.example/hook', 'https://user:pw@bank.example/hook', '/relative']) {
      expect(() => parseWebhookUrl(bad)).toThrow(DomainError);
    }
    expect(parseWebhookUrl('https://hooks.bank.example/gqt').hostname).toBe('hooks.bank.example');
  });

  it('allows http and loopback outside production', async () => {
    const url = parseWebhookUrl('http://127.0.0.1:8080/hook');
    expect(await codeOf(assertDeliverableUrl(url, false, resolvesTo('127.0.0.1')))).toBe('accepted');
  });

  it('requires https in production', async () => {
    const url = parseWebhookUrl('http://hooks.bank.example/gqt');
    expect(await codeOf(assertDeliverableUrl(url, true, resolvesTo('8.8.8.8')))).toBe('WEBHOOK_URL_NOT_HTTPS');
  });

  it('refuses in production a host with any non-public address, or none', async () => {
    const url = parseWebhookUrl('https://hooks.bank.example/gqt');
    expect(await codeOf(assertDeliverableUrl(url, true, resolvesTo('8.8.8.8')))).toBe('accepted');
    expect(await codeOf(assertDeliverableUrl(url, true, resolvesTo('8.8.8.8', '10.0.0.5')))).toBe(
      'WEBHOOK_URL_NOT_PUBLIC',
    );
    expect(await codeOf(assertDeliverableUrl(url, true, resolvesTo()))).toBe('WEBHOOK_URL_UNRESOLVABLE');
    const failing = async () => Promise.reject(new Error('ENOTFOUND'));
    expect(await codeOf(assertDeliverableUrl(url, true, failing))).toBe('WEBHOOK_URL_UNRESOLVABLE');
  });

  it('checks literal addresses without resolving them', async () => {
    const never = async () => Promise.reject(new Error('must not resolve'));
    expect(await codeOf(assertDeliverableUrl(parseWebhookUrl('https://[::1]/hook'), true, never))).toBe(
      'WEBHOOK_URL_NOT_PUBLIC',
    );
    expect(await codeOf(assertDeliverableUrl(parseWebhookUrl('https://169.254.169.254/x'), true, never))).toBe(
      'WEBHOOK_URL_NOT_PUBLIC',
    );
    expect(await codeOf(assertDeliverableUrl(parseWebhookUrl('https://93.184.215.14/hook'), true, never))).toBe(
      'accepted',
    );
  });
});
