import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseDisplayLanguage, chooseLanguage, readStoredLanguage, storeLanguage } from '@/probes/language';
import { STORAGE_KEYS } from '@/core/storageKeys';

/** An in-memory storage.local, installed as globalThis.browser (the extension case). */
function installExtensionStorage() {
  const data: Record<string, unknown> = {};
  const local = {
    get: vi.fn(async (key: string) => (key in data ? { [key]: data[key] } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, items)),
    remove: vi.fn(async () => {}),
  };
  vi.stubGlobal('browser', { storage: { local } });
  vi.stubGlobal('chrome', undefined);
  return data;
}

function setBrowserLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('language choice in the extension (storage.local pg:language)', () => {
  let data: Record<string, unknown>;
  beforeEach(() => {
    data = installExtensionStorage();
    setBrowserLanguages(['de-CH', 'en']);
  });

  it('falls back to the browser languages, then follows the stored user choice', async () => {
    expect(await chooseLanguage()).toBe('de');
    await storeLanguage('ja');
    expect(data[STORAGE_KEYS.language]).toBe('ja');
    expect(await chooseLanguage()).toBe('ja');
  });

  it('order: guided link > user choice > organization default > browser', async () => {
    await storeLanguage('fr');
    expect(await chooseLanguage('ar', 'nl')).toBe('ar');
    expect(await chooseLanguage(null, 'nl')).toBe('fr');
    data[STORAGE_KEYS.language] = undefined;
    expect(await chooseLanguage('klingon', 'nl')).toBe('nl');
  });

  it('refuses to store an unsupported language and ignores a tampered stored value', async () => {
    await expect(storeLanguage('xx' as never)).rejects.toThrow(/Unsupported language "xx"/);
    expect(data[STORAGE_KEYS.language]).toBeUndefined();
    data[STORAGE_KEYS.language] = { evil: true };
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
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    setBrowserLanguages(['pt-BR']);
  });

  it('stores the choice in localStorage and falls back to English for unsupported browser languages', async () => {
    expect(await chooseLanguage()).toBe('en');
    await storeLanguage('es');
    expect(localStorage.getItem(STORAGE_KEYS.language)).toBe('es');
    expect(await readStoredLanguage()).toBe('es');
    expect(await chooseLanguage()).toBe('es');
  });
});
