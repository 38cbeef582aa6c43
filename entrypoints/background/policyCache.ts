/**
 * Keeps the policy cache (storage/items.ts policyCacheItem, storage.session) in step with storage.managed,
 * so surfaces get the organization's policy in milliseconds instead of waiting 3–5 s for the first
 * managed read. The background is the only writer of the cache.
 */
import { refreshPolicyCache } from '@/probes/policy';

export function startPolicyCache(): void {
  // Earlier versions kept the cache in storage.local, where content scripts can write; drop that copy.
  void browser.storage.local.remove('pg:policy-cache').catch(() => {});
  void refreshPolicyCache();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshPolicyCache();
  });
}
