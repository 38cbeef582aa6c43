/**
 * One language list: LANGUAGES in core/types.ts. Everything else that names the languages is derived
 * from it or checked against it here (endonyms, locale files, manifest _locales, Security info page
 * strings, the managed schema, docs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES } from '@/core/i18n';
import { PAGE_STRINGS } from '@/core/page/securityInfoPage';
import { managedSchema } from '@/core/settings';
import { LANGUAGES, PSEUDO_LANGUAGE } from '@/core/types';
import { languagesFromTypes, MANIFEST_LANGUAGES } from '../../scripts/manifest-locales.mjs';

const root = resolve(import.meta.dirname, '../..');
const sorted = (list: readonly string[]) => [...list].sort();

describe('languages: one list (core/types.ts LANGUAGES)', () => {
  it('endonyms: one per language plus the pseudo-locale', () => {
    expect(sorted(Object.keys(LANGUAGE_NAMES))).toEqual(sorted([...LANGUAGES, PSEUDO_LANGUAGE]));
  });

  it('locale files: exactly one per language', () => {
    const files = readdirSync(resolve(root, 'locales')).filter((f) => f.endsWith('.json'));
    expect(sorted(files.map((f) => f.replace(/\.json$/, '')))).toEqual(sorted(LANGUAGES));
  });

  it('the manifest-locales script reads the same list (plain Node, no TypeScript)', () => {
    expect(MANIFEST_LANGUAGES).toEqual([...LANGUAGES]);
    expect(() => languagesFromTypes('export const OTHER = 1;')).toThrow(/LANGUAGES/);
  });

  it('Security info page strings exist for every language', () => {
    expect(sorted(Object.keys(PAGE_STRINGS))).toEqual(sorted(LANGUAGES));
  });

  it('the Security info replica (test/fixtures/replica) renders every language', async () => {
    const replica = '../fixtures/replica/replica-assets/render.js'; // plain JS without types
    const { STRINGS } = (await import(/* @vite-ignore */ replica)) as { STRINGS: Record<string, unknown> };
    expect(sorted(Object.keys(STRINGS))).toEqual(sorted(LANGUAGES));
  });

  it('the managed schema offers exactly these languages', () => {
    expect((managedSchema().properties.defaultLanguage as { enum: string[] }).enum).toEqual([...LANGUAGES]);
  });

  it('docs list exactly these languages', () => {
    const list = LANGUAGES.map((l) => `\`${l}\``).join(', ');
    expect(readFileSync(resolve(root, 'docs/guided-links.md'), 'utf8')).toContain(list);
    expect(readFileSync(resolve(root, 'docs/enterprise.md'), 'utf8')).toContain(list);
    expect(readFileSync(resolve(root, 'README.md'), 'utf8')).toContain(`(${LANGUAGES.join(', ')};`);
  });
});
