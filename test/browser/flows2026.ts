/**
 * Drivers for the 2026 registration flows on the Fluent UI replica (test/fixtures/fluent-replica), through the
 * PAGE'S OWN buttons, on the real URLs (mysignins.microsoft.com, login.microsoftonline.com, login.microsoft.com).
 *
 * At every screen a driver:
 *   1. waits for the screen (its step title),
 *   2. checks what core/page recognizes on the live DOM (serialized, parsed with happy-dom: same code as the
 *      content script) against the screen's expected `data-state` / `data-step` / `data-target`,
 *   3. calls the optional `at(screen, page)` hook — overlay specs assert `<passkey-guide-overlay>` there, e.g.
 *        await driveFlowB(page, { at: async (s) => expectState(page, s.state, s.step ?? undefined) })
 *   4. presses the page's own control and checks the page moved on (the page still works with the extension).
 */
import { expect, type Page } from '@playwright/test';
import { Window } from 'happy-dom';
import { recognizeSecurityInfoPage } from '../../core/page/recognize';
import { findPageTarget } from '../../core/page/findTarget';
import { accessibleName } from '../../core/page/dom';
import { PAGE_TARGETS, type PageState, type PageTarget } from '../../core/types';
import { URLS } from '../harness/microsoftHosts.mjs';

export interface Screen {
  /** Replica screen id (also the `view=` query value where one exists). */
  id: string;
  state: PageState;
  step: string | null;
  /**
   * The page's control for this screen's main action (what the driver presses, or the field it fills), and the
   * name it must have. The overlay's `data-target` may name another control where the guide asks for one
   * (e.g. `picker-passkey` instead of `picker-authenticator-passkey` on the picker): compare per guide.
   */
  target: PageTarget | null;
  targetName?: RegExp;
}

export interface DriveOptions {
  /** Called at every screen, after recognition was checked and before the page's control is pressed. */
  at?: (screen: Screen, page: Page) => Promise<void>;
  /** Check core/page recognition of the live DOM at each screen (default true). */
  recognize?: boolean;
}

