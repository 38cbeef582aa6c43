/**
 * The extension-storage key strings (storage.local, except policyCache: storage.session), for code that cannot import the typed items (pure core, tests, bench
 * scripts). The typed, versioned items are in storage/items.ts; use those in extension code.
 * test/unit/storageItems.test.ts checks that both agree.
 */
export const STORAGE_KEYS = {
  /** The user's UI language choice (Language). */
  language: 'pg:language',
  /** A guided link's choices carried to the overlay (see core/guidedLink.ts). */
  guidedChoice: 'pg:guided-choice',
  /** Overlay UI state (collapsed, position, dismissed pages). */
  overlayUi: 'pg:overlay-ui',
  /** The user's place in a wizard, kept across the login bounce. No personal data. */
  wizardPlace: 'pg:wizard-place',
  /** Last recognized page state and error, for the help-desk diagnostic. */
  lastPageState: 'pg:last-page-state',
  /** storage.SESSION (not local): cached managed policy. Written by the background only; content scripts cannot reach it. */
  policyCache: 'pg:policy-cache',
} as const;
