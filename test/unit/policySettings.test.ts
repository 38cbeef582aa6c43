/**
 * The settings registry (core/settings.ts) is the one declaration of every managed setting. The managed
 * schema, the docs table and the admin view's translated descriptions are compared with it here.
 * Regenerate the files after changing the registry:
 *   PG_UPDATE_POLICY_FILES=1 npx vitest run test/unit/policySettings.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '@/core/policy';
import { docsTable, managedSchema, POLICY_KEYS, SETTINGS } from '@/core/settings';
import { DEFAULT_POLICY, LANGUAGES } from '@/core/types';

const root = resolve(import.meta.dirname, '../..');
const SCHEMA_FILE = resolve(root, 'public/managed_schema.json');
const DOCS_FILE = resolve(root, 'docs/enterprise.md');
const START = '<!-- settings-table:start (generated from core/settings.ts; see test/unit/policySettings.test.ts) -->';
const END = '<!-- settings-table:end -->';
const update = process.env.PG_UPDATE_POLICY_FILES === '1';

function docsWithTable(doc: string): string {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/enterprise.md needs the markers ${START} … ${END}`);
  return `${doc.slice(0, a + START.length)}\n${docsTable()}\n${doc.slice(b)}`;
}

describe('settings registry', () => {
  if (update) {
    writeFileSync(SCHEMA_FILE, `${JSON.stringify(managedSchema(), null, 2)}\n`);
    writeFileSync(DOCS_FILE, docsWithTable(readFileSync(DOCS_FILE, 'utf8')));
  }

  it('public/managed_schema.json is generated from it', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(managedSchema());
  });

  it('the docs/enterprise.md settings table is generated from it', () => {
    const doc = readFileSync(DOCS_FILE, 'utf8');
    expect(doc).toBe(docsWithTable(doc));
    for (const key of POLICY_KEYS) expect(doc).toContain(`| \`${key}\` |`);
  });

  it('every setting has a translated admin description in every language', () => {
    for (const lang of LANGUAGES) {
      const messages = JSON.parse(readFileSync(resolve(root, `locales/${lang}.json`), 'utf8'));
      expect(Object.keys(messages.admin.settings).sort(), lang).toEqual([...POLICY_KEYS].sort());
      for (const key of POLICY_KEYS) expect(String(messages.admin.settings[key]).length, `${lang} ${key}`).toBeGreaterThan(10);
    }
  });

  it('every reason the parser can give is translated', () => {
    const en = JSON.parse(readFileSync(resolve(root, 'locales/en.json'), 'utf8'));
    const reasons = readFileSync(resolve(root, 'core/settings.ts'), 'utf8').match(/'admin\.reason\.[a-zA-Z]+'/g) ?? [];
    expect(reasons.length).toBeGreaterThan(10);
    for (const r of reasons) expect(en.admin.reason, r).toHaveProperty(r.slice(14, -1));
  });

  it('keys are unique and each default reads back from DEFAULT_POLICY', () => {
    expect(new Set(POLICY_KEYS).size).toBe(SETTINGS.length);
    for (const s of SETTINGS) expect(() => s.read(DEFAULT_POLICY)).not.toThrow();
  });

  it('a value of the schema type is never rejected as the wrong type, and the schema enums are what the parser accepts', () => {
    const schema = managedSchema().properties as Record<string, { type: string; enum?: string[]; items?: { enum?: string[] } }>;
    const sample: Record<string, unknown> = { string: 'contoso.com', boolean: true, array: [] };
    for (const [key, prop] of Object.entries(schema)) {
      const { ignored } = parsePolicy({ [key]: sample[prop.type] });
      expect(
        ignored.filter((i) => i.reason === 'admin.reason.wrongType'),
        key,
      ).toEqual([]);
      for (const value of prop.enum ?? []) expect(parsePolicy({ [key]: value }).ignored, `${key}=${value}`).toEqual([]);
    }
    expect(schema.defaultLanguage!.enum).toEqual([...LANGUAGES]);
  });
});
