/**
 * The overlay's state machine (core/overlay/reducer.ts): every event from every kind of state, with the
 * real engine's step lists so a renamed step id breaks these tests on purpose.
 */
import { describe, expect, it } from 'vitest';
import { stepsFor, type EngineInput } from '@/core/engine';
import { parsePlatform } from '@/core/platform';
import type { PageRecognition } from '@/core/page/recognize';
import { readOverlayUi } from '@/core/overlayUi';
import {
  currentStepIndex,
  fallbackTargets,
  initialState,
  isRegistrationPage,
  reduce,
  spotlightTarget,
  view,
  type OverlayEnv,
  type OverlayState,
} from '@/core/overlay/reducer';
import { DEFAULT_POLICY, type CapabilityFacts, type GuideId, type PageState } from '@/core/types';

const capabilities: CapabilityFacts = {
  webauthn: 'yes',
  secureContext: 'yes',
  platformAuthenticator: 'yes',
  conditionalMediation: 'unknown',
  hybridTransport: 'yes',
  passkeyPlatformAuthenticator: 'unknown',
  conditionalCreate: 'unknown',
  conditionalGet: 'unknown',
  signalApi: 'unknown',
};
const input: EngineInput = {
  platform: parsePlatform({
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
  }),
  capabilities,
  policy: DEFAULT_POLICY,
  answers: {},
};
const GUIDES: GuideId[] = ['authenticator-app', 'cross-device', 'platform', 'security-key'];
const env: OverlayEnv = { guides: GUIDES, steps: Object.fromEntries(GUIDES.map((g) => [g, stepsFor(g, input)])) };
const ids = (g: GuideId) => env.steps[g]!.map((s) => s.id);
const NOW = 1_000_000;

function page(state: PageState, step: string | null = null, more: Partial<PageRecognition> = {}): PageRecognition {
  return { state, step, route: 'security-info', language: 'en', hasPasskey: null, error: null, ...more };
}
const ui = readOverlayUi(undefined);
const start = (p: PageRecognition = page('method-list'), extra: Partial<Parameters<typeof initialState>[1]> = {}) =>
  initialState(env, { page: p, place: null, guided: null, ui, ...extra });
const onPage = (s: OverlayState, p: PageRecognition) => reduce(s, { type: 'page', page: p, now: NOW }, env);
const stepId = (s: OverlayState) => env.steps[s.guide]![s.current]?.id;

describe('initialState', () => {
  it('starts at step 1 of the engine’s guide', () => {
    const s = start();
    expect(s.guide).toBe('authenticator-app');
    expect(s.current).toBe(0);
    expect(s.resuming).toBe(false);
    expect(s.allSteps).toBe(false);
  });
  it('a guided link’s guide wins over the engine’s', () => {
    expect(start(undefined, { guided: 'security-key' }).guide).toBe('security-key');
  });
  it('a stored place wins over a guided link, and resumes its step', () => {
    const s = start(undefined, { guided: 'security-key', place: { guide: 'platform', index: 3, savedAt: NOW } });
    expect(s.guide).toBe('platform');
    expect(s.current).toBe(3);
    expect(s.resuming).toBe(true);
  });
  it('a stored index past the end is clamped; index 0 is not “resuming”', () => {
    expect(start(undefined, { place: { guide: 'platform', index: 99, savedAt: NOW } }).current).toBe(ids('platform').length - 1);
    expect(start(undefined, { place: { guide: 'platform', index: 0, savedAt: NOW } }).resuming).toBe(false);
  });
  it('a guide the environment does not offer falls back to the first offered guide', () => {
    expect(start(undefined, { guided: 'unsupported' }).guide).toBe('authenticator-app');
  });
});