/** The live page, recognized by the same pure code the content script runs (scripts in the copy never run). */
export async function recognizeLive(page: Page) {
  const html = await page.content();
  const window = new Window({
    url: page.url(),
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const r = recognizeSecurityInfoPage(doc, page.url());
  const names = new Map<PageTarget, string | null>();
  for (const t of PAGE_TARGETS) {
    const el = findPageTarget(doc, t, r.language);
    names.set(t, el ? accessibleName(el) : null);
  }
  await window.happyDOM.close();
  return { ...r, targetNameOf: (t: PageTarget) => names.get(t) ?? null };
}

export const stepTitle = (page: Page) => page.locator('[data-testid="reskin-step-title"]').first();
export const loginHeading = (page: Page) => page.locator('[role="heading"]').first();

async function arrive(page: Page, screen: Screen, title: RegExp | null, opts: DriveOptions) {
  // The page's own text only (Playwright pierces shadow roots, and the overlay quotes the page's labels).
  if (title) await expect(pageOnly(page).getByText(title).first()).toBeVisible();
  if (opts.recognize !== false) {
    await expect
      .poll(
        async () => {
          const r = await recognizeLive(page);
          return `${r.state}/${r.step ?? '-'}`;
        },
        { message: `recognized at ${screen.id}` },
      )
      .toBe(`${screen.state}/${screen.step ?? '-'}`);
    if (screen.target) {
      const r = await recognizeLive(page);
      const name = r.targetNameOf(screen.target);
      expect(name, `${screen.target} at ${screen.id}`).not.toBeNull();
      if (screen.targetName) expect(name).toMatch(screen.targetName);
    }
  }
  await opts.at?.(screen, page);
}

/** The page without the extension's overlay host. */
export const pageOnly = (page: Page) => page.locator('body > :not(passkey-guide-overlay)');
const dialogButton = (page: Page, name: string | RegExp) => page.locator('.ms-Dialog-main').getByRole('button', { name, exact: typeof name === 'string' });

/** Method list → "+ Add sign-in method" → picker (recommended, then Show more options when `all`). */
export async function openPicker(page: Page, opts: DriveOptions = {}, all = false) {
  await arrive(page, { id: 'list', state: 'method-list', step: null, target: 'add-method', targetName: /^Add sign-in method$/ }, /^Security info$/, opts);
  await page.getByRole('button', { name: 'Add sign-in method' }).click();
  await arrive(page, { id: 'picker', state: 'method-picker', step: 'recommended', target: 'picker-authenticator-passkey' }, /^Add a sign-in method$/, opts);
  if (all) {
    await page.locator('.ms-Dialog-main').getByRole('button', { name: 'Show more options' }).click();
    await arrive(page, { id: 'picker-all', state: 'method-picker', step: 'all', target: 'picker-passkey' }, /^Passkey$/, opts);
  }
}

/** Name → Passkey created → Done → back on the list with a passkey row. */
async function nameAndFinish(page: Page, opts: DriveOptions, title = /^Let['’]s name your passkey$/) {
  await arrive(page, { id: 'name', state: 'wizard', step: 'name', target: 'wizard-name-field' }, title, opts);
  await page.getByRole('textbox').fill('Work laptop – key');
  await dialogButton(page, 'Next').click();
  await arrive(page, { id: 'created', state: 'success', step: null, target: 'wizard-done', targetName: /^Done$/ }, /^Passkey created$/, opts);
  await dialogButton(page, 'Done').click();
  await expect(page.getByRole('button', { name: 'Delete Passkey' })).toBeVisible();
}

/** Flow A: app-first Authenticator passkey (create in app → finish → Next verifies → Passkey created → Done). */
export async function driveFlowA(page: Page, opts: DriveOptions = {}) {
  await page.goto(URLS.securityInfo());
  await openPicker(page, opts);
  await page.getByTestId('authmethod-picker-passkeyAuthenticator').click();
  await arrive(
    page,
    { id: 'create-in-app', state: 'wizard', step: 'create-in-app', target: 'wizard-next', targetName: /^Next$/ },
    /^Create a passkey in Microsoft Authenticator$/,
    opts,
  );
  await dialogButton(page, 'Next').click();
  await arrive(
    page,
    { id: 'finish-in-app', state: 'wizard', step: 'finish-in-app', target: 'wizard-next', targetName: /^Next$/ },
    /^Finish creating your passkey in Authenticator$/,
    opts,
  );
  await dialogButton(page, 'Next').click();
  await arrive(page, { id: 'created', state: 'success', step: null, target: 'wizard-done' }, /^Passkey created$/, opts);
  await dialogButton(page, 'Done').click();
  await expect(page.getByRole('button', { name: 'Delete Passkey' })).toBeVisible();
}

/** Flow A′: Having trouble? → a different way → iPhone or iPad → provider → I'm ready → Next (WebAuthn) → name → created. Needs a virtual authenticator. */
export async function driveFlowAFallback(page: Page, opts: DriveOptions = {}, phone: 'iPhone or iPad' | 'Android' = 'iPhone or iPad') {
  await page.goto(URLS.securityInfo('view=finish-in-app'));
  await arrive(
    page,
    { id: 'finish-in-app', state: 'wizard', step: 'finish-in-app', target: 'wizard-having-trouble', targetName: /^Having trouble\?$/ },
    /^Finish creating your passkey in Authenticator$/,
    opts,
  );
  await dialogButton(page, 'Having trouble?').click();
  await arrive(page, { id: 'having-trouble', state: 'wizard', step: 'having-trouble', target: 'wizard-different-way' }, /^Having trouble$/, opts);
  await dialogButton(page, 'create your passkey a different way').click();
  await arrive(
    page,
    { id: 'choose-device', state: 'wizard', step: 'choose-device', target: phone === 'Android' ? 'wizard-android' : 'wizard-iphone' },
    /^Choose your phone type$/,
    opts,
  );
  await dialogButton(page, phone).click();
  await arrive(
    page,
    { id: 'enable-provider', state: 'wizard', step: 'enable-provider', target: 'wizard-continue', targetName: /^Continue$/ },
    /^Turn on Microsoft Authenticator as passkey provider$/,
    opts,
  );
  await dialogButton(page, 'Continue').click();
  await arrive(
    page,
    { id: 'devices-ready', state: 'wizard', step: 'devices-ready', target: 'wizard-ready', targetName: /^I['’]m ready$/ },
    /^Get your devices ready$/,
    opts,
  );
  await dialogButton(page, "I'm ready").click();
  await arrive(page, { id: 'phone-type', state: 'wizard', step: 'setting-up', target: 'wizard-next' }, /^Phone type$/, opts);
  await dialogButton(page, 'Next').click();
  await nameAndFinish(page, opts);
}

/** Flow B: plain Passkey (Sign in faster… → Setting up your passkey → WebAuthn → Let's name your passkey → Passkey created). */
export async function driveFlowB(page: Page, opts: DriveOptions = {}) {
  await page.goto(URLS.securityInfo());
  await openPicker(page, opts, true);
  await page.getByTestId('authmethod-picker-passkey').click();
  await arrive(
    page,
    { id: 'intro', state: 'wizard', step: 'passkey-intro', target: 'wizard-next' },
    /^Sign in faster with your face, fingerprint, or PIN$/,
    opts,
  );
  await dialogButton(page, 'Next').click();
  await arrive(page, { id: 'setting-up', state: 'wizard', step: 'setting-up', target: 'wizard-next' }, /^Setting up your passkey$/, opts);
  await dialogButton(page, 'Next').click();
  await nameAndFinish(page, opts);
}

/** Security key, path C1 (2026): Passkey → the OS dialog offers "Security key" (a usb virtual authenticator answers). Same page screens as flow B. */
export const driveKeyViaPasskey = driveFlowB;

/** Security key, path C2 (legacy entry): Security key → USB device → Setting up your new sign-in method → Next (WebAuthn) → name → created. */
export async function driveKeyLegacy(page: Page, opts: DriveOptions = {}, device: 'USB device' | 'NFC device' = 'USB device') {
  await page.goto(URLS.securityInfo());
  await openPicker(page, opts, true);
  await page.getByTestId('authmethod-picker-fido').click();
  await arrive(
    page,
    { id: 'key-type', state: 'wizard', step: 'usb-nfc', target: device === 'USB device' ? 'wizard-usb' : 'wizard-nfc' },
    /^Choose the type of security key/,
    opts,
  );
  await dialogButton(page, device).click();
  await arrive(page, { id: 'key-setting-up', state: 'wizard', step: 'setting-up', target: 'wizard-next' }, /^Setting up your new sign-in method$/, opts);
  await dialogButton(page, 'Next').click();
  await nameAndFinish(page, opts, /^Name your security key$/);
}

/** The Authenticator *app* wizard (not a passkey): Install → Set up → Scan the QR code → Let's try it out → Authenticator Added. */
export async function driveAuthenticatorApp(page: Page, opts: DriveOptions = {}) {
  await page.goto(URLS.securityInfo());
  await openPicker(page, opts, true);
  await page.getByTestId('authmethod-picker-authenticatorApp').click();
  await arrive(page, { id: 'app-install', state: 'wizard', step: 'install-authenticator', target: 'wizard-next' }, /^Install Microsoft Authenticator$/, opts);
  await dialogButton(page, 'Next').click();
  await arrive(page, { id: 'app-setup', state: 'wizard', step: 'wizard', target: 'wizard-next' }, /^Set up your account$/, opts);
  await dialogButton(page, 'Next').click();
  await arrive(page, { id: 'app-qr', state: 'wizard', step: 'authenticator-app-qr', target: 'wizard-qr' }, /^Scan the QR code$/, opts);
  await dialogButton(page, 'Next').click();
  await arrive(page, { id: 'app-try', state: 'wizard', step: 'wizard', target: 'wizard-next' }, /^Let['’]s try it out$/, opts);
  await dialogButton(page, 'Next').click();
  await arrive(page, { id: 'app-added', state: 'success', step: 'authenticator-app', target: 'wizard-done' }, /^Authenticator Added$/, opts);
  await dialogButton(page, 'Done').click();
  await expect(page.locator('.ms-Dialog-main')).toHaveCount(0);
}

/**
 * Flow D: the sign-in prompt → ceremony → /register name → Passkey created → Done (back on Security info).
 * `start`: 'proofup' ("Let's keep your account secure", Next) or 'moreinfo' ("More information required") or 'prompt'.
 */
export async function driveSignInPrompt(page: Page, opts: DriveOptions = {}, start: 'proofup' | 'moreinfo' | 'prompt' = 'proofup') {
  await page.goto(URLS.signIn(start));
  if (start !== 'prompt') {
    await arrive(
      page,
      { id: start, state: 'sign-in-prompt', step: 'proof-up', target: 'signin-next', targetName: /^Next$/ },
      start === 'proofup' ? /^Let['’]s keep your account secure$/ : /^More information required$/,
      opts,
    );
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await arrive(
    page,
    { id: 'prompt', state: 'sign-in-prompt', step: 'passkey-prompt', target: 'signin-next', targetName: /^Next$/ },
    /^Sign in faster with your face, fingerprint, or PIN$/,
    opts,
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await page.waitForURL(/^https:\/\/login\.microsoft\.com\/[^/]+\/fido\/create/);
  await arrive(page, { id: 'ceremony', state: 'ceremony', step: null, target: 'ceremony-next', targetName: /^Next$/ }, /^Setting up your passkey\.\.\.$/, opts);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.waitForURL(/^https:\/\/mysignins\.microsoft\.com\/register\?authMethods=32/);
  await arrive(page, { id: 'register-name', state: 'wizard', step: 'name', target: 'wizard-name-field' }, /^Let['’]s name your passkey$/, opts);
  await page.getByRole('textbox').fill('Phone – iCloud');
  await page.getByRole('button', { name: 'Next' }).click();
  await arrive(page, { id: 'register-created', state: 'success', step: null, target: 'wizard-done' }, /^Passkey created$/, opts);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.waitForURL(/\/security-info/);
  await arrive(page, { id: 'list', state: 'method-list', step: null, target: 'add-method' }, /^Security info$/, opts);
}
