import { DomainError } from '@gqt/kernel';
import { assertValidUscc, isValidUscc, usccCheckCharacter } from './uscc';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '91450100MA5K00004P', '91450100MA5K11117N', '91450100198236456X'])(
    'accepts the valid example %s',
    (code) => expect(isValidUscc(code)).toBe(true),
  );

  it('computes the check character of the examples', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(usccCheckCharacter('91450100198236456')).toBe('X');
  });

  it.each([
    ['a wrong check character', '91350100M000100Y4Z'],
    ['another wrong check character', '91450100MA5K00004Q'],
    ['a letter outside the set (I)', '91450100MA5I00004P'],
    ['a letter outside the set (O)', '9145O100MA5K00004P'],
    ['lower case', '91450100ma5k00004p'],
    ['17 characters', '91450100MA5K00004'],
    ['19 characters', '91450100MA5K00004PP'],
    ['an empty string', ''],
    ['a space', '91450100MA5K 0004P'],
  ])('refuses %s', (_what, code) => expect(isValidUscc(code)).toBe(false));

  it('refuses with 400 USCC_INVALID naming the field', () => {
    expect.assertions(3);
    try {
      assertValidUscc('91350100M000100Y4Z');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ kind: 'INVALID', code: 'USCC_INVALID' });
      expect((error as DomainError).details.fieldErrors?.[0].field).toBe('uscc');
    }
  });
});
