import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CRITERION_KEYS,
  CRITERION_UNITS,
  ENTERPRISE_KINDS,
  FINANCING_STATUSES,
  INDUSTRIES,
  JOB_STATUSES,
  OWNERSHIPS,
  PAYMENT_TERM_FLAGS,
  RECEIVABLE_STATUSES,
  ROLES,
  SIZE_CLASSES,
} from '@gqt/contracts';
import { COMPLIANCE_GROUPINGS, PROJECT_CATEGORIES, PROJECT_FLAGS, RESERVATIONS } from '../api/procurement';
import { ONBOARDING_STATUSES } from '../api/schema';
import { BUCKETS } from '../lib/aging';
import { i18n } from './index';

const SOURCE = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every literal key the portal translates: t('a.b'), t("a.b") and the menus' labelKey. */
function literalKeys(): string[] {
  const keys = new Set<string>();
  for (const file of sourceFiles(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*['"]([a-zA-Z][\w.]*\.[\w.]+)['"]/g)) keys.add(match[1]);
    for (const match of text.matchAll(/labelKey: '([\w.]+)'/g)) keys.add(match[1]);
  }
  return [...keys].sort();
}

/** Keys built from a value: every value the API can send must have a label. */
const FAMILIES: [string, readonly string[]][] = [
  ['status.receivable', RECEIVABLE_STATUSES],
  ['status.financing', FINANCING_STATUSES],
  ['status.onboarding', ONBOARDING_STATUSES],
  ['status.job', JOB_STATUSES],
  ['role', ROLES],
  ['enterpriseKind', ENTERPRISE_KINDS],
  ['industry', INDUSTRIES],
  ['ownership', OWNERSHIPS],
  ['sizeClass', SIZE_CLASSES],
  ['criteria', CRITERION_KEYS],
  ['criteriaRule', CRITERION_KEYS],
  ['aging', BUCKETS],
  ['unit', CRITERION_UNITS],
  ['termFlag', PAYMENT_TERM_FLAGS],
  ['procurement.category', PROJECT_CATEGORIES],
  ['procurement.reservation', RESERVATIONS],
  ['procurement.flag', PROJECT_FLAGS],
  ['procurement.grouping', COMPLIANCE_GROUPINGS],
  ['procurement.level', ['UNIT', 'CITY', 'REGION']],
  ['transfer.notAvailable', ['state', 'overdue', 'pledged', 'nothing']],
];

describe.each(['zh-CN', 'en'])('the %s dictionary', (language) => {
  const t = i18n.getFixedT(language);
  const exists = (key: string) => i18n.exists(key, { lng: language, fallbackLng: false });

  it('has every key the pages use', () => {
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(300);
    expect(keys.filter((key) => !exists(key))).toEqual([]);
  });

  it('labels every value the API sends', () => {
    const missing = FAMILIES.flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`)).filter(
      (key) => !exists(key),
    );
    expect(missing).toEqual([]);
  });

  it('fills in every placeholder', () => {
    expect(t('common.pageNumber', { page: 3 })).toMatch(/3/);
    expect(t('core.confirmations.batchDone', { confirmed: 2, total: 5 })).toMatch(/2.*5/);
  });
});

it('the two dictionaries differ wherever there are words (nothing left untranslated)', () => {
  const zh = i18n.getResourceBundle('zh-CN', 'translation') as Record<string, unknown>;
  const en = i18n.getResourceBundle('en', 'translation') as Record<string, unknown>;
  const leaves = (node: unknown, path = ''): [string, string][] =>
    typeof node === 'string'
      ? [[path, node]]
      : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  const english = new Map(leaves(en));
  const same = leaves(zh).filter(([key, text]) => /[\u4e00-\u9fff]/.test(text) && english.get(key) === text);
  expect(same).toEqual([]);
  expect(leaves(en).filter(([, text]) => /[\u4e00-\u9fff]/.test(text))).toEqual([]);
});
