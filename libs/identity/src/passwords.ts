import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { createHash, timingSafeEqual } from 'node:crypto';

// OWASP password storage minimum for argon2id: m = 19 MiB, t = 2, p = 1.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class Passwords {
  /** Verified against when the username is unknown, so both failures take the same time. */
  private readonly decoy = argon2.hash('decoy password that matches nothing', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    const ok = await argon2.verify(hash ?? (await this.decoy), password);
    return hash !== undefined && ok;
  }
}

/**
 * Client secrets are 256 random bits, not human passwords: a SHA-256 digest resists guessing as
 * well as a slow hash would, and keeps the token endpoint fast.
 */
export function digestSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(digest: string, secret: string): boolean {
  const given = Buffer.from(digestSecret(secret), 'hex');
  const stored = Buffer.from(digest, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
