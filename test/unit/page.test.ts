/**
 * Page recognizer against saved replica pages (test/fixtures/pages, regenerate with
 * `node scripts/gen-page-fixtures.mjs`). The github-url-detection pattern: every detector lists
 * the fixtures it must match, and is tested NOT to match every other fixture.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeSecurityInfoPage, routeOf } from '@/core/page/recognize';
import { findPageTarget } from '@/core/page/findTarget';
import { normalize, PAGE_STRINGS } from '@/core/page/securityInfoPage';
import { LANGUAGES, PAGE_STATES, type PageState, type PageTarget } from '@/core/types';

const DIR = resolve(import.meta.dirname, '../fixtures/pages');
const ALL = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

function load(name: string): { doc: Document; url: string } {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content') ?? 'https://mysignins.microsoft.com/security-info';
  return { doc, url };
}
// One fixture per language of the one list (core/types.ts LANGUAGES).
const L: readonly string[] = LANGUAGES;
const each = (prefix: string, langs = L) => langs.map((l) => `${prefix}.${l}`);

/** Each state's detector: the fixtures it must match (all others must NOT be this state). */
const MUST_MATCH: Record<PageState, string[]> = {
  'method-list': [...each('method-list'), ...each('method-list-passkey')],
  'method-picker': [...each('method-picker'), ...each('method-picker-all'), 'method-picker-legacy.en', 'method-picker-legacy-open.en'],
  wizard: [
    ...['install', 'device', 'provider', 'setting-up', 'creating'].map((s) => `wizard-${s}.en`),
    ...each('wizard-qr'),
    ...each('wizard-usb-nfc'),
    ...each('wizard-name'),
    ...each('wizard-reminder'),
    'register.en',
    'register.ja',
    'register.ar',
  ],
  error: [...['already-exists', 'key-limit', 'mfa-required', 'provider-not-allowed', 'generic'].map((e) => `error-${e}.en`), ...each('error-not-registered')],
  success: each('success'),
  'sign-in-prompt': [],
  ceremony: [],
  unknown: ['loading.en'],
};

describe('fixture inventory', () => {
  it('every fixture is claimed by exactly one detector', () => {
    const claimed = Object.values(MUST_MATCH).flat();
    expect(new Set(claimed).size).toBe(claimed.length);
    expect([...claimed].sort()).toEqual([...ALL].sort());
  });
});

for (const state of PAGE_STATES) {
  describe(`detector: ${state}`, () => {
    for (const name of MUST_MATCH[state]) {
      it(`matches ${name}`, () => {
        const { doc, url } = load(name);
        expect(recognizeSecurityInfoPage(doc, url).state).toBe(state);
      });
    }
    it('matches none of the other fixtures', () => {
      const wrong = ALL.filter((n) => !MUST_MATCH[state].includes(n)).filter((n) => {
        const { doc, url } = load(n);
        return recognizeSecurityInfoPage(doc, url).state === state;
      });
      expect(wrong).toEqual([]);
    });
  });
}

