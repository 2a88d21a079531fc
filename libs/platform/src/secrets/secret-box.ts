import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A 256-bit key and its id: the first 8 hex digits of its SHA-256, so ids need no naming. */
export interface SecretKey {
  id: string;
  key: Buffer;
}

const PREFIX = 'gqtenc1';
const IV_BYTES = 12; // NIST SP 800-38D: 96-bit IVs for GCM

export function secretKey(base64: string): SecretKey {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('A secrets key must be 32 bytes, base64-encoded (openssl rand -base64 32)');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 8), key };
}

/**
 * Secrets kept in the database (webhook signing secrets) are sealed with AES-256-GCM under a key
 * that never is in the database, so a dump alone reveals none of them. The sealed form names its
 * key (`gqtenc1:<key id>:<iv>:<tag>:<ciphertext>`), so that after a rotation old rows still open
 * with a previous key while new ones are sealed with the current key. `purpose` is bound in as
 * associated data: a sealed value moved to another column does not open.
 */
export class SecretBox {
  private readonly byId: Map<string, Buffer>;

  constructor(
    private readonly current: SecretKey,
    previous: SecretKey[] = [],
  ) {
    this.byId = new Map([current, ...previous].map((k) => [k.id, k.key]));
  }

  seal(plaintext: string, purpose: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv).setAAD(Buffer.from(purpose));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [PREFIX, this.current.id, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (Buffer.isBuffer(part) ? part.toString('base64url') : part))
      .join(':');
  }

  open(sealed: string, purpose: string): string {
    const [prefix, keyId, iv, tag, ciphertext] = sealed.split(':');
    if (prefix !== PREFIX || ciphertext === undefined) throw new Error('Not a sealed secret');
    const key = this.byId.get(keyId);
    if (!key)
      throw new Error(`The secret was sealed with key ${keyId}, which is not configured (SECRETS_PREVIOUS_KEYS)`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
      .setAAD(Buffer.from(purpose))
      .setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  isSealed(value: string): boolean {
    return value.startsWith(`${PREFIX}:`);
  }

  /** Whether a value still needs sealing under the current key (plain, or sealed with an old key). */
  needsResealing(value: string): boolean {
    return !value.startsWith(`${PREFIX}:${this.current.id}:`);
  }
}
