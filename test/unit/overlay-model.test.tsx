/**
 * The callout's pure helpers (components/overlay/model.ts: placement, screen texts) and the callout itself.
 * Steps come from the real guidance engine, so a renamed step id breaks these tests on purpose.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '@/core/i18n';
import { decide, stepsFor, type EngineInput, type GuideStep } from '@/core/engine';
import { parsePlatform } from '@/core/platform';
import { DEFAULT_POLICY, LANGUAGES, type CapabilityFacts, type GuideId, type PageState } from '@/core/types';
import { PAGE_ERRORS, type PageError } from '@/core/page/securityInfoPage';
import type { PageRecognition } from '@/core/page/recognize';
import { loadMessages } from '@/locales';
import { boldSegments, osDialogChoice, placeCallout, screenKey, stepText, type Box } from '@/components/overlay/model';
import { view as viewOf, initialState, reduce, type OverlayEnv, type OverlayView } from '@/core/overlay/reducer';
import { readOverlayUi } from '@/core/overlayUi';
import { overlayGuidance } from '@/core/overlay/guidance';
import { OverlayPanel } from '@/components/overlay/OverlayPanel';

afterEach(cleanup);

const EN = await loadMessages('en');

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
const steps = (guide: GuideId): GuideStep[] => stepsFor(guide, input);

describe('stepText', () => {
  const t = createTranslator(EN, 'en');
  it('uses the guide’s own text', () => {
    const scan = steps('cross-device').find((x) => x.id === 'scan-qr')!;
    expect(stepText(t, 'cross-device', scan)).toMatch(/QR code/);
  });
  it('falls back to the shared step text', () => {
    const text = stepText(t, 'cross-device', { id: 'add-method', text: 'guides.cross-device.steps.add-method' });
    expect(text).toBe(t('guides.shared.steps.add-method'));
    expect(text).toMatch(/Add sign-in method/);
  });
  it('never shows a raw key: missing everywhere → "<guide>: <step id>"', () => {
    expect(stepText(t, 'platform', { id: 'nope', text: 'guides.platform.steps.nope' })).toBe('platform: nope');
  });
});

const overlap = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const boxOf = (p: { left: number; top: number }, size: { width: number; height: number }): Box => ({
  left: p.left,
  top: p.top,
  right: p.left + size.width,
  bottom: p.top + size.height,
});

describe('placeCallout', () => {
  const size = { width: 320, height: 150 };
  const desktop = { width: 1280, height: 800 };
  const narrow = { width: 390, height: 844 };
  it('desktop dialog: beside the dialog (inline end), level with the control, covering nothing', () => {
    const dialog = { top: 200, bottom: 600, left: 380, right: 900 };
    const spot = { top: 540, bottom: 580, left: 780, right: 880 };
    const p = placeCallout({ spot, avoid: [spot], dialog, size, viewport: desktop, rtl: false });
    const box = boxOf(p, size);
    expect(box.left).toBeGreaterThanOrEqual(dialog.right);
    expect(overlap(box, dialog)).toBe(false);
    expect(box.bottom).toBeLessThanOrEqual(desktop.height);
  });
  it('right to left: the inline end is the left side', () => {
    const dialog = { top: 200, bottom: 600, left: 380, right: 900 };
    const spot = { top: 540, bottom: 580, left: 400, right: 500 };
    const box = boxOf(placeCallout({ spot, avoid: [], dialog, size, viewport: desktop, rtl: true }), size);
    expect(box.right).toBeLessThanOrEqual(dialog.left);
  });
  it('narrow dialog: never on the control, the dialog’s buttons or the error', () => {
    const dialog = { top: 150, bottom: 650, left: 8, right: 382 };
    const spot = { top: 400, bottom: 440, left: 24, right: 366 };
    const buttons = [
      { top: 590, bottom: 622, left: 200, right: 290 },
      { top: 590, bottom: 622, left: 296, right: 366 },
    ];
    const error = { top: 200, bottom: 260, left: 24, right: 366 };
    const p = placeCallout({ spot, avoid: [...buttons, error], dialog, size, viewport: narrow, rtl: false });
    const box = boxOf(p, { width: size.width, height: Math.min(size.height, p.maxHeight) });
    for (const b of [spot, ...buttons, error]) expect(overlap(box, b), JSON.stringify(b)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(narrow.width);
  });
  it('no dialog: beside the control on the page', () => {
    const spot = { top: 300, bottom: 336, left: 40, right: 260 };
    const box = boxOf(placeCallout({ spot, avoid: [], dialog: null, size, viewport: desktop, rtl: false }), size);
    expect(overlap(box, spot)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(spot.right);
    expect(box.top).toBe(spot.top);
  });
  it('nothing to point at: the window’s inline-end bottom corner', () => {
    const p = placeCallout({ spot: null, avoid: [], dialog: null, size, viewport: desktop, rtl: false });
    expect(p.left + size.width).toBeGreaterThan(desktop.width - 40);
    expect(p.top + size.height).toBeGreaterThan(desktop.height - 40);
  });
  it('no room at full height: shrinks into the larger band, still clear of the control', () => {
    const spot = { top: 380, bottom: 420, left: 8, right: 382 };
    const dialog = { top: 0, bottom: 844, left: 0, right: 390 };
    const tall = { width: 374, height: 600 };
    const p = placeCallout({ spot, avoid: [], dialog, size: tall, viewport: narrow, rtl: false });
    expect(overlap(boxOf(p, { width: tall.width, height: p.maxHeight }), spot)).toBe(false);
    expect(p.maxHeight).toBeGreaterThanOrEqual(48);
  });
});

describe('screen texts', () => {
  const t = createTranslator(EN, 'en');
  const v = (kind: OverlayView['kind'], state: string, step: string | null, guide: GuideId = 'platform') => ({ kind, state, step, guide });
  it('each recognized screen has its own short text (≤ 25 words), naming the page’s buttons in bold', () => {
    const screens: [string, string | null][] = [
      ['method-list', null],
      ['method-picker', 'all'],
      ...[
        'install-authenticator',
        'create-in-app',
        'finish-in-app',
        'having-trouble',
        'choose-device',
        'enable-provider',
        'devices-ready',
        'passkey-intro',
        'reminder',
        'qr',
        'usb-nfc',
        'setting-up',
        'creating',
        'name',
        'wizard',
      ].map((s) => ['wizard', s] as [string, string]),
    ];
    for (const [state, step] of screens) {
      const key = screenKey(v('step', state, step))!;
      const text = t(key, { choice: 'Security key', button: 'Next', deadline: '' });
      expect(text, key).not.toBe(key);
      expect(text.split(/\s+/).length, key).toBeLessThanOrEqual(25);
      if (step !== 'creating') expect(text, key).toMatch(/\*\*[^*]+\*\*/);
    }
  });
  it('the USB/NFC screen says there is no Next; the QR screen says to scan', () => {
    expect(t(screenKey(v('step', 'wizard', 'usb-nfc'))!)).toMatch(/no Next/);
    expect(t(screenKey(v('step', 'wizard', 'qr'))!)).toMatch(/Scan the QR code/);
  });
  it('the picker text follows the guide', () => {
    expect(screenKey(v('step', 'method-picker', 'all', 'security-key'))).toBe('overlay.screen.picker-security-key');
    expect(screenKey(v('step', 'method-picker', 'all', 'cross-device'))).toBe('overlay.screen.picker-authenticator');
    expect(screenKey(v('step', 'method-picker', 'all', 'platform'))).toBe('overlay.screen.picker-passkey');
  });
  it('errors and unrecognized pages have no screen text (the error’s fix / the step list lead)', () => {
    expect(screenKey(v('error', 'error', 'generic'))).toBeNull();
    expect(screenKey(v('unrecognized', 'unknown', null))).toBeNull();
    expect(screenKey(v('sign-in-prompt', 'sign-in-prompt', null))).toBeNull();
  });
  it('boldSegments: **x** is bold; an unmatched ** stays text', () => {
    expect(boldSegments('Select **Next** now')).toEqual([
      { text: 'Select ', bold: false },
      { text: 'Next', bold: true },
      { text: ' now', bold: false },
    ]);
    expect(boldSegments('a **b')).toEqual([
      { text: 'a ', bold: false },
      { text: 'b', bold: false },
    ]);
  });
  it('the option to pick in the operating system’s dialog, per guide and device', () => {
    expect(osDialogChoice('security-key', { os: 'windows', browser: 'edge' })).toBe('securityKey');
    expect(osDialogChoice('cross-device', { os: 'windows', browser: 'edge' })).toBe('phone');
    expect(osDialogChoice('platform', { os: 'windows', browser: 'chrome' })).toBe('windows');
    expect(osDialogChoice('platform', { os: 'macos', browser: 'safari' })).toBe('apple');
    expect(osDialogChoice('platform', { os: 'macos', browser: 'chrome' })).toBe('google');
    expect(osDialogChoice('platform', { os: 'android', browser: 'chrome' })).toBe('google');
  });
});

