/**
 * The employee glossary (test/harness/glossary.ts, explained in docs/localization.md "Glossary"):
 * every employee-facing string in every language uses one word for passkey, one name per guide
 * (starting with the Security info page's own method name), one verb family and no jargon.
 * Quoted page labels („…“, «…», [...], "...") are exempt: they must match what Microsoft shows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, JARGON, isEmployeeFacing, unquoted } from '../harness/glossary';
import { GUIDE_IDS, LANGUAGES, type Language } from '@/core/types';

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}
const load = (lang: Language): Map<string, string> =>
  new Map(flatten(JSON.parse(readFileSync(resolve(__dirname, `../../locales/${lang}.json`), 'utf8')) as Tree));

/** Every rule an employee-facing string breaks: "key: rule → fix". */
export function violations(lang: Language, messages: Iterable<[string, string]>): string[] {
  const found: string[] = [];
  for (const [key, text] of messages) {
    if (!isEmployeeFacing(key)) continue;
    const plain = unquoted(text);
    for (const [pattern, fix] of [...JARGON, ...GLOSSARY[lang].forbidden]) {
      if (pattern.test(plain)) found.push(`${key}: /${pattern.source}/ → ${fix}`);
    }
  }
  return found;
}

describe('the glossary checker itself', () => {
  it('catches jargon, a second word for passkey and the wrong verb; ignores quoted labels and IT-facing keys', () => {
    expect(violations('en', [['popup.next.x', 'Register a FIDO2 key over hybrid.']])).toHaveLength(3);
    expect(violations('de', [['overlay.x', 'Ihr Hauptschlüssel ist bereit.']])).toHaveLength(1);
    expect(violations('de', [['overlay.x', 'Wählen Sie „Hauptschlüssel in Microsoft Authenticator“.']])).toEqual([]);
    expect(violations('es', [['companion.x', 'Bienvenido, usuario.']])).toHaveLength(1);
    expect(violations('en', [['popup.capability.webauthn', 'Passkeys (WebAuthn) supported']])).toEqual([]);
    expect(violations('en', [['admin.x', 'AAGUID allow list']])).toEqual([]);
    expect(violations('en', [['builder.msg.why', 'Register your FIDO2 key']])).toHaveLength(2);
  });
  it('knows which namespaces employees read', () => {
    for (const key of [
      'common.appName',
      'overlay.title',
      'popup.next.platform',
      'companion.title',
      'guides.x.title',
      'engine.warnings.x',
      'questions.x.label',
      'link.x',
      'builder.msg.why',
    ])
      expect(isEmployeeFacing(key), key).toBe(true);
    for (const key of [
      'admin.title',
      'diagnostic.title',
      'builder.title',
      'popup.capability.webauthn',
      'popup.it.companionSiteMissing',
      'companion.it.companionSiteMissing',
    ])
      expect(isEmployeeFacing(key), key).toBe(false);
  });
});

describe.each(LANGUAGES)('glossary: %s', (lang) => {
  const messages = load(lang);
  const g = GLOSSARY[lang];

  it('no jargon, one word for passkey, one verb family on employee surfaces', () => {
    expect(violations(lang, messages)).toEqual([]);
  });

  it('one name per guide, containing the page\'s own method name, and "passkey" in this language\'s one word', () => {
    const method = {
      'authenticator-app': g.methodNames.authenticator,
      'cross-device': g.methodNames.passkey,
      platform: g.methodNames.passkey,
      'security-key': g.methodNames.securityKey,
    };
    for (const [guide, prefix] of Object.entries(method)) {
      const name = messages.get(`common.guide.${guide}`);
      expect(name, `common.guide.${guide}`).toBeDefined();
      // "Starts with" in left-to-right word order; Japanese puts the qualifier first, so: contains.
      expect(name!.includes(prefix), `${guide}: "${name}" should contain the page's method name "${prefix}"`).toBe(true);
    }
    expect(messages.get('common.guide.platform')!.toLowerCase()).toContain(g.passkey.toLowerCase());
    for (const guide of GUIDE_IDS) expect(messages.get(`common.guide.${guide}`), guide).toBeTruthy();
  });

  it("the guide renderer's own titles (guides.<id>.title) are the same names", () => {
    const differing = GUIDE_IDS.filter(
      (id) => messages.has(`guides.${id}.title`) && messages.get(`guides.${id}.title`) !== messages.get(`common.guide.${id}`),
    ).map((id) => `guides.${id}.title "${messages.get(`guides.${id}.title`)}" ≠ common.guide.${id} "${messages.get(`common.guide.${id}`)}"`);
    expect(differing).toEqual([]);
  });

  it("docs/localization.md lists this language's glossary", () => {
    const doc = readFileSync(resolve(__dirname, '../../docs/localization.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Glossary'));
    expect(section).toContain(g.passkey);
    expect(section).toContain(g.methodNames.securityKey);
    expect(section).toContain(g.faceFingerprintPin);
  });
});
