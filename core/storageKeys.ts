/**
 * The extension-storage key strings (storage.local, except policyCache: storage.session), written once: the typed,
 * versioned items in storage/items.ts are built from them; pure core, tests and the content script (which keeps raw
 * calls for its size budget) use the strings directly.
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