describe('page events: the page leads', () => {
  it('method list → picker → wizard steps → success, each mapped to the guide’s step', () => {
    let s = start();
    const seen: (string | undefined)[] = [];
    for (const p of [
      page('method-list'),
      page('method-picker', 'recommended'),
      page('wizard', 'install-authenticator'),
      page('wizard', 'create-in-app'),
      page('wizard', 'finish-in-app'),
      page('success'),
    ]) {
      s = onPage(s, p).state;
      seen.push(stepId(s));
    }
    expect(seen).toEqual(['add-method', 'choose-authenticator-passkey', 'install-authenticator', 'create-in-app', 'finish-in-app', 'success']);
  });
  it('cross-device: having trouble → phone type → devices ready → QR', () => {
    let s = start(undefined, { guided: 'cross-device' });
    const seen: (string | undefined)[] = [];
    for (const p of [page('wizard', 'having-trouble'), page('wizard', 'choose-device'), page('wizard', 'enable-provider'), page('wizard', 'devices-ready')]) {
      s = onPage(s, p).state;
      seen.push(stepId(s));
    }
    expect(seen).toEqual(['different-way', 'choose-device', 'enable-provider', 'devices-ready']);
  });
  it('platform: passkey intro → setting up → ceremony → name → success', () => {
    let s = start(undefined, { guided: 'platform' });
    const seen: (string | undefined)[] = [];
    for (const p of [
      page('wizard', 'passkey-intro'),
      page('wizard', 'setting-up'),
      page('ceremony', null, { route: 'other' }),
      page('wizard', 'name'),
      page('success'),
    ]) {
      s = onPage(s, p).state;
      seen.push(stepId(s));
    }
    expect(seen).toEqual(['passkey-intro', 'setting-up', 'setting-up', 'name', 'success']);
  });
  it('the USB/NFC screen switches any guide to the security-key guide', () => {
    const s = onPage(start(), page('wizard', 'usb-nfc')).state;
    expect(s.guide).toBe('security-key');
    expect(stepId(s)).toBe('usb-nfc');
  });
  it('error, unknown and the sign-in prompt keep the step', () => {
    let s = onPage(start(), page('wizard', 'install-authenticator')).state;
    const before = s.current;
    for (const p of [page('error', 'not-registered', { error: 'not-registered' }), page('unknown'), page('sign-in-prompt', 'passkey', { route: 'other' })]) {
      s = onPage(s, p).state;
      expect(s.current).toBe(before);
    }
  });
  it('a screen the guide has no step for keeps the step', () => {
    const s = onPage(start(undefined, { guided: 'security-key' }), page('wizard', 'choose-device')).state;
    expect(s.current).toBe(0);
    expect(onPage(start(undefined, { guided: 'platform' }), page('wizard', 'qr')).state.current).toBe(0);
  });
  it('the same page twice changes nothing (same object, no effects)', () => {
    const s = onPage(start(), page('method-picker', 'all')).state;
    const again = onPage(s, page('method-picker', 'all'));
    expect(again.state).toBe(s);
    expect(again.effects).toEqual([]);
  });
});

describe('page events: stored place and effects', () => {
  it('picker, wizard, sign-in prompt and ceremony store the place once per screen', () => {
    for (const p of [
      page('method-picker', 'all'),
      page('wizard', 'name'),
      page('sign-in-prompt', 'passkey', { route: 'other' }),
      page('ceremony', null, { route: 'other' }),
    ]) {
      const r = onPage(start(), p);
      expect(r.effects.find((e) => e.type === 'save-place')).toMatchObject({ place: { guide: 'authenticator-app', savedAt: NOW } });
      expect(r.effects.find((e) => e.type === 'save-last-page')).toMatchObject({ state: p.state, step: p.step, at: NOW });
      expect(onPage(r.state, p).effects).toEqual([]);
    }
  });
  it('success clears the place; the method list stores nothing but the last page', () => {
    expect(onPage(start(), page('success')).effects.map((e) => e.type)).toEqual(['clear-place', 'save-last-page']);
    expect(onPage(start(page('unknown')), page('method-list')).effects.map((e) => e.type)).toEqual(['save-last-page']);
  });
  it('an error is kept for the help-desk diagnostic', () => {
    const r = onPage(start(), page('error', 'key-limit', { error: 'key-limit' }));
    expect(r.effects).toContainEqual({ type: 'save-last-page', state: 'error', step: 'key-limit', error: 'key-limit', at: NOW });
  });
  it('unknown after unknown stores nothing (a loading page costs no storage writes)', () => {
    expect(onPage(start(page('unknown')), page('unknown')).effects).toEqual([]);
  });
});

