/**
 * Everything the extension keeps in extension storage, as typed, versioned items (WXT storage:
 * https://wxt.dev/storage.html, `storage.defineItem` from 'wxt/utils/storage' in WXT 0.21).
 * One place for the keys, their types and versions; a future shape change bumps `version` and adds a
 * migration here. Stored values can still be broken (another version, a hand edit): every reader passes
 * them through the pure validating readers in core (readOverlayUi, readWizardPlace, readStoredGuidedChoice,
 * parsePolicy) before using them.
 *
 * Needs an extension context: on the standalone companion site there is no extension storage and every
 * call rejects; use `hasExtensionStorage()` first or catch. Nothing personal is stored.
 * Writers: the policy cache is written ONLY by the background (entrypoints/background/policyCache.ts), in
 * storage.session, out of reach of content scripts.
 */
import { STORAGE_KEYS } from '@/core/storageKeys';
import { type StorageItemKey, storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { StoredGuidedChoice } from '@/core/guidedLink';
import type { OverlayUi, WizardPlace } from '@/core/overlayUi';
import type { AnyLanguage, PageState } from '@/core/types';

/** The managed values exactly as storage.managed returned them (validated by parsePolicy on every read). */
export interface PolicyCache {
  raw: unknown;
  /** Epoch ms when the background read them. */
  readAt: number;
}

/** The last recognized Security info state, for the help-desk diagnostic. */
export interface LastPageState {
  state: PageState;
  step: string | null;
  error: string | null;
  at: number;
}

type Item<T> = WxtStorageItem<T | null, Record<string, never>>;

/**
 * A typed, versioned item that is defined on first use. `storage.defineItem` reads storage as soon as it is
 * called; defined at module load, that read would run in every context that merely imports this module
 * (the content script, and the standalone companion site, where it rejects because there is no extension API).
 */
function defineItem<T>(key: StorageItemKey, version: number): Item<T> {
  let real: Item<T> | undefined;
  const item = () => {
    real ??= storage.defineItem<T, Record<string, never>>(key, { version });
    return real;
  };
  return {
    key,
    defaultValue: null,
    fallback: null,
    getValue: () => item().getValue(),
    getMeta: () => item().getMeta(),
    setValue: (value) => item().setValue(value),
    setMeta: (properties) => item().setMeta(properties),
    removeValue: (opts) => item().removeValue(opts),
    removeMeta: (properties) => item().removeMeta(properties),
    watch: (cb) => item().watch(cb),
    watchMeta: (cb) => item().watchMeta(cb),
    migrate: () => item().migrate(),
  };
}

/** The user's UI language choice (popup, companion page, options page, overlay); en-XA only in development and tests. */
export const languageItem = defineItem<AnyLanguage>(`local:${STORAGE_KEYS.language}`, 1);
/** A guided link's choices carried to the overlay (core/guidedLink.ts toStoredGuidedChoice; expires). */
export const guidedChoiceItem = defineItem<StoredGuidedChoice>(`local:${STORAGE_KEYS.guidedChoice}`, 1);
/** Overlay UI state (collapsed, side, dismissed routes), shared with the popup. */
export const overlayUiItem = defineItem<OverlayUi>(`local:${STORAGE_KEYS.overlayUi}`, 1);
/** The user's place in a wizard, kept across the sign-in bounce. */
export const wizardPlaceItem = defineItem<WizardPlace>(`local:${STORAGE_KEYS.wizardPlace}`, 1);
/** The last recognized page state and error, for the help-desk diagnostic. */
export const lastPageStateItem = defineItem<LastPageState>(`local:${STORAGE_KEYS.lastPageState}`, 1);
/**
 * The background's copy of storage.managed (the first managed read takes seconds). Background writes only.
 * It lives in storage.session, which content scripts cannot read or write (Chrome: session storage is limited to
 * trusted contexts by default, https://developer.chrome.com/docs/extensions/reference/api/storage#property-session;
 * Firefox: storage.session is only available to privileged extension contexts, MDN StorageArea.setAccessLevel).
 * storage.local is writable by content scripts, so a compromised page process could plant a "valid" policy there
 * (say, a look-alike help-desk URL) that every privileged page would then trust. The cost: after a browser restart
 * the cache is empty until the background's first managed read (a few seconds; pages then read managed directly).
 */
export const policyCacheItem = defineItem<PolicyCache>(`session:${STORAGE_KEYS.policyCache}`, 1);

/** storage.managed as a whole (read-only for the extension). */
export const MANAGED_AREA = 'managed' as const;

/**
 * Everything in storage.managed (the organization's policy, unvalidated: pass it to parsePolicy). Rejects where
 * there is no extension API, and in Firefox when no policy is installed: callers treat a rejection as "no policy".
 */
export function readManagedArea(): Promise<Record<string, unknown>> {
  return storage.snapshot(MANAGED_AREA);
}

/** The key of an item inside its storage area (for storage.onChanged listeners and tests): 'local:pg:x' → 'pg:x'. */
export function areaKey(item: { key: string }): string {
  return item.key.replace(/^(?:local|session|sync|managed):/, '');
}

/** @deprecated use areaKey (kept for callers written against the first version of this module). */
export const localKey = areaKey;

interface ExtensionGlobals {
  browser?: { runtime?: { id?: string }; storage?: unknown };
  chrome?: { runtime?: { id?: string }; storage?: unknown };
}

/** True inside the extension (popup, options, companion page in the extension, background, content script). */
export function hasExtensionStorage(): boolean {
  const g = globalThis as ExtensionGlobals;
  return Boolean((g.browser?.runtime?.id && g.browser.storage) || (g.chrome?.runtime?.id && g.chrome.storage));
}
