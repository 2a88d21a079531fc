import { invalid } from '@gqt/kernel';

// GB 32100-2015 unified social credit code: 18 characters from this set (no I, O, S, V, Z),
// each worth its position; the 18th is a check character over the first 17 (domain.md).
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + CHARSET.indexOf(char) * WEIGHTS[i], 0);
  return CHARSET[(31 - (sum % 31)) % 31];
}

export function isValidUscc(code: string): boolean {
  if (code.length !== 18 || [...code].some((char) => !CHARSET.includes(char))) return false;
  return usccCheckCharacter(code.slice(0, 17)) === code[17];
}

/** Refuses a code that is not a valid unified social credit code (400 USCC_INVALID). */
export function assertValidUscc(code: string, field = 'uscc'): void {
  if (!isValidUscc(code)) {
    throw invalid('USCC_INVALID', `${code} is not a valid unified social credit code (GB 32100-2015)`, [
      {
        field,
        message: 'must be 18 characters of 0-9 and A-Y without I, O, S, V, Z, ending in the right check character',
      },
    ]);
  }
}
