/**
 * The overlay's state machine, pure: page recognition, the stored place and the user's actions go in;
 * what to render, which page control to point at, and what to store come out. No browser globals, no
 * timers: the content script (entrypoints/overlay.content/index.tsx) only wires events to `reduce` and
 * renders `view`. Every transition is unit-tested in test/unit/overlay-reducer.test.ts.
 */
import type { GuideStep } from '../engine';
import type { PageRecognition } from '../page/recognize';
import type { OverlayUi, WizardPlace } from '../overlayUi';
import type { GuideId, PageTarget } from '../types';

/** Fixed for one page load: the engine's decision, resolved into step lists. */
export interface OverlayEnv {
  /** The guides offered, the engine's choice first. */
  guides: GuideId[];
  /** The step list of each offered guide. */
  steps: Partial<Record<GuideId, GuideStep[]>>;
}

export interface OverlayState {
  page: PageRecognition;
  guide: GuideId;
  /** Index of the current step in the guide's list. */
  current: number;
  /** The place came from storage (a hop between Microsoft's hosts); the page has not moved on yet. */
  resuming: boolean;
  ui: OverlayUi;
  /** "All steps" is open (this page load only). */
  allSteps: boolean;
  /** The small launcher was opened on a page that is not part of registration. */
  opened: boolean;
  /** `${state}|${step}|${guide}` of the last page whose place was stored (stores once per screen). */
  storedFor: string;
}

export type OverlayEvent =
  /** The page changed (recognized again). `now` stamps stored values. */
  | { type: 'page'; page: PageRecognition; now: number }
  /** The user picked another guide. */
  | { type: 'guide'; guide: GuideId }
  | { type: 'toggle-all' }
  /** "Hide for now": hidden on this route until the user opens it again (launcher or popup). */
  | { type: 'hide' }
  /** The launcher button. */
  | { type: 'open' }
  /** The stored UI changed elsewhere (the popup's "show the guide again"). */
  | { type: 'stored-ui'; ui: OverlayUi };

export type OverlayEffect =
  | { type: 'save-ui'; ui: OverlayUi }
  | { type: 'save-place'; place: WizardPlace }
  | { type: 'clear-place' }
  | { type: 'save-last-page'; state: string; step: string | null; error: string | null; at: number };

export type OverlayMode =
  /** The callout next to the control (or the explainer on the sign-in hosts). */
  | 'callout'
  /** A small button that opens the callout: pages that are not part of registration, or hidden by the user. */
  | 'launcher'
  /** Nothing: a sign-in host page that is not part of registration. */
  | 'none';

export interface OverlayView {
  mode: OverlayMode;
  /** The `<passkey-guide-overlay data-state data-step>` contract. */
  state: string;
  step: string | null;
  guide: GuideId;
  steps: GuideStep[];
  current: number;
  /** The control to spotlight, then the ones to try when it is not on screen. */
  target: PageTarget | null;
  fallbacks: PageTarget[];
  allSteps: boolean;
  resumed: boolean;
  /** Page observers run only while the callout can follow the page. */
  watch: boolean;
  /** What the callout leads with on this screen. */
  kind: 'step' | 'error' | 'success' | 'sign-in-prompt' | 'ceremony' | 'not-passkey' | 'unrecognized';
}

/**
 * For each page state/step, the guide step ids it corresponds to, best first; a guide step whose id is the
 * page's own step name (`name`, `usb-nfc`, `devices-ready`…) matches after these.
 */
const STEP_FOR_PAGE: Record<string, string[]> = {
  'method-list': ['add-method'],
  'method-picker': ['choose-authenticator-passkey', 'choose-passkey'],
  'install-authenticator': ['install-authenticator', 'sign-in-mfa'],
  // The QR fallback leaves this screen through "Having trouble?", then "create your passkey a different way".
  'finish-in-app': ['finish-in-app', 'having-trouble'],
  'having-trouble': ['different-way'],
  'passkey-intro': ['passkey-intro', 'choose-passkey'],
  creating: ['insert-key', 'setting-up'],
  wizard: ['sign-in-mfa'],
  ceremony: ['setting-up'],
};

/** Index of the guide step the page is at, or `previous` when the page says nothing new (unknown, error). */
export function currentStepIndex(steps: readonly GuideStep[], page: Pick<PageRecognition, 'state' | 'step'>, previous: number): number {
  if (page.state === 'unknown' || page.state === 'error' || page.state === 'sign-in-prompt') return previous;
  const key = page.state === 'wizard' ? (page.step ?? 'wizard') : page.state;
  for (const id of [...(STEP_FOR_PAGE[key] ?? []), key]) {
    const i = steps.findIndex((s) => s.id === id);
    if (i >= 0) return i;
  }
  return previous;
}

