/**
 * The overlay's pure logic (components/overlay/model.ts) and the panel's per-error help.
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
import { currentStepIndex, fallbackTargets, nextStep, panelPlacement, spotlightTarget, stepText } from '@/components/overlay/model';
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
  platform: parsePlatform({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0' }),
  capabilities,
  policy: DEFAULT_POLICY,
  answers: {},
};
const steps = (guide: GuideId): GuideStep[] => stepsFor(guide, input);
const ids = (guide: GuideId) => steps(guide).map((s) => s.id);
const at = (state: PageState, step: string | null = null) => ({ state, step });
const idAt = (guide: GuideId, index: number) => steps(guide)[index]?.id;

describe('currentStepIndex', () => {
  it('method list → "Add sign-in method", in every guide that has it', () => {
    for (const g of ['authenticator-app', 'cross-device', 'security-key', 'platform'] as const) {
      expect(idAt(g, currentStepIndex(steps(g), at('method-list'), 5))).toBe('add-method');
    }
  });
  it('picker → the guide’s own method choice', () => {
    expect(idAt('cross-device', currentStepIndex(steps('cross-device'), at('method-picker', 'recommended'), 0))).toBe('choose-authenticator-passkey');
    expect(idAt('security-key', currentStepIndex(steps('security-key'), at('method-picker', 'legacy'), 0))).toBe('choose-security-key');
    expect(idAt('platform', currentStepIndex(steps('platform'), at('method-picker', 'all'), 0))).toBe('choose-passkey');
  });
  it('each wizard step maps to the matching guide step', () => {
    const cd = steps('cross-device');
    expect(idAt('cross-device', currentStepIndex(cd, at('wizard', 'choose-device'), 0))).toBe('choose-phone-type');
    expect(idAt('cross-device', currentStepIndex(cd, at('wizard', 'enable-provider'), 0))).toBe('enable-provider');
    expect(idAt('cross-device', currentStepIndex(cd, at('wizard', 'reminder'), 0))).toBe('show-qr');
    expect(idAt('cross-device', currentStepIndex(cd, at('wizard', 'qr'), 0))).toBe('scan-qr');
    expect(idAt('cross-device', currentStepIndex(cd, at('wizard', 'creating'), 0))).toBe('save-in-authenticator');
    const sk = steps('security-key');
    expect(idAt('security-key', currentStepIndex(sk, at('wizard', 'usb-nfc'), 0))).toBe('choose-usb-nfc');
    expect(idAt('security-key', currentStepIndex(sk, at('wizard', 'setting-up'), 0))).toBe('insert-key');
    expect(idAt('security-key', currentStepIndex(sk, at('wizard', 'name'), 0))).toBe('name-key');
    expect(idAt('platform', currentStepIndex(steps('platform'), at('wizard', 'name'), 0))).toBe('name-passkey');
    expect(idAt('platform', currentStepIndex(steps('platform'), at('wizard', 'creating'), 0))).toBe('save-on-device');
  });
  it('the on-phone Authenticator guide follows the QR into the app', () => {
    const aa = steps('authenticator-app');
    expect(idAt('authenticator-app', currentStepIndex(aa, at('wizard', 'reminder'), 0))).toBe('create-in-app');
    expect(idAt('authenticator-app', currentStepIndex(aa, at('wizard', 'qr'), 0))).toBe('create-in-app');
    expect(idAt('authenticator-app', currentStepIndex(aa, at('wizard', 'creating'), 0))).toBe('finish-in-app');
  });
  it('a wizard without a finer step is the identity check', () => {
    expect(idAt('cross-device', currentStepIndex(steps('cross-device'), at('wizard', null), 0))).toBe('sign-in-mfa');
    expect(idAt('cross-device', currentStepIndex(steps('cross-device'), at('wizard', 'wizard'), 0))).toBe('sign-in-mfa');
  });
  it('success → "done"', () => {
    expect(idAt('security-key', currentStepIndex(steps('security-key'), at('success'), 0))).toBe('done');
  });
  it('unknown and error pages keep the previous step', () => {
    expect(currentStepIndex(steps('cross-device'), at('unknown'), 4)).toBe(4);
    expect(currentStepIndex(steps('cross-device'), at('error', 'not-registered'), 3)).toBe(3);
  });
  it('a page step the guide has no step for keeps the previous step', () => {
    expect(ids('security-key')).not.toContain('show-qr');
    expect(currentStepIndex(steps('security-key'), at('wizard', 'qr'), 2)).toBe(2);
    expect(currentStepIndex(steps('security-key'), at('wizard', 'not-a-step'), 2)).toBe(2);
    expect(currentStepIndex([], at('method-list'), 0)).toBe(0);
  });
});

describe('nextStep (resuming after the login bounce)', () => {
  const s = steps('cross-device');
  it('keeps the restored step while the page loads or shows the method list', () => {
    expect(nextStep(s, at('unknown'), 6, true)).toEqual({ index: 6, resuming: true });
    expect(nextStep(s, at('method-list'), 6, true)).toEqual({ index: 6, resuming: true });
  });
  it('the first picker, wizard, error or success screen ends resuming; the page leads again', () => {
    expect(nextStep(s, at('method-picker', 'recommended'), 6, true)).toEqual({ index: ids('cross-device').indexOf('choose-authenticator-passkey'), resuming: false });
    expect(nextStep(s, at('wizard', 'qr'), 2, true)).toEqual({ index: ids('cross-device').indexOf('scan-qr'), resuming: false });
    expect(nextStep(s, at('error', 'generic'), 6, true)).toEqual({ index: 6, resuming: false });
    expect(nextStep(s, at('success'), 6, true)).toEqual({ index: ids('cross-device').indexOf('done'), resuming: false });
  });
  it('without a restored place the method list is step 1', () => {
    expect(nextStep(s, at('method-list'), 6, false)).toEqual({ index: 0, resuming: false });
  });
});

describe('spotlightTarget', () => {
  const step = steps('cross-device').find((x) => x.id === 'choose-authenticator-passkey');
  it('error → Try again, success → Done', () => {
    expect(spotlightTarget(step, at('error', 'generic'))).toBe('error-retry');
    expect(spotlightTarget(step, at('success'))).toBe('wizard-done');
  });
  it('wizard steps → the control that page shows', () => {
    expect(spotlightTarget(step, at('wizard', 'usb-nfc'))).toBe('wizard-usb');
    expect(spotlightTarget(step, at('wizard', 'name'))).toBe('wizard-name-field');
    for (const s of ['install-authenticator', 'reminder', 'setting-up', 'qr', 'wizard']) expect(spotlightTarget(step, at('wizard', s))).toBe('wizard-next');
  });
  it('otherwise the step’s own target, or none', () => {
    expect(spotlightTarget(step, at('method-picker', 'recommended'))).toBe('picker-authenticator-passkey');
    expect(spotlightTarget(step, at('wizard', 'choose-device'))).toBe('picker-authenticator-passkey');
    expect(spotlightTarget(steps('cross-device').find((x) => x.id === 'scan-qr'), at('method-list'))).toBeNull();
    expect(spotlightTarget(undefined, at('method-list'))).toBeNull();
  });
  it('resumed on the method list → "Add sign-in method" (the way back into the wizard)', () => {
    const scan = steps('cross-device').find((x) => x.id === 'scan-qr');
    expect(spotlightTarget(scan, at('method-list'), true)).toBe('add-method');
    expect(spotlightTarget(scan, at('unknown'), true)).toBeNull();
  });
});

describe('fallbackTargets', () => {
  it('a method not on screen: "Show more options" in the new picker, the combobox in the old one', () => {
    expect(fallbackTargets('picker-passkey', at('method-picker', 'recommended'))).toEqual(['picker-show-more']);
    expect(fallbackTargets('picker-security-key', at('method-picker', 'legacy'))).toEqual(['picker-add', 'picker-combobox']);
  });
  it('Next falls back to Done; other targets have no fallback', () => {
    expect(fallbackTargets('wizard-next', at('wizard', 'qr'))).toEqual(['wizard-done']);
    expect(fallbackTargets('add-method', at('method-list'))).toEqual([]);
    expect(fallbackTargets('error-retry', at('error'))).toEqual([]);
  });
});

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

describe('panelPlacement', () => {
  const panel = { top: 400, bottom: 780, left: 8, right: 382 };
  it('stays put when the control is clear of the panel, or there is no control', () => {
    expect(panelPlacement(null, panel, 800)).toBeNull();
    expect(panelPlacement({ top: 100, bottom: 140, left: 20, right: 200 }, panel, 800)).toBeNull();
    expect(panelPlacement({ top: 500, bottom: 540, left: 400, right: 500 }, panel, 800)).toBeNull();
  });
  it('moves above the control when there is more room there, sized to fit', () => {
    expect(panelPlacement({ top: 500, bottom: 540, left: 20, right: 200 }, panel, 800)).toEqual({ top: true, maxBlock: 476 });
  });
  it('stays below (shrunk) when there is more room below', () => {
    expect(panelPlacement({ top: 300, bottom: 420, left: 20, right: 200 }, panel, 844)).toEqual({ top: false, maxBlock: 400 });
  });
  it('keeps the whole dialog clear when that leaves a readable panel (its Next/Done stay visible)', () => {
    const field = { top: 400, bottom: 440, left: 40, right: 350 };
    const dialog = { top: 320, bottom: 600, left: 16, right: 374 };
    expect(panelPlacement(field, panel, 844, dialog)).toEqual({ top: true, maxBlock: 296 });
    // Without the dialog only the field is kept clear, and the panel would cover the dialog's buttons.
    expect(panelPlacement(field, panel, 844)).toEqual({ top: false, maxBlock: 380 });
  });
  it('falls back to keeping only the control clear when the dialog fills the window', () => {
    const field = { top: 400, bottom: 440, left: 40, right: 350 };
    const dialog = { top: 40, bottom: 800, left: 16, right: 374 };
    expect(panelPlacement(field, panel, 844, dialog)).toEqual({ top: false, maxBlock: 380 });
  });
  it('never shrinks below a usable header', () => {
    expect(panelPlacement({ top: 10, bottom: 790, left: 20, right: 200 }, panel, 800)!.maxBlock).toBe(48);
  });
});

describe('OverlayPanel', () => {
  const t = createTranslator(EN, 'en');
  const decision = decide(input);
  const page = (error: PageError | null, state: PageState = error ? 'error' : 'method-list'): PageRecognition => ({
    state,
    step: error,
    route: 'security-info',
    language: 'en',
    hasPasskey: false,
    error,
  });
  const panel = (p: PageRecognition, resumed = false) =>
    render(
      <OverlayPanel
        t={t}
        lang="en"
        page={p}
        guide={decision.guide}
        guides={[decision.guide]}
        steps={decision.steps}
        warnings={[]}
        current={2}
        collapsed={false}
        side="end"
        announcement=""
        resumed={resumed}
        onToggleCollapse={() => {}}
        onMove={() => {}}
        onDismiss={() => {}}
        onGuide={() => {}}
        onLanguage={() => {}}
      />,
    );

  /** What each error's help must tell the user (the fix, not just "error"). */
  const HELP: Record<PageError, RegExp> = {
    'not-registered': /private window/i,
    'already-exists': /already has a passkey/i,
    'key-limit': /maximum of 10 security keys/i,
    'mfa-required': /multifactor sign-in/i,
    'provider-not-allowed': /does not allow this passkey provider/i,
    generic: /help desk/i,
  };
  it('every page error gets its own specific help, as an alert with data-warning', () => {
    const seen = new Set<string>();
    for (const error of PAGE_ERRORS) {
      const { container, unmount } = panel(page(error));
      const alert = container.querySelector(`[data-warning="page-${error}"]`);
      expect(alert, error).not.toBeNull();
      expect(alert!.getAttribute('role')).toBe('alert');
      expect(alert!.textContent).toMatch(HELP[error]);
      seen.add(alert!.textContent ?? '');
      unmount();
    }
    expect(seen.size).toBe(PAGE_ERRORS.length);
  });
  it('no error help when the page shows no error', () => {
    const { container } = panel(page(null));
    expect(container.querySelector('[data-warning^="page-"]')).toBeNull();
  });
  it('language options carry their own lang (and direction)', () => {
    const { container } = panel(page(null));
    const options = [...container.querySelectorAll('select[data-control="language"] option')];
    expect(options.map((o) => o.getAttribute('lang'))).toEqual([...LANGUAGES]);
    expect(options.find((o) => o.getAttribute('lang') === 'ar')?.getAttribute('dir')).toBe('rtl');
    expect(options.find((o) => o.getAttribute('lang') === 'ja')?.textContent).toBe('日本語');
  });
  it('shows the "welcome back" note with the step counter only when resumed', () => {
    expect(panel(page(null)).container.querySelector('[data-note="resumed"]')).toBeNull();
    cleanup();
    const note = panel(page(null), true).container.querySelector('[data-note="resumed"]');
    expect(note?.textContent).toBe(`Welcome back: you were at step 3 of ${decision.steps.length}. If Microsoft’s window has closed, select “Add sign-in method” to continue.`);
  });
});
