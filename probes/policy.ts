/**
 * The organization's policy as a surface sees it. storage.managed's first get() takes 3–5 s after
 * browser start, so the background copies the raw managed values into storage.local
 * (STORAGE_KEYS.policyCache) and surfaces read that copy first (fast), then refresh.
 * Without any extension API (companion site, unit tests) this gives DEFAULT_POLICY.
 */
import { parsePolicy, type ParsedPolicy } from '@/core/policy';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { extensionStorage } from './extensionStorage';

export interface PolicyCache {
  /** The managed values exactly as storage.managed returned them (validated on every read). */
  raw: unknown;
  /** Epoch ms when the background read them. */
  readAt: number;
}

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
  const managed = extensionStorage('managed');
  if (!managed) return undefined;
  try {
    // Firefox rejects when no policy exists: that means "no policy", not an error.
    return await withTimeout(Promise.resolve().then(() => managed.get(null as unknown as string[])), timeoutMs);
  } catch {
    return undefined;
  }
}

export async function readPolicyCache(): Promise<PolicyCache | undefined> {
  const local = extensionStorage('local');
  if (!local) return undefined;
  try {
    const value = (await local.get(STORAGE_KEYS.policyCache))[STORAGE_KEYS.policyCache];
    if (value && typeof value === 'object' && 'raw' in value) return value as PolicyCache;
  } catch {}
  return undefined;
}

/** Reads storage.managed and stores the raw copy for fast reads. Called by the background. */
export async function refreshPolicyCache(): Promise<ParsedPolicy> {
  const raw = await readManagedRaw();
  const local = extensionStorage('local');
  if (local && raw !== undefined) {
    try {
      await local.set({ [STORAGE_KEYS.policyCache]: { raw, readAt: Date.now() } satisfies PolicyCache });
    } catch {}
  }
  return parsePolicy(raw ?? null);
}

/**
 * The policy in effect: the background's cached copy when there is one (milliseconds), else a
 * direct (slow) managed read. `fresh: true` always reads storage.managed.
 */
export async function readPolicy(options: { fresh?: boolean } = {}): Promise<ParsedPolicy> {
  if (!options.fresh) {
    const cache = await readPolicyCache();
    if (cache) return parsePolicy(cache.raw);
  }
  return parsePolicy((await readManagedRaw()) ?? null);
}