/** The control to spotlight: the page's own control for this screen, else the step's target. */
export function spotlightTarget(step: GuideStep | undefined, page: Pick<PageRecognition, 'state' | 'step'>, resuming = false): PageTarget | null {
  if (resuming && page.state === 'method-list') return 'add-method';
  switch (page.state) {
    case 'error':
      return 'error-retry';
    case 'success':
      return 'wizard-done';
    case 'sign-in-prompt':
      return 'signin-next';
    case 'ceremony':
      return 'ceremony-next';
    case 'unknown':
      return null;
  }
  if (page.state === 'wizard') {
    switch (page.step) {
      case 'usb-nfc':
        return 'wizard-usb';
      case 'name':
        return 'wizard-name-field';
      case 'having-trouble':
        return 'wizard-different-way';
      case 'devices-ready':
        return 'wizard-ready';
      case 'authenticator-app-qr':
        return null;
      case 'creating':
        return null;
      case 'finish-in-app':
        // The QR fallback's guide goes on through "Having trouble?"; the app-first guide through Next.
        return step?.target === 'wizard-having-trouble' ? 'wizard-having-trouble' : 'wizard-next';
      case 'install-authenticator':
      case 'create-in-app':
      case 'passkey-intro':
      case 'reminder':
      case 'setting-up':
      case 'qr':
      case 'wizard':
        return 'wizard-next';
    }
  }
  return step?.target ?? null;
}

/** Targets to try when the preferred one is not on screen (a method behind "Show more options", Done instead of Next). */
export function fallbackTargets(target: PageTarget | null, page: Pick<PageRecognition, 'state' | 'step'>): PageTarget[] {
  if (!target) return [];
  if (target.startsWith('picker-')) return page.step === 'legacy' ? ['picker-add', 'picker-combobox'] : ['picker-show-more'];
  if (target === 'wizard-next') return ['wizard-done', 'wizard-continue', 'wizard-ready'];
  if (target === 'wizard-different-way') return ['wizard-having-trouble'];
  return [];
}

/** A page where the callout follows registration; elsewhere on My Sign-ins only the launcher shows. */
export function isRegistrationPage(page: PageRecognition): boolean {
  if (page.state === 'sign-in-prompt' || page.state === 'ceremony') return true;
  if (page.route === 'sign-in') return page.state !== 'unknown';
  return page.route === 'security-info' || page.route === 'register' || page.route === 'ceremony';
}

/** Microsoft's sign-in hosts: nothing at all is shown there outside registration (not even the launcher). */
const onSignInHost = (page: PageRecognition) => page.route === 'sign-in' || page.route === 'ceremony';

const stepsOf = (env: OverlayEnv, guide: GuideId): GuideStep[] => env.steps[guide] ?? [];
const clampIndex = (i: number, steps: readonly GuideStep[]) => Math.min(Math.max(0, i), Math.max(steps.length - 1, 0));

export interface OverlayStart {
  page: PageRecognition;
  /** The place stored on another host or page load (already checked for age). */
  place: WizardPlace | null;
  /** A guided link's guide. */
  guided: GuideId | null;
  ui: OverlayUi;
}

export function initialState(env: OverlayEnv, start: OverlayStart): OverlayState {
  const fallback = env.guides[0] ?? 'unsupported';
  const wanted = start.place?.guide ?? start.guided ?? fallback;
  const guide = env.steps[wanted] ? wanted : fallback;
  const steps = stepsOf(env, guide);
  const fromPlace = start.place?.guide === guide;
  const current = fromPlace ? clampIndex(start.place!.index, steps) : 0;
  return {
    page: start.page,
    guide,
    current,
    resuming: fromPlace && current > 0,
    ui: start.ui,
    allSteps: false,
    opened: false,
    storedFor: '',
  };
}

function hiddenHere(s: OverlayState): boolean {
  return s.ui.dismissed.includes(s.page.route);
}

/** The one transition function. Returns the same object when nothing changed (the wiring skips the render). */
export function reduce(s: OverlayState, e: OverlayEvent, env: OverlayEnv): { state: OverlayState; effects: OverlayEffect[] } {
  switch (e.type) {
    case 'page':
      return onPage(s, e.page, e.now, env);
    case 'guide': {
      if (!env.steps[e.guide] || e.guide === s.guide) return { state: s, effects: [] };
      const steps = stepsOf(env, e.guide);
      return { state: { ...s, guide: e.guide, current: currentStepIndex(steps, s.page, 0), resuming: false, storedFor: '' }, effects: [] };
    }
    case 'toggle-all':
      return { state: { ...s, allSteps: !s.allSteps }, effects: [] };
    case 'hide': {
      const route = s.page.route;
      const ui = { ...s.ui, dismissed: [...s.ui.dismissed.filter((d) => d !== route), route] };
      return { state: { ...s, ui, opened: false, allSteps: false }, effects: [{ type: 'save-ui', ui }] };
    }
    case 'open': {
      if (!hiddenHere(s)) return { state: { ...s, opened: true }, effects: [] };
      const ui = { ...s.ui, dismissed: s.ui.dismissed.filter((d) => d !== s.page.route) };
      return { state: { ...s, ui, opened: true }, effects: [{ type: 'save-ui', ui }] };
    }
    case 'stored-ui': {
      const same = e.ui.collapsed === s.ui.collapsed && e.ui.side === s.ui.side && e.ui.dismissed.join() === s.ui.dismissed.join();
      return same ? { state: s, effects: [] } : { state: { ...s, ui: e.ui }, effects: [] };
    }
  }
}

