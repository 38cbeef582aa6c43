/**
 * The organization's policy as a surface sees it: THE one "cached policy, else managed storage" read.
 * storage.managed's first get() takes 3–5 s after browser start, so the background copies the raw managed
 * values into the policy cache (storage/items.ts policyCacheItem) and surfaces read that copy first (fast).
 * Only the background writes the cache (refreshPolicyCache). Every read is re-validated by parsePolicy, so a
 * broken cache can never inject an invalid value.
 * Without any extension API (companion site, unit tests without fakeBrowser) this gives DEFAULT_POLICY.
 */
import { type ParsedPolicy, parsePolicy } from '@/core/policy';
import { hasExtensionStorage, type PolicyCache, policyCacheItem, readManagedArea } from '@/storage/items';

export type { PolicyCache } from '@/storage/items';

const MANAGED_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/** Raw managed values; undefined when there is no managed storage (Firefox without policy, the web). */
export async function readManagedRaw(timeoutMs = MANAGED_TIMEOUT_MS): Promise<Record<string, unknown> | undefined> {
  if (!hasExtensionStorage()) return undefined;
  try {
    // Firefox rejects when no policy exists: that means "no policy", not an error.
    return await withTimeout(
      Promise.resolve().then(() => readManagedArea()),
      timeoutMs,
    );
  } catch {
    return undefined;
  }
}

/** The background's cached copy, or undefined (none yet, or no extension storage). */
export async function readPolicyCache(): Promise<PolicyCache | undefined> {
  if (!hasExtensionStorage()) return undefined;
  try {
    const value = await policyCacheItem.getValue();
    if (value && typeof value === 'object' && 'raw' in value) return value;
  } catch {}
  return undefined;
}

/** The cached policy, re-validated, or null when there is no cache yet. Never throws. */
export async function readCachedPolicy(): Promise<ParsedPolicy | null> {
  const cache = await readPolicyCache().catch(() => undefined);
  return cache ? parsePolicy(cache.raw) : null;
}

/** Background only: reads storage.managed and stores the raw copy for fast reads. */
export async function refreshPolicyCache(): Promise<{ raw: unknown; parsed: ParsedPolicy }> {
  const raw = await readManagedRaw();
  if (raw !== undefined && hasExtensionStorage()) {
    try {
      await policyCacheItem.setValue({ raw, readAt: Date.now() });
    } catch {}
  }
  return { raw: raw ?? null, parsed: parsePolicy(raw ?? null) };
}

/**
 * The policy in effect: the background's cached copy when there is one (milliseconds), else a direct
 * (slow) managed read. `fresh: true` always reads storage.managed (read only; the cache stays the background's).
 */
export async function readPolicy(options: { fresh?: boolean } = {}): Promise<ParsedPolicy> {
  if (!options.fresh) {
    const cached = await readCachedPolicy();
    if (cached) return cached;
  }
  return parsePolicy((await readManagedRaw()) ?? null);
}

/**
 * The cached policy at once (null when there is no cache yet), then the fresh one: what a page shows first
 * and what it settles on. The first call comes in milliseconds either way.
 */
export async function readPolicyFastThenFresh(onPolicy: (parsed: ParsedPolicy | null, fresh: boolean) => void): Promise<void> {
  onPolicy(await readCachedPolicy(), false);
  const latest = await readPolicy({ fresh: true }).catch(() => null);
  if (latest) onPolicy(latest, true);
}

/** Calls back with the re-validated policy whenever the background updates the cache. Returns an unsubscribe function. */
export function watchPolicy(onPolicy: (parsed: ParsedPolicy) => void): () => void {
  if (!hasExtensionStorage()) return () => {};
  try {
    return policyCacheItem.watch((value) => onPolicy(parsePolicy(value?.raw ?? null)));
  } catch {
    return () => {};
  }
}