describe('page events: resuming after a hop between hosts', () => {
  const resumed = () => start(page('unknown'), { place: { guide: 'platform', index: 3, savedAt: NOW } });
  it('keeps the stored step while the page loads, shows the list or the sign-in prompt', () => {
    for (const p of [page('unknown'), page('method-list'), page('sign-in-prompt', 'passkey', { route: 'other' })]) {
      const s = onPage(resumed(), p).state;
      expect(s.current).toBe(3);
      expect(s.resuming).toBe(true);
    }
  });
  it('the first picker, wizard, ceremony, error or success screen ends resuming', () => {
    for (const p of [
      page('method-picker', 'all'),
      page('wizard', 'name'),
      page('ceremony', null, { route: 'other' }),
      page('error', 'generic', { error: 'generic' }),
      page('success'),
    ]) {
      expect(onPage(resumed(), p).state.resuming).toBe(false);
    }
  });
  it('resumed on the method list points at “Add sign-in method”', () => {
    const v = view(onPage(resumed(), page('method-list')).state, env);
    expect(v.target).toBe('add-method');
    expect(v.resumed).toBe(true);
  });
  it('on the sign-in prompt the place is carried through but the Security info "welcome back" note is not shown', () => {
    const s = onPage(resumed(), page('sign-in-prompt', 'passkey-prompt', { route: 'sign-in' })).state;
    expect(s.resuming).toBe(true);
    expect(view(s, env).resumed).toBe(false);
  });
});

describe('user actions', () => {
  it('guide: another offered guide restarts at the page’s step; an unknown or the same guide changes nothing', () => {
    const s = onPage(start(), page('method-picker', 'all')).state;
    const next = reduce(s, { type: 'guide', guide: 'security-key' }, env).state;
    expect(next.guide).toBe('security-key');
    expect(stepId(next)).toMatch(/^choose-/);
    expect(next.current).toBe(1);
    expect(reduce(s, { type: 'guide', guide: 'unsupported' }, env).state).toBe(s);
    expect(reduce(s, { type: 'guide', guide: s.guide }, env).state).toBe(s);
  });
  it('guide: ends resuming', () => {
    const s = start(page('method-list'), { place: { guide: 'platform', index: 3, savedAt: NOW } });
    expect(reduce(s, { type: 'guide', guide: 'security-key' }, env).state.resuming).toBe(false);
  });
  it('toggle-all opens and closes the full list, without storage', () => {
    const r = reduce(start(), { type: 'toggle-all' }, env);
    expect(r.state.allSteps).toBe(true);
    expect(r.effects).toEqual([]);
    expect(reduce(r.state, { type: 'toggle-all' }, env).state.allSteps).toBe(false);
  });
  it('hide: this route is hidden and stored; the launcher shows; observers stop', () => {
    const s = reduce(start(), { type: 'toggle-all' }, env).state;
    const r = reduce(s, { type: 'hide' }, env);
    expect(r.state.ui.dismissed).toEqual(['security-info']);
    expect(r.state.allSteps).toBe(false);
    expect(r.effects).toEqual([{ type: 'save-ui', ui: r.state.ui }]);
    const v = view(r.state, env);
    expect(v).toMatchObject({ mode: 'launcher', target: null, watch: false });
  });
  it('hide twice keeps one entry', () => {
    const s = reduce(reduce(start(), { type: 'hide' }, env).state, { type: 'hide' }, env).state;
    expect(s.ui.dismissed).toEqual(['security-info']);
  });
  it('open on a hidden route: shown again and stored', () => {
    const hidden = reduce(start(), { type: 'hide' }, env).state;
    const r = reduce(hidden, { type: 'open' }, env);
    expect(r.state.ui.dismissed).toEqual([]);
    expect(r.effects).toEqual([{ type: 'save-ui', ui: r.state.ui }]);
    expect(view(r.state, env).mode).toBe('callout');
  });
  it('open on a page that is not part of registration: the callout, nothing stored; leaving the route closes it', () => {
    const other = start(page('unknown', null, { route: 'other' }));
    expect(view(other, env)).toMatchObject({ mode: 'launcher', watch: false });
    const r = reduce(other, { type: 'open' }, env);
    expect(r.effects).toEqual([]);
    expect(view(r.state, env).mode).toBe('callout');
    const moved = onPage(r.state, page('method-list')).state;
    expect(moved.opened).toBe(false);
    expect(view(moved, env).mode).toBe('callout');
  });
  it('stored-ui from elsewhere (the popup) replaces the UI state; the same value changes nothing', () => {
    const hidden = reduce(start(), { type: 'hide' }, env).state;
    const shown = reduce(hidden, { type: 'stored-ui', ui: { ...hidden.ui, dismissed: [] } }, env).state;
    expect(view(shown, env).mode).toBe('callout');
    expect(reduce(shown, { type: 'stored-ui', ui: { ...shown.ui } }, env).state).toBe(shown);
  });
});

