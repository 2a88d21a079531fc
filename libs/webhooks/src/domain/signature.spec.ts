import { createHmac } from 'node:crypto';
import { newWebhookSecret, signatureHeader, verifySignature } from './signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"e1","type":"financing_request.submitted","createdAt":"2026-03-01T08:00:00.000Z","data":{}}';

  it('is t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>', () => {
    const expected = createHmac('sha256', secret).update(`1772352000.${body}`).digest('hex');
    expect(signatureHeader(secret, body, 1772352000)).toBe(`t=1772352000,v1=${expected}`);
  });

  it('verifies its own signatures and refuses a changed body, another secret or a stale time', () => {
    const header = signatureHeader(secret, body, 1772352000);
    expect(verifySignature(secret, body, header, 1772352010)).toBe(true);
    expect(verifySignature(secret, `${body} `, header, 1772352010)).toBe(false);
    expect(verifySignature('whsec_other', body, header, 1772352010)).toBe(false);
    expect(verifySignature(secret, body, header, 1772352000 + 3600)).toBe(false);
    expect(verifySignature(secret, body, 'garbage', 1772352010)).toBe(false);
  });

  it('makes secrets that are long and distinct', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
