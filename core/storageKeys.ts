/** Every extension-storage key in one place, so surfaces agree and nothing personal is stored. */
export const STORAGE_KEYS = {
  /** storage.local: the user's UI language choice (Language). */
  language: 'pg:language',
  /** storage.local: a guided link's choices carried to the overlay (see core/guidedLink.ts). */
  guidedChoice: 'pg:guided-choice',
  /** storage.local: overlay UI state (collapsed, position, dismissed pages). */
  overlayUi: 'pg:overlay-ui',
  /** storage.session/local: the user's place in a wizard, kept across the login bounce. No personal data. */
  wizardPlace: 'pg:wizard-place',
  /** storage.local: last recognized page state and error, for the help-desk diagnostic. */
  lastPageState: 'pg:last-page-state',
  /** storage.local: cached managed policy (the first storage.managed.get() takes seconds). */
  policyCache: 'pg:policy-cache',
} as const;