describe('finer steps and facts', () => {
  const STEPS: Record<string, string | null> = {
    'method-picker.en': 'recommended',
    'method-picker-all.en': 'all',
    'method-picker-legacy.en': 'legacy',
    'wizard-install.en': 'install-authenticator',
    'wizard-device.en': 'choose-device',
    'wizard-provider.en': 'enable-provider',
    'wizard-reminder.en': 'reminder',
    'wizard-reminder.ja': 'reminder',
    // "Scan the QR code" is the Authenticator *app* (push/OTP) wizard, not a passkey step (2026 evidence).
    'wizard-qr.en': 'authenticator-app-qr',
    'wizard-usb-nfc.en': 'usb-nfc',
    'wizard-usb-nfc.de': 'usb-nfc',
    'wizard-usb-nfc.ja': 'usb-nfc',
    'wizard-setting-up.en': 'setting-up',
    'wizard-creating.en': 'creating',
    'wizard-name.en': 'name',
    'wizard-name.fr': 'name',
    'wizard-name.ar': 'name',
    'wizard-qr.de': 'authenticator-app-qr',
    'wizard-qr.ar': 'authenticator-app-qr',
    'wizard-usb-nfc.ar': 'usb-nfc',
    'wizard-reminder.ar': 'reminder',
    'register.ar': 'install-authenticator',
    'error-not-registered.ar': 'not-registered',
    'register.en': 'install-authenticator',
    'register.ja': 'install-authenticator',
    'error-not-registered.en': 'not-registered',
    'error-not-registered.es': 'not-registered',
    'error-already-exists.en': 'already-exists',
    'error-key-limit.en': 'key-limit',
    'error-mfa-required.en': 'mfa-required',
    'error-provider-not-allowed.en': 'provider-not-allowed',
    'error-generic.en': 'generic',
    'method-list.en': null,
  };
  for (const [name, step] of Object.entries(STEPS)) {
    it(`${name} → step ${step}`, () => {
      const { doc, url } = load(name);
      expect(recognizeSecurityInfoPage(doc, url).step).toBe(step);
    });
  }

  it('notes whether a passkey is already registered, in every language', () => {
    for (const l of L) {
      expect(recognizeSecurityInfoPage(load(`method-list.${l}`).doc, 'https://mysignins.microsoft.com/security-info').hasPasskey).toBe(false);
      expect(recognizeSecurityInfoPage(load(`method-list-passkey.${l}`).doc, 'https://mysignins.microsoft.com/security-info').hasPasskey).toBe(true);
    }
  });

  it('reports the page language and the error id', () => {
    const r = recognizeSecurityInfoPage(load('error-not-registered.de').doc, 'https://mysignins.microsoft.com/security-info');
    expect(r).toMatchObject({ state: 'error', error: 'not-registered', language: 'de' });
  });

  it('never exposes personal data from the method rows', () => {
    const r = recognizeSecurityInfoPage(load('method-list.en').doc, 'https://mysignins.microsoft.com/security-info');
    expect(JSON.stringify(r)).not.toMatch(/555|@/);
  });
});

describe('routes', () => {
  it.each([
    ['https://mysignins.microsoft.com/security-info', 'security-info'],
    ['https://mysignins.microsoft.com/security-info/?tenantId=00000000-0000-0000-0000-000000000000', 'security-info'],
    ['https://mysignins.microsoft.com/security-info?tenant=contoso.com', 'security-info'],
    ['https://mysignins.microsoft.com/security-info?domain_hint=contoso.com', 'security-info'],
    ['https://mysignins.microsoft.com/security-info?login_hint=x', 'security-info'],
    ['https://mysignins.microsoft.com/register?csrf_token=abc', 'register'],
    ['https://mysignins.microsoft.com/register?authMethods=32&authMethodCount=1', 'register'],
    ['https://mysignins.microsoft.com/', 'other'],
    ['https://mysignins.microsoft.com/security-info-fake', 'other'],
    ['https://evil.example/security-info', 'other'],
    ['http://mysignins.microsoft.com/security-info', 'other'],
    ['not a url', 'other'],
  ])('%s → %s', (url, route) => {
    expect(routeOf(url)).toBe(route);
  });

  it('a Security info page on another route or host is unknown', () => {
    const { doc } = load('method-list.en');
    expect(recognizeSecurityInfoPage(doc, 'https://evil.example/security-info').state).toBe('unknown');
    expect(recognizeSecurityInfoPage(doc, 'garbage').state).toBe('unknown');
  });

  it('does not throw on a document without a body', () => {
    const doc = document.implementation.createDocument(null, 'x', null) as unknown as Document;
    expect(recognizeSecurityInfoPage(doc, 'https://mysignins.microsoft.com/security-info').state).toBe('unknown');
  });
});