describe('OverlayPanel (the callout)', () => {
  const t = createTranslator(EN, 'en');
  const decision = decide(input);
  const env: OverlayEnv = { guides: [decision.guide], steps: { [decision.guide]: decision.steps } };
  const page = (state: PageState, step: string | null = null, error: PageError | null = null): PageRecognition => ({
    state,
    step,
    route: state === 'sign-in-prompt' ? 'other' : 'security-info',
    language: 'en',
    hasPasskey: false,
    error,
  });
  const viewFor = (p: PageRecognition, allSteps = false, resumed = false) => {
    let s = initialState(env, { page: p, place: resumed ? { guide: decision.guide, index: 2, savedAt: 1 } : null, guided: null, ui: readOverlayUi(null) });
    if (!resumed) s = reduce(s, { type: 'page', page: p, now: 1 }, env).state;
    if (allSteps) s = reduce(s, { type: 'toggle-all' }, env).state;
    return viewOf(s, env);
  };
  const panel = (v: OverlayView, extra: { organization?: string | null; helpDesk?: string | null } = {}) => {
    const g = overlayGuidance({ ...input, policy: { ...DEFAULT_POLICY, organizationName: extra.organization ?? null } }, null);
    return render(
      <OverlayPanel
        t={t}
        lang="en"
        view={v}
        guides={[decision.guide]}
        warnings={[]}
        organization={extra.organization ?? null}
        helpDesk={extra.helpDesk ?? null}
        whyAsked={g.whyAsked}
        fixes={g.fixes[v.guide] ?? {}}
        params={{ choice: 'This Windows device', button: 'Next', deadline: '' }}
        error={v.state === 'error' ? v.step : null}
        hasPasskey={false}
        announcement=""
        onToggleAll={() => {}}
        onHide={() => {}}
        onOpen={() => {}}
        onGuide={() => {}}
        onLanguage={() => {}}
      />,
    );
  };

  it('default view: one step, marked aria-current="step", "Step N of M", All steps and Hide for now', () => {
    const { container } = panel(viewFor(page('method-picker', 'all')));
    const items = container.querySelectorAll('li[data-step]');
    expect(items).toHaveLength(1);
    expect(items[0]!.getAttribute('aria-current')).toBe('step');
    expect(items[0]!.innerHTML).toMatch(/<strong>/);
    expect(container.querySelector('.pg-counter')?.textContent).toBe(`Step 2 of ${decision.steps.length}`);
    expect(container.querySelector('[data-action="all-steps"]')?.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('[data-action="dismiss"]')?.textContent).toBe('Hide for now');
  });
  it('All steps: the whole list, the current one still marked, plus guide and language choice', () => {
    const { container } = panel(viewFor(page('method-picker', 'all'), true));
    expect(container.querySelectorAll('li[data-step]')).toHaveLength(decision.steps.length);
    expect(container.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
    const options = [...container.querySelectorAll('select[data-control="language"] option')];
    expect(options.map((o) => o.getAttribute('lang'))).toEqual([...LANGUAGES]);
    expect(options.find((o) => o.getAttribute('lang') === 'ar')?.getAttribute('dir')).toBe('rtl');
  });

  /** What each error's help must tell the user (the fix, not just "error"). */
  const HELP: Record<PageError, RegExp> = {
    'not-registered': /timed out or was canceled/i,
    'already-exists': /in Authenticator only/i,
    'key-limit': /delete one you no longer use/i,
    'mfa-required': /within five minutes/i,
    'provider-not-allowed': /doesn’t accept that passkey app or key/i,
    generic: /try again/i,
  };
  it('every page error gets its own specific fix (the engine’s, never the admin-only one), as an alert, plus the policy’s help desk', () => {
    const seen = new Set<string>();
    for (const error of PAGE_ERRORS) {
      const { container, unmount } = panel(viewFor(page('error', error, error)), { helpDesk: 'IT Service Desk, +1 555 0100' });
      const alert = container.querySelector(`[data-warning="page-${error}"]`);
      expect(alert, error).not.toBeNull();
      expect(alert!.getAttribute('role')).toBe('alert');
      expect(alert!.textContent).toMatch(HELP[error] ?? /./);
      expect(alert!.querySelector('[data-note="help-desk"]')?.textContent).toBe('Still stuck? Contact IT Service Desk, +1 555 0100.');
      expect(container.querySelectorAll('li[data-step]')).toHaveLength(0);
      seen.add(alert!.textContent ?? '');
      unmount();
    }
    expect(seen.size).toBe(PAGE_ERRORS.length);
  });
  it('no help-desk line without one in policy; no error help without an error', () => {
    const { container } = panel(viewFor(page('error', 'generic', 'generic')));
    expect(container.querySelector('[data-note="help-desk"]')).toBeNull();
    cleanup();
    expect(panel(viewFor(page('method-list'))).container.querySelector('[data-warning^="page-"]')).toBeNull();
  });
  it('success: visible, with what to do next', () => {
    const { container } = panel(viewFor(page('success')));
    expect(container.querySelector('.pg-success')?.textContent).toMatch(/Passkey created.*sign in once with your new passkey/);
  });
  it('sign-in prompt: why, what comes next, what “Skip for now” means; the organization’s name', () => {
    const { container } = panel(viewFor(page('sign-in-prompt', 'passkey')), { organization: 'Contoso' });
    const text = container.querySelector('[data-note="sign-in-prompt"]')?.textContent ?? '';
    expect(container.querySelector('[data-note="why"]')?.textContent).toMatch(/^Contoso uses Microsoft to protect your work account/);
    expect(container.querySelector('[data-note="next"]')?.textContent).toMatch(/^Next: select Next/);
    expect(container.querySelector('[data-note="skip"]')?.textContent).toMatch(/^Skip for now postpones/);
    expect(text).not.toMatch(/September|February/);
    expect(container.querySelector('[data-org]')?.textContent).toBe('Contoso');
    expect(container.querySelector('.pg-counter')).toBeNull();
  });
  it('the launcher is one small button', () => {
    const hidden = reduce(initialState(env, { page: page('method-list'), place: null, guided: null, ui: readOverlayUi(null) }), { type: 'hide' }, env).state;
    const { container } = panel(viewOf(hidden, env));
    expect(container.querySelectorAll('button')).toHaveLength(1);
    expect(container.querySelector('[data-action="open"]')).not.toBeNull();
    expect(container.querySelector('section')).toBeNull();
  });
  it('shows the "welcome back" note with the step counter only when resumed', () => {
    expect(panel(viewFor(page('method-list'))).container.querySelector('[data-note="resumed"]')).toBeNull();
    cleanup();
    const note = panel(viewFor(page('method-list'), false, true)).container.querySelector('[data-note="resumed"]');
    expect(note?.textContent).toMatch(/you were at step 3 of/);
  });
});