describe('view', () => {
  it('data-state/data-step come from the page; the callout watches the page', () => {
    const v = view(onPage(start(), page('wizard', 'finish-in-app')).state, env);
    expect(v).toMatchObject({ mode: 'callout', state: 'wizard', step: 'finish-in-app', watch: true, kind: 'step', target: 'wizard-next' });
    expect(v.fallbacks).toEqual(['wizard-done', 'wizard-continue', 'wizard-ready']);
  });
  it('kinds: error, success, sign-in prompt, ceremony, not a passkey, unrecognized', () => {
    const kind = (p: PageRecognition) => view(onPage(start(), p).state, env).kind;
    expect(kind(page('error', 'generic', { error: 'generic' }))).toBe('error');
    expect(kind(page('success'))).toBe('success');
    expect(kind(page('sign-in-prompt', 'passkey', { route: 'other' }))).toBe('sign-in-prompt');
    expect(kind(page('ceremony', null, { route: 'other' }))).toBe('ceremony');
    expect(kind(page('wizard', 'authenticator-app-qr'))).toBe('not-passkey');
    expect(kind(page('unknown'))).toBe('unrecognized');
  });
  it('an unrecognized Security info page keeps watching (it may still be loading), even hidden; other My Sign-ins pages do not', () => {
    expect(view(start(page('unknown')), env).watch).toBe(true);
    const hidden = reduce(start(page('unknown')), { type: 'hide' }, env).state;
    expect(view(hidden, env)).toMatchObject({ mode: 'launcher', watch: true });
    expect(view(onPage(hidden, page('method-list')).state, env).watch).toBe(false);
    expect(view(start(page('unknown', null, { route: 'other' })), env).watch).toBe(false);
  });
  it('registration pages: Security info, /register, the sign-in prompt and the ceremony', () => {
    expect(isRegistrationPage(page('method-list'))).toBe(true);
    expect(isRegistrationPage(page('wizard', null, { route: 'register' }))).toBe(true);
    expect(isRegistrationPage(page('sign-in-prompt', null, { route: 'other' }))).toBe(true);
    expect(isRegistrationPage(page('ceremony', null, { route: 'other' }))).toBe(true);
    expect(isRegistrationPage(page('unknown', null, { route: 'other' }))).toBe(false);
  });
});

describe('spotlightTarget and fallbacks', () => {
  const step = env.steps.platform![1];
  it('each screen points at the page’s own control', () => {
    const cases: [PageRecognition, string | null][] = [
      [page('error', 'generic'), 'error-retry'],
      [page('success'), 'wizard-done'],
      [page('sign-in-prompt'), 'signin-next'],
      [page('ceremony'), 'ceremony-next'],
      [page('unknown'), null],
      [page('wizard', 'usb-nfc'), 'wizard-usb'],
      [page('wizard', 'name'), 'wizard-name-field'],
      [page('wizard', 'having-trouble'), 'wizard-different-way'],
      [page('wizard', 'devices-ready'), 'wizard-ready'],
      [page('wizard', 'creating'), null],
      [page('wizard', 'finish-in-app'), 'wizard-next'],
      [page('wizard', 'choose-device'), step?.target ?? null],
      [page('method-picker', 'all'), step?.target ?? null],
    ];
    for (const [p, want] of cases) expect(spotlightTarget(step, p), `${p.state}/${p.step}`).toBe(want);
  });
  it('fallbacks: a hidden method → Show more options (new picker) or the combobox (old); Next → Done/Continue', () => {
    expect(fallbackTargets('picker-passkey', page('method-picker', 'recommended'))).toEqual(['picker-show-more']);
    expect(fallbackTargets('picker-passkey', page('method-picker', 'legacy'))).toEqual(['picker-add', 'picker-combobox']);
    expect(fallbackTargets('wizard-different-way', page('wizard'))).toEqual(['wizard-having-trouble']);
    expect(fallbackTargets('add-method', page('method-list'))).toEqual([]);
    expect(fallbackTargets(null, page('method-list'))).toEqual([]);
  });
  it('currentStepIndex: a page state with no mapping keeps the previous index', () => {
    expect(currentStepIndex(env.steps.platform!, page('wizard', 'qr'), 2)).toBe(2);
  });
});
