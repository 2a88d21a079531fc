import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_LANGUAGES, PROBLEM_MESSAGES, isProblemCode } from './problems';

const ROOT = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

/** Every code the API can refuse with, as the code base writes it. */
function thrownCodes(): string[] {
  const codes = new Set<string>();
  for (const file of [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps/api/src'))]) {
    const text = readFileSync(file, 'utf8');
    const calls = /\b(?:invalid|conflict|ruleViolation|rateLimited)\(\s*'([A-Z][A-Z0-9_]+)'/g;
    for (const [, code] of text.matchAll(calls)) codes.add(code);
    for (const [, code] of text.matchAll(/\bproblem\(\s*\d{3},\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add(code);
    // Row errors of jobs ({row, code, message}); `order: { code: 'ASC' }` is a sort order, not one.
    for (const [, code] of text.matchAll(/\bcode: '([A-Z][A-Z0-9_]+)'/g)) if (code !== 'ASC') codes.add(code);
  }
  return [...codes].sort();
}

describe('problem codes', () => {
  it('has a meaning in every language for every code the API refuses with', () => {
    const codes = thrownCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((code) => !isProblemCode(code))).toEqual([]);
  });

  it.each(PROBLEM_LANGUAGES)('says every code in %s', (language) => {
    const empty = Object.entries(PROBLEM_MESSAGES[language]).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });
});
