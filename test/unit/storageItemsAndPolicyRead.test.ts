/**
 * Typed storage items (storage/items.ts) and the one "cached policy, else managed storage" read
 * (probes/policy.ts), against WXT's fakeBrowser.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { readPolicy, readPolicyFastThenFresh, refreshPolicyCache, watchPolicy } from '@/probes/policy';
import { guidedChoiceItem, languageItem, lastPageStateItem, areaKey, overlayUiItem, policyCacheItem, wizardPlaceItem } from '@/storage/items';

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it("every stored key has exactly one item; the policy cache lives in storage.session, out of content scripts' reach", () => {
    expect(policyCacheItem.key).toBe('session:pg:policy-cache');
    const items = {
      language: languageItem,
      guidedChoice: guidedChoiceItem,
      overlayUi: overlayUiItem,
      wizardPlace: wizardPlaceItem,
      lastPageState: lastPageStateItem,
      policyCache: policyCacheItem,
    };
    for (const [name, item] of Object.entries(items)) expect(areaKey(item), name).toBe(STORAGE_KEYS[name as keyof typeof STORAGE_KEYS]);
    expect(Object.keys(items).sort()).toEqual(Object.keys(STORAGE_KEYS).sort());
  });

  it('touch no storage until used (safe to import where there is no extension API, e.g. the companion site)', async () => {
    vi.resetModules();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const getSession = vi.spyOn(fakeBrowser.storage.session, 'get');
    await import('@/storage/items');
    await new Promise((r) => setTimeout(r, 10));
    expect(get).not.toHaveBeenCalled();
    expect(getSession).not.toHaveBeenCalled();
    get.mockRestore();
    getSession.mockRestore();
  });

  it('read and write storage.local', async () => {
    await languageItem.setValue('ja');
    expect((await fakeBrowser.storage.local.get('pg:language'))['pg:language']).toBe('ja');
    await fakeBrowser.storage.local.set({ 'pg:overlay-ui': { collapsed: true, side: 'start', dismissed: [] } });
    expect(await overlayUiItem.getValue()).toEqual({ collapsed: true, side: 'start', dismissed: [] });
  });
});

describe('readPolicy: cached policy, else managed storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it("uses the background's cache when there is one, re-validated", async () => {
    await fakeBrowser.storage.managed.set({ organizationName: 'Managed' });
    await fakeBrowser.storage.session.set({ 'pg:policy-cache': { raw: { organizationName: 'Cached', tenant: 'not a tenant' }, readAt: 1 } });
    const parsed = await readPolicy();
    expect(parsed.policy.organizationName).toBe('Cached');
    expect(parsed.policy.tenant).toBeNull();
    expect((await readPolicy({ fresh: true })).policy.organizationName).toBe('Managed');
  });

  it('falls back to storage.managed without a cache, and never writes the cache itself', async () => {
    await fakeBrowser.storage.managed.set({ organizationName: 'Managed' });
    expect((await readPolicy()).policy.organizationName).toBe('Managed');
    expect(await fakeBrowser.storage.session.get('pg:policy-cache')).toEqual({});
  });

  it('a broken cache value is ignored', async () => {
    await fakeBrowser.storage.session.set({ 'pg:policy-cache': 'garbage' });
    await fakeBrowser.storage.managed.set({ organizationName: 'Managed' });
    expect((await readPolicy()).policy.organizationName).toBe('Managed');
  });

  it('fast then fresh: cache (or null) first, then managed', async () => {
    await fakeBrowser.storage.managed.set({ organizationName: 'Managed' });
    const seen: [string | null, boolean][] = [];
    await readPolicyFastThenFresh((p, fresh) => seen.push([p?.policy.organizationName ?? null, fresh]));
    expect(seen).toEqual([
      [null, false],
      ['Managed', true],
    ]);
  });

  it('refreshPolicyCache (background) writes the cache; watchPolicy sees it', async () => {
    const seen: (string | null)[] = [];
    const unwatch = watchPolicy((p) => seen.push(p.policy.organizationName));
    await fakeBrowser.storage.managed.set({ organizationName: 'Fabrikam' });
    const { parsed } = await refreshPolicyCache();
    expect(parsed.policy.organizationName).toBe('Fabrikam');
    expect((await policyCacheItem.getValue())?.raw).toEqual({ organizationName: 'Fabrikam' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toContain('Fabrikam');
    unwatch();
  });
});
