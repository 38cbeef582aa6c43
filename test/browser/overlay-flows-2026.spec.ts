/**
 * The overlay on every 2026 flow, end to end on the Fluent UI replica (served on the real Microsoft URLs): the
 * flow drivers (test/browser/flows2026.ts) press the page's own buttons, so the page keeps working with the
 * overlay present; at every screen this spec asserts the `<passkey-guide-overlay>` contract (data-state,
 * data-step, data-target), that the callout shows one step and covers neither the spotlighted control, the
 * dialog's buttons nor the page's error, and what the callout says where it matters.
 */
import type { Page } from '@playwright/test';
import { addVirtualAuthenticator, expect, test } from '../harness/fixtures';
import { ensureReplica, routeMicrosoftHosts } from '../harness/microsoftHosts.mjs';
import {
  driveAuthenticatorApp,
  driveFlowA,
  driveFlowAFallback,
  driveFlowB,
  driveKeyLegacy,
  driveKeyViaPasskey,
  driveSignInPrompt,
  type Screen,
} from './flows2026';

test.beforeAll(async () => {
  await ensureReplica();
});
test.beforeEach(async ({ context }) => {
  await routeMicrosoftHosts(context);
});

/**
 * Where the overlay's spotlight differs from the page-level expectation of the driver, and why: the guide
 * decides (the method to pick follows the guide; the phone type is the user's; the Authenticator app's QR is
 * not a passkey step, so nothing there is spotlighted).
 */
const TARGET: Record<string, RegExp | null> = {
  picker: /^picker-/,
  'picker-all': /^picker-/,
  'choose-device': null,
  'app-qr': null,
};

/** Geometry: the callout against the spotlight, the dialog's own buttons and the page's error. */
async function coverage(page: Page): Promise<string[]> {
  return page.locator('passkey-guide-overlay').evaluate((host) => {
    const root = host.shadowRoot!;
    const panel = root.querySelector('.pg-panel')?.getBoundingClientRect();
    if (!panel) return ['no callout'];
    const problems: string[] = [];
    const hit = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left < panel.right && r.right > panel.left && r.top < panel.bottom && r.bottom > panel.top;
    const spot = root.querySelector<HTMLElement>('.pg-spot');
    if (spot && !spot.hidden && hit(spot.getBoundingClientRect())) problems.push('covers the spotlighted control');
    // The open dialog's own buttons (Next, Done, Cancel…); on a page without a dialog only the spotlighted control counts.
    const modal = document.querySelector('[aria-modal="true"]');
    for (const b of modal?.querySelectorAll('button, [role="button"], input[type="submit"]') ?? []) {
      if (host.contains(b) || b.closest('[aria-hidden="true"]')) continue;
      if (hit(b.getBoundingClientRect())) problems.push(`covers the page's button "${(b.textContent ?? '').trim()}"`);
    }
    for (const e of document.querySelectorAll('[role="alert"], [data-testid="message-bar-error"]'))
      if (hit(e.getBoundingClientRect())) problems.push('covers the error');
    if (panel.left < 0 || panel.right > document.documentElement.clientWidth + 0.5 || panel.top < 0 || panel.bottom > innerHeight + 0.5)
      problems.push('outside the window');
    return problems;
  });
}

function overlayAt(page: Page, seen: string[]) {
  const host = page.locator('passkey-guide-overlay');
  return async (s: Screen) => {
    seen.push(s.id);
    await expect(host, s.id).toHaveAttribute('data-state', s.state);
    if (s.step) await expect(host, s.id).toHaveAttribute('data-step', s.step);
    else await expect(host, s.id).not.toHaveAttribute('data-step', /.+/);
    const want = s.id in TARGET ? TARGET[s.id] : s.target ? new RegExp(`^${s.target}$`) : null;
    if (want) await expect(host, s.id).toHaveAttribute('data-target', want);
    else await expect(host, s.id).not.toHaveAttribute('data-target', /.+/);
    // Default view: one step (or the prompt's explainer), never the whole list.
    await expect(host.locator('li[data-step]'), s.id).toHaveCount(s.state === 'sign-in-prompt' || s.state === 'error' ? 0 : 1);
    await expect.poll(() => coverage(page), { message: `${s.id}: callout placement`, timeout: 3000 }).toEqual([]);
    const text = host.locator('section.pg-panel');
    if (s.step === 'usb-nfc') await expect(text).toContainText('There is no Next on this screen');
    if (s.state === 'ceremony' || s.step === 'setting-up')
      await expect(text.locator('strong').last()).toHaveText(
        /iPhone, iPad, or Android device|Security key|This Windows device|Google Password Manager|iCloud Keychain|Microsoft Edge/,
      );
    if (s.id === 'created' || s.id === 'register-created') await expect(host.locator('.pg-success')).toContainText('sign in once with your new passkey');
    if (s.step === 'authenticator-app-qr') await expect(text).toContainText('not a passkey');
    if (s.step === 'name') await expect(text.locator('strong')).toHaveText(['Next']);
  };
}

test('Flow A (app-first Authenticator): overlay at every screen', async ({ context }) => {
  const page = await context.newPage();
  const seen: string[] = [];
  await driveFlowA(page, { at: overlayAt(page, seen), recognize: false });
  expect(seen).toEqual(['list', 'picker', 'create-in-app', 'finish-in-app', 'created']);
});

test('Flow A′ (Having trouble? → QR with a virtual phone): overlay at every screen', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'hybrid' });
  const seen: string[] = [];
  // The driver's first screens are the app-first ones; the overlay's guide follows the page into the fallback.
  TARGET['finish-in-app'] = /^wizard-(having-trouble|next)$/;
  try {
    await driveFlowAFallback(page, { at: overlayAt(page, seen), recognize: false });
  } finally {
    delete TARGET['finish-in-app'];
  }
  expect(seen).toContain('devices-ready');
});

test('Flow B (Passkey, platform authenticator): overlay at every screen', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'internal' });
  const seen: string[] = [];
  await driveFlowB(page, { at: overlayAt(page, seen), recognize: false });
  expect(seen).toContain('name');
});

test('Security key via Passkey and via the legacy USB entry: overlay at every screen', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'usb' });
  const seen: string[] = [];
  await driveKeyViaPasskey(page, { at: overlayAt(page, seen), recognize: false });
  await driveKeyLegacy(page, { at: overlayAt(page, seen), recognize: false });
  expect(seen).toContain('key-type');
  // The USB/NFC screen switched the overlay to the security-key guide.
  await expect(page.locator('passkey-guide-overlay')).toHaveAttribute('data-guide', 'security-key');
});

test('Authenticator app wizard (not a passkey): the overlay says so', async ({ context }) => {
  const page = await context.newPage();
  const seen: string[] = [];
  await driveAuthenticatorApp(page, { at: overlayAt(page, seen), recognize: false });
  expect(seen).toContain('app-qr');
});

test('Sign-in prompt → ceremony → name → Passkey created: overlay on all three hosts, same guide throughout', async ({ context }) => {
  const page = await context.newPage();
  await addVirtualAuthenticator(page, { transport: 'internal' });
  const seen: string[] = [];
  const guides = new Set<string | null>();
  const at = overlayAt(page, seen);
  await driveSignInPrompt(
    page,
    {
      recognize: false,
      at: async (s) => {
        await at(s);
        guides.add(await page.locator('passkey-guide-overlay').getAttribute('data-guide'));
      },
    },
    'proofup',
  );
  expect(seen).toEqual(['proofup', 'prompt', 'ceremony', 'register-name', 'register-created', 'list']);
  expect(guides.size, 'the place (guide) survives the hops between hosts').toBe(1);
});
