import { isIdempotencyKey, requestFingerprint, type FingerprintedRequest } from './request-fingerprint';

const base: FingerprintedRequest = {
  method: 'POST',
  url: '/api/v1/financing-requests/1/approve',
  mediaType: 'application/json',
  body: { approvedAmount: '400000.00', annualRate: '0.0435', termDays: 40 },
  contentLength: '64',
};

describe('request fingerprints', () => {
  it('ignores key order and the declared length of JSON bodies', () => {
    const reordered = { ...base, body: { termDays: 40, annualRate: '0.0435', approvedAmount: '400000.00' } };
    expect(requestFingerprint({ ...reordered, contentLength: '70' })).toBe(requestFingerprint(base));
  });

  it('tells apart another body, path or method', () => {
    const fingerprint = requestFingerprint(base);
    expect(requestFingerprint({ ...base, body: { ...(base.body as object), termDays: 41 } })).not.toBe(fingerprint);
    expect(requestFingerprint({ ...base, url: '/api/v1/financing-requests/2/approve' })).not.toBe(fingerprint);
    expect(requestFingerprint({ ...base, method: 'PUT' })).not.toBe(fingerprint);
  });

  it('uses the length for bodies parsed later (multipart uploads)', () => {
    const upload = { ...base, mediaType: 'multipart/form-data', body: undefined };
    expect(requestFingerprint({ ...upload, contentLength: '100' })).not.toBe(
      requestFingerprint({ ...upload, contentLength: '101' }),
    );
  });

  it('accepts keys of 1-255 visible ASCII characters', () => {
    expect(isIdempotencyKey('5f0c2b8e-6d1a-4c1e-9a55-3f1f6c2d9b10')).toBe(true);
    expect(isIdempotencyKey('')).toBe(false);
    expect(isIdempotencyKey('has space')).toBe(false);
    expect(isIdempotencyKey('中文')).toBe(false);
    expect(isIdempotencyKey('k'.repeat(256))).toBe(false);
  });
});