describe('findPageTarget', () => {
  const CASES: [string, PageTarget, RegExp][] = [
    ['method-list.en', 'add-method', /Add sign-in method/],
    ['method-list.ja', 'add-method', /サインイン方法の追加/],
    ['method-picker.en', 'picker-authenticator-passkey', /Passkey in Microsoft Authenticator/],
    ['method-picker.en', 'picker-show-more', /Show more options/],
    ['method-picker-all.en', 'picker-passkey', /^Passkey/],
    ['method-picker-all.de', 'picker-security-key', /Sicherheitsschlüssel/],
    ['method-picker-all.fr', 'picker-passkey', /^Clé d’accès/],
    ['method-picker-legacy.en', 'picker-combobox', /Choose a method/],
    ['method-picker-legacy.en', 'picker-add', /^Add$/],
    ['method-picker-legacy-open.en', 'picker-security-key', /^Security key$/],
    ['wizard-install.en', 'wizard-next', /^Next$/],
    ['wizard-usb-nfc.nl', 'wizard-usb', /USB-apparaat/],
    ['wizard-usb-nfc.es', 'wizard-nfc', /Dispositivo NFC/],
    ['wizard-qr.en', 'wizard-qr', /Scan the QR code/],
    ['success.de', 'wizard-done', /Fertig/],
    ['error-generic.en', 'error-retry', /Try again/],
    ['method-list.ar', 'add-method', /إضافة أسلوب تسجيل الدخول/],
    ['method-picker-all.ar', 'picker-passkey', /^مفتاح المرور/],
    ['wizard-usb-nfc.ar', 'wizard-usb', /جهاز USB/],
    ['success.ar', 'wizard-done', /^تم$/],
  ];
  for (const [name, target, text] of CASES) {
    it(`${name}: ${target}`, () => {
      const found = findPageTarget(load(name).doc, target);
      expect(found?.textContent ?? '').toMatch(text);
    });
  }
  it('finds the name field by its label', () => {
    const field = findPageTarget(load('wizard-name.en').doc, 'wizard-name-field');
    expect(field?.tagName).toBe('INPUT');
  });
  it('picks the authenticator passkey, not the plain passkey, and vice versa', () => {
    const { doc } = load('method-picker-all.en');
    expect(findPageTarget(doc, 'picker-passkey')).not.toBe(findPageTarget(doc, 'picker-authenticator-passkey'));
  });
  it('returns null when the control is not on screen', () => {
    expect(findPageTarget(load('method-list.en').doc, 'wizard-usb')).toBeNull();
    expect(findPageTarget(load('loading.en').doc, 'add-method')).toBeNull();
  });
  it('ignores hidden controls', () => {
    const doc = new DOMParser().parseFromString('<div hidden><button>Add sign-in method</button></div>', 'text/html');
    expect(findPageTarget(doc, 'add-method')).toBeNull();
  });
});

describe('page knowledge module', () => {
  it('has every required key for every language, no stray keys, and every pattern compiles', () => {
    const all = Object.keys(PAGE_STRINGS.en).sort();
    const required = Object.keys(PAGE_STRINGS.ar).sort();
    for (const lang of LANGUAGES) {
      const keys = Object.keys(PAGE_STRINGS[lang]);
      for (const k of required) expect(keys, `${lang} lacks ${k}`).toContain(k);
      for (const k of keys) expect(all, `${lang}.${k} is not an English key`).toContain(k);
      for (const [k, v] of Object.entries(PAGE_STRINGS[lang])) {
        const sources = typeof v === 'string' ? [v] : Object.values(v);
        for (const s of sources) expect(() => new RegExp(s as string, 'iu'), `${lang}.${k}`).not.toThrow();
      }
    }
  });
});

describe('normalize (page text before matching)', () => {
  it('collapses whitespace and drops bidi controls and invisible characters without joining words', () => {
    expect(normalize('  Pass\u200bkey\n\tin\u00a0 Microsoft\u202e Authenticator \ufeff')).toBe('Passkey in Microsoft Authenticator');
    expect(normalize('\u2067مفتاح المرور\u2069 \u200f')).toBe('مفتاح المرور');
    expect(normalize('a \u200b b')).toBe('a b');
  });
});
