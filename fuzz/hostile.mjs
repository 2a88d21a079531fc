// The hostile values and whole-request mutations the fuzzer tries, by family (issue 12's table and
// more). Each is a fast-check arbitrary, so a failing case shrinks and replays from its seed.
import fc from 'fast-check';

const nested = (depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth));
const cursorOf = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** Text families: control characters, unpaired surrogates, size, look-alikes, injection shapes. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\u0000',
    'x\ud800y',
    '\udc00',
    '\ud83d',
    '',
    ' ',
    'x'.repeat(10_000),
    "' OR 1=1 --",
    '"; DROP TABLE users; --',
    '../../etc/passwd',
    '%00',
    '%zz',
    '\u202eevil',
    '１２３４５',
    '٣٫٥',
    '😀'.repeat(50),
    '<script>alert(1)</script>',
    '${7*7}',
    '{"$gt":""}',
  ),
  // Dates the database cannot store, or that do not exist.
  fc.constantFrom('0000-01-01', '9999-12-31', '2026-02-30', '+010000-01-01', '-000001-01-01', '1899-12-31', '2026-1-1'),
  // Numbers written as text.
  fc.constantFrom('1e400', '-0.00', 'NaN', 'Infinity', '99999999999999999999.99', '-1', '0x10', '1.005'),
  // List cursors that decode but hold impossible positions.
  fc.constantFrom(
    cursorOf(['0', ZERO_UUID]),
    cursorOf(['0000-01-01T00:00:00.000Z', ZERO_UUID]),
    cursorOf(['99999-01-01T00:00:00Z', ZERO_UUID]),
    cursorOf(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
    cursorOf(['0000-01-01', ZERO_UUID]),
    cursorOf([null]),
    cursorOf({ at: 1 }),
    'not base64!',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** A value of any JSON type, including the ones no schema field wants. */
export const hostileValue = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, [], {}, [null], [[]], { a: null }),
  fc.constantFrom(nested(20), nested(40)),
  fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
);

/** What is done to a whole request rather than to one of its fields. */
export const requestMutation = fc.constantFrom(
  'no-body',
  'not-json',
  'text-plain',
  'array-body',
  'string-body',
  'deep-body',
  'huge-body',
  'unknown-field',
  'form-body',
  'idempotency-key',
  'accept-csv',
);

export const hostileIdempotencyKey = fc.constantFrom('', ' ', 'k'.repeat(300), 'caf\u00e9', 'a b', 'x\u00ff');

/** The body that a whole-request mutation sends, with its content type. */
export function mutatedBody(kind, valid) {
  switch (kind) {
    case 'no-body':
      return { contentType: 'application/json', raw: undefined };
    case 'not-json':
      return { contentType: 'application/json', raw: '{"unterminated": ' };
    case 'text-plain':
      return { contentType: 'text/plain', raw: JSON.stringify(valid ?? {}) };
    case 'array-body':
      return { contentType: 'application/json', raw: JSON.stringify([valid ?? {}]) };
    case 'string-body':
      return { contentType: 'application/json', raw: '"just a string"' };
    case 'deep-body':
      return { contentType: 'application/json', raw: '['.repeat(2500) + ']'.repeat(2500) };
    case 'huge-body':
      return { contentType: 'application/json', raw: JSON.stringify({ pad: 'x'.repeat(1_200_000) }) };
    case 'unknown-field':
      return { contentType: 'application/json', raw: JSON.stringify({ ...(valid ?? {}), unexpected: 1 }) };
    case 'form-body':
      return { contentType: 'application/x-www-form-urlencoded', raw: 'a=1&a=2&%zz=%00' };
    default:
      return undefined;
  }
}