function onPage(s: OverlayState, page: PageRecognition, now: number, env: OverlayEnv): { state: OverlayState; effects: OverlayEffect[] } {
  let guide = s.guide;
  // The user picked a security key on the page: follow them with the security-key guide.
  if (page.state === 'wizard' && page.step === 'usb-nfc' && guide !== 'security-key' && env.steps['security-key']) guide = 'security-key';
  const steps = stepsOf(env, guide);
  let current = guide === s.guide ? s.current : 0;
  let resuming = s.resuming && guide === s.guide;
  // While resuming, a page that says nothing newer (still loading, back on the list, the sign-in prompt) keeps the stored step.
  if (resuming && (page.state === 'unknown' || page.state === 'method-list' || page.state === 'sign-in-prompt')) {
    // keep current
  } else {
    current = currentStepIndex(steps, page, current);
    resuming = false;
  }
  const next: OverlayState = { ...s, page, guide, current, resuming };
  // Leaving a non-registration page closes an opened launcher.
  if (s.page.route !== page.route) next.opened = false;

  const effects: OverlayEffect[] = [];
  const key = `${page.state}|${page.step ?? ''}|${guide}`;
  if (key !== s.storedFor) {
    next.storedFor = key;
    if (page.state === 'wizard' || page.state === 'method-picker' || page.state === 'sign-in-prompt' || page.state === 'ceremony') {
      effects.push({ type: 'save-place', place: { guide, index: current, savedAt: now } });
    } else if (page.state === 'success') {
      effects.push({ type: 'clear-place' });
    }
    if (page.state !== 'unknown' || s.page.state !== 'unknown')
      effects.push({ type: 'save-last-page', state: page.state, step: page.step, error: page.error, at: now });
  }
  const same =
    effects.length === 0 &&
    next.guide === s.guide &&
    next.current === s.current &&
    next.resuming === s.resuming &&
    next.opened === s.opened &&
    samePage(page, s.page);
  return { state: same ? s : next, effects };
}

function samePage(a: PageRecognition, b: PageRecognition): boolean {
  return a.state === b.state && a.step === b.step && a.route === b.route && a.language === b.language && a.hasPasskey === b.hasPasskey && a.error === b.error;
}

function kindOf(page: PageRecognition): OverlayView['kind'] {
  if (page.state === 'error') return 'error';
  if (page.state === 'success' && page.step !== 'authenticator-app') return 'success';
  if (page.state === 'sign-in-prompt') return 'sign-in-prompt';
  if (page.state === 'ceremony') return 'ceremony';
  if (page.state === 'unknown') return 'unrecognized';
  // The Authenticator app's own setup (push and codes), reached by picking the wrong method: not a passkey.
  if ((page.state === 'wizard' && page.step === 'authenticator-app-qr') || (page.state === 'success' && page.step === 'authenticator-app'))
    return 'not-passkey';
  return 'step';
}

/** What to render for a state. */
export function view(s: OverlayState, env: OverlayEnv): OverlayView {
  const steps = stepsOf(env, s.guide);
  const registration = isRegistrationPage(s.page);
  const hidden = hiddenHere(s);
  const mode: OverlayMode = hidden || (!registration && !s.opened) ? (!registration && onSignInHost(s.page) ? 'none' : 'launcher') : 'callout';
  const target = mode === 'callout' ? spotlightTarget(steps[s.current], s.page, s.resuming) : null;
  return {
    mode,
    state: s.page.state,
    step: s.page.step,
    guide: s.guide,
    steps,
    current: s.current,
    target,
    fallbacks: fallbackTargets(target, s.page),
    allSteps: s.allSteps,
    // The "welcome back" note sends people to "Add sign-in method": a Security info instruction, never shown on
    // Microsoft's sign-in pages, where the place is only carried through.
    resumed: s.resuming && (s.page.route === 'security-info' || s.page.route === 'register'),
    // Hidden: observers stop as soon as the page is recognized (data-state right after a reload), and the
    // overlay then costs the page nothing; navigation is still followed.
    watch: mode === 'callout' || (registration && s.page.state === 'unknown'),
    kind: kindOf(s.page),
  };
}
