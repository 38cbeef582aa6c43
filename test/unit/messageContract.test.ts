/**
 * The typed message contract (core/messages.ts) and the background's sender check: only this extension,
 * content-script messages only from the Microsoft pages the content script runs on, page-only messages
 * only from this extension's pages.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_HOSTS, isTrustedSender, MESSAGE_SENDERS, readEnvelope } from '@/core/messages';
import { handleMessage } from '@/entrypoints/background/messages';

const ctx = { runtimeId: 'abcdefghijklmnopabcdefghijklmnop', extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const tab = { id: 3 };
const fromPage = (url: string) => ({ id: ctx.runtimeId, url, tab });

describe('isTrustedSender', () => {
  it('accepts the content script on each Microsoft page it runs on', () => {
    for (const host of CONTENT_SCRIPT_HOSTS) expect(isTrustedSender('pg:overlay-bootstrap', fromPage(`https://${host}/security-info`), ctx), host).toBe(true);
  });

  it('refuses other extensions, web pages, look-alike hosts, http and unknown types', () => {
    const cases: [unknown, unknown][] = [
      ['pg:overlay-bootstrap', { ...fromPage('https://mysignins.microsoft.com/'), id: 'otherextensionid' }],
      ['pg:overlay-bootstrap', { url: 'https://mysignins.microsoft.com/', tab }],
      ['pg:overlay-bootstrap', fromPage('https://mysignins.microsoft.com.evil.example/')],
      ['pg:overlay-bootstrap', fromPage('https://evil.example/?mysignins.microsoft.com')],
      ['pg:overlay-bootstrap', fromPage('http://mysignins.microsoft.com/')],
      ['pg:overlay-bootstrap', fromPage('https://mysignins.microsoft.com:8443/')],
      ['pg:overlay-bootstrap', fromPage('https://user@mysignins.microsoft.com/')],
      ['pg:overlay-bootstrap', { id: ctx.runtimeId, url: 'https://mysignins.microsoft.com/' }], // no tab: not a content script
      ['pg:overlay-bootstrap', { id: ctx.runtimeId, tab }], // no URL
      ['pg:overlay-bootstrap', null],
      ['pg:unknown', fromPage('https://mysignins.microsoft.com/')],
      ['toString', fromPage('https://mysignins.microsoft.com/')],
      [undefined, fromPage('https://mysignins.microsoft.com/')],
    ];
    for (const [type, sender] of cases) expect(isTrustedSender(type, sender as never, ctx), JSON.stringify([type, sender])).toBe(false);
  });

  it("a page-only message comes only from this extension's pages, never from a content script", () => {
    expect(isTrustedSender('pg:policy-refresh', { id: ctx.runtimeId, url: `${ctx.extensionOrigin}options.html` }, ctx)).toBe(true);
    expect(isTrustedSender('pg:policy-refresh', fromPage('https://mysignins.microsoft.com/'), ctx)).toBe(false);
    expect(isTrustedSender('pg:policy-refresh', { id: ctx.runtimeId, url: 'chrome-extension://otherextensionid/options.html' }, ctx)).toBe(false);
    expect(isTrustedSender('pg:policy-refresh', { id: ctx.runtimeId, url: 'moz-extension://abcdefghijklmnopabcdefghijklmnop/options.html' }, ctx)).toBe(false);
    const firefox = { runtimeId: 'passkey-guide@passkey-guide.github.io', extensionOrigin: 'moz-extension://1b2c3d4e-0000-4000-8000-000000000001/' };
    expect(isTrustedSender('pg:policy-refresh', { id: firefox.runtimeId, url: `${firefox.extensionOrigin}options.html` }, firefox)).toBe(true);
    expect(
      isTrustedSender('pg:policy-refresh', { id: firefox.runtimeId, url: 'moz-extension://1b2c3d4e-0000-4000-8000-000000000002/options.html' }, firefox),
    ).toBe(false);
  });

  it('every message type declares who may send it', () => {
    expect(Object.keys(MESSAGE_SENDERS).sort()).toEqual(['pg:overlay-bootstrap', 'pg:policy-refresh']);
    expect(readEnvelope({ type: 'pg:overlay-bootstrap', lang: 'de' })).toEqual({ type: 'pg:overlay-bootstrap', lang: 'de' });
    for (const bad of [null, 'pg:overlay-bootstrap', { type: 'constructor' }, { type: 1 }]) expect(readEnvelope(bad)).toBeNull();
  });
});

describe('background handleMessage', () => {
  beforeEach(() => fakeBrowser.reset());
  const context = { runtimeId: fakeBrowser.runtime.id, extensionOrigin: `chrome-extension://${fakeBrowser.runtime.id}/` };

  it("answers the content script's bootstrap with the policy, language and only the overlay's namespaces", async () => {
    await fakeBrowser.storage.session.set({ 'pg:policy-cache': { raw: { organizationName: 'Contoso', defaultLanguage: 'de' }, readAt: 1 } });
    const reply = (await handleMessage(
      { type: 'pg:overlay-bootstrap' },
      { id: context.runtimeId, url: 'https://mysignins.microsoft.com/security-info', tab },
      context,
    )) as {
      lang: string;
      policy: { organizationName: string };
      messages: Record<string, unknown>;
    };
    expect(reply.policy.organizationName).toBe('Contoso');
    expect(reply.lang).toBe('de');
    expect(Object.keys(reply.messages).sort()).toEqual(['common', 'engine', 'guides', 'overlay', 'questions']);
  });

  it('gives no answer to an untrusted sender', () => {
    expect(handleMessage({ type: 'pg:overlay-bootstrap' }, { id: context.runtimeId, url: 'https://evil.example/', tab }, context)).toBeUndefined();
    expect(handleMessage({ type: 'pg:policy-refresh' }, { id: context.runtimeId, url: 'https://mysignins.microsoft.com/', tab }, context)).toBeUndefined();
    expect(handleMessage({ type: 'pg:overlay-bootstrap' }, { id: 'other', url: 'https://mysignins.microsoft.com/', tab }, context)).toBeUndefined();
  });

  it('policy-refresh from an extension page makes the background (the only writer) refresh the cache', async () => {
    await fakeBrowser.storage.managed.set({ tenant: 'contoso.com' });
    const reply = await handleMessage({ type: 'pg:policy-refresh' }, { id: context.runtimeId, url: `${context.extensionOrigin}options.html` }, context);
    expect(reply).toEqual({ raw: { tenant: 'contoso.com' } });
    expect((await fakeBrowser.storage.session.get('pg:policy-cache'))['pg:policy-cache']).toMatchObject({ raw: { tenant: 'contoso.com' } });
  });
});
