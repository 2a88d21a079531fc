import { randomInt } from 'node:crypto';
import { usccCheckCharacter } from '@gqt/enterprises';

/** A random valid unified social credit code of an enterprise registered in `cityCode`. */
export function uscc(cityCode = '450100'): string {
  let organisation = '';
  for (let i = 0; i < 9; i += 1) organisation += String(randomInt(10));
  const first17 = `91${cityCode}${organisation}`;
  return first17 + usccCheckCharacter(first17);
}

export function tag(): string {
  return `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;
}

/** A random 20-digit fully digital e-invoice number issued in Guangxi in the given year. */
export function invoiceNumber(year = new Date().getUTCFullYear()): string {
  let tail = '';
  for (let i = 0; i < 15; i += 1) tail += String(randomInt(10));
  return `${String(year).slice(2)}451${tail}`;
}
