/**
 * Extension storage without importing the polyfill, so shared code also runs on the standalone
 * companion site (where no extension API exists and webextension-polyfill would throw).
 */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

interface ExtensionGlobals {
  browser?: { storage?: { local?: StorageArea; managed?: StorageArea } };
  chrome?: { storage?: { local?: StorageArea; managed?: StorageArea } };
}

export function extensionStorage(area: 'local' | 'managed'): StorageArea | null {
  const g = globalThis as ExtensionGlobals;
  return g.browser?.storage?.[area] ?? g.chrome?.storage?.[area] ?? null;
}
