/**
 * probes/language.ts: which language a surface shows, and where the user's choice is kept
 * (storage/items.ts languageItem in the extension, localStorage on the standalone site).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { fakeBrowser } from 'wxt/testing/fake-browser';
import { chooseDisplayLanguage, chooseLanguage, readStoredLanguage, storeLanguage } from '@/probes/language';
import { areaKey, languageItem } from '@/storage/items';
import { installFakeExtension, withoutExtensionApi } from '../harness/extensionApi';

const KEY = areaKey(languageItem);

function setBrowserLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('language choice in the extension (storage.local pg:language)', () => {
  let browser: typeof fakeBrowser;
  const stored = async () => (await browser.storage.local.get(KEY))[KEY];
  beforeEach(() => {
    browser = installFakeExtension();
    setBrowserLanguages(['de-CH', 'en']);
  });

  it('falls back to the browser languages, then follows the stored user choice', async () => {
    expect(await chooseLanguage()).toBe('de');
    await storeLanguage('ja');
    expect(await stored()).toBe('ja');
    expect(await languageItem.getValue()).toBe('ja');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(await chooseLanguage()).toBe('ja');
  });

  it('order: guided link > user choice > organization default > browser', async () => {
    await storeLanguage('fr');
    expect(await chooseLanguage('ar', 'nl')).toBe('ar');
    expect(await chooseLanguage(null, 'nl')).toBe('fr');
    await browser.storage.local.remove(KEY);
    expect(await chooseLanguage('klingon', 'nl')).toBe('nl');
  });

  it('refuses to store an unsupported language and ignores a tampered stored value', async () => {
    await expect(storeLanguage('xx' as never)).rejects.toThrow(/Unsupported language "xx"/);
    expect(await stored()).toBeUndefined();
    await browser.storage.local.set({ [KEY]: { evil: true } });
    expect(await chooseLanguage()).toBe('de');
  });

  it('honours en-XA only where the caller enables the pseudo-locale', async () => {
    await storeLanguage('en-XA');
    expect(await chooseDisplayLanguage(undefined, undefined, true)).toBe('en-XA');
    expect(await chooseDisplayLanguage(undefined, undefined, false)).toBe('de');
    expect(await chooseDisplayLanguage('es', undefined, true)).toBe('es');
    expect(await chooseDisplayLanguage('en-XA', undefined, false)).toBe('de');
  });
});

describe('language choice on the standalone site (localStorage)', () => {
  beforeEach(() => {
    withoutExtensionApi();
    setBrowserLanguages(['pt-BR']);
  });

  it('stores the choice in localStorage and falls back to English for unsupported browser languages', async () => {
    expect(await chooseLanguage()).toBe('en');
    await storeLanguage('es');
    expect(localStorage.getItem(KEY)).toBe('es');
    expect(await readStoredLanguage()).toBe('es');
    expect(await chooseLanguage()).toBe('es');
  });
});
