import { randomBytes } from 'node:crypto';
import { SecretBox, secretKey } from './secret-box';

const newKey = () => secretKey(randomBytes(32).toString('base64'));

describe('sealed secrets (AES-256-GCM)', () => {
  const key = newKey();
  const box = new SecretBox(key);

  it('opens what it sealed, and never writes the plaintext', () => {
    const sealed = box.seal('whsec_example', 'webhook');
    expect(sealed).toMatch(new RegExp(`^gqtenc1:${key.id}:`));
    expect(sealed).not.toContain('whsec_example');
    expect(box.open(sealed, 'webhook')).toBe('whsec_example');
    expect(box.seal('whsec_example', 'webhook')).not.toBe(sealed); // a fresh IV each time
  });

  it('refuses a value tampered with, or moved to another purpose', () => {
    const sealed = box.seal('whsec_example', 'webhook');
    const parts = sealed.split(':');
    parts[4] = Buffer.from('whsec_forged!').toString('base64url');
    expect(() => box.open(parts.join(':'), 'webhook')).toThrow();
    expect(() => box.open(sealed, 'another column')).toThrow();
  });

  it('after a rotation, opens old values with the previous key and seals new ones with the current', () => {
    const sealedBefore = box.seal('whsec_old', 'webhook');
    const rotated = new SecretBox(newKey(), [key]);
    expect(rotated.open(sealedBefore, 'webhook')).toBe('whsec_old');
    expect(rotated.needsResealing(sealedBefore)).toBe(true);
    expect(rotated.needsResealing(rotated.seal('whsec_new', 'webhook'))).toBe(false);
    expect(() => new SecretBox(newKey()).open(sealedBefore, 'webhook')).toThrow(/not configured/);
  });

  it('takes only 256-bit keys', () => {
    expect(() => secretKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
