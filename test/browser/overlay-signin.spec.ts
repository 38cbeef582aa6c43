/**
 * The content script on Microsoft's sign-in hosts. On a password page it stops after its one cheap check:
 * V8 precise coverage (CDP) counts every call into the content script, and after that check the count stays
 * at zero however the page changes, and no overlay, observer or storage write is left. On the passkey prompt
 * it explains why, what comes next and what "Skip for now" means; on the ceremony page it names the option to
 * pick in the operating system's dialog; the user's place survives the hops between hosts.
 * The pages are small routed stand-ins for Microsoft's (ids and strings from public captures, see core/overlay/signInPage.ts).
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';

const LOGIN = 'https://login.microsoftonline.com';
const CEREMONY = 'https://login.microsoft.com';

const PASSWORD_PAGE = `<!doctype html><html lang="en"><head><title>Sign in to your account</title></head><body>
<form method="post" action="${LOGIN}/common/login"><div role="heading" aria-level="1">Enter password</div>
<input name="passwd" type="password" id="i0118" aria-label="Enter the password for user@contoso.com">
<input type="submit" id="idSIButton9" value="Sign in"></form><div id="churn"></div></body></html>`;

const PROMPT_PAGE = `<!doctype html><html lang="en"><head><title>Sign in to your account</title></head><body>
<main style="max-width:440px;margin:80px auto;font:15px Segoe UI,sans-serif"><h1>Sign in faster with your face, fingerprint, or PIN</h1>
<p>Your organization requires a passkey.</p>
<a href="#" id="otherOptions">Other options</a>
<div style="margin-top:24px;display:flex;gap:8px;justify-content:flex-end"><button type="button" id="skip">Skip for now</button>
<button type="button" id="idSIButton9" onclick="location.href='${CEREMONY}/contoso.onmicrosoft.com/fido/create'">Next</button></div></main></body></html>`;

const CEREMONY_PAGE = `<!doctype html><html lang="en"><head><title>Setting up your passkey...</title></head><body>
<main style="max-width:440px;margin:80px auto;font:15px Segoe UI,sans-serif"><h1>Setting up your passkey...</h1>
<p>Your device is opening a security window. Follow the instructions to finish setting up your passkey.</p>
<div style="display:flex;gap:8px;justify-content:flex-end"><button type="button">Cancel</button><button type="button" data-testid="primaryButton">Next</button></div></main></body></html>`;

async function route(page: Page) {
  const html = (body: string) => ({ status: 200, contentType: 'text/html; charset=utf-8', body });
  await page.route(`${LOGIN}/**`, (r) => r.fulfill(html(new URL(r.request().url()).pathname.includes('/prompt') ? PROMPT_PAGE : PASSWORD_PAGE)));
  await page.route(`${CEREMONY}/**`, (r) => r.fulfill(html(CEREMONY_PAGE)));
}

async function contentScriptCalls(cdp: CDPSession): Promise<number> {
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  return result
    .filter((script) => script.url.startsWith('chrome-extension://'))
    .flatMap((script) => script.functions)
    .reduce((sum, fn) => sum + (fn.ranges[0]?.count ?? 0), 0);
}

type Chrome = { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } };
/** What the content script may write (the background's own policy cache is not the content script's). */
async function stored(context: BrowserContext): Promise<Record<string, unknown>> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const all = await worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get(null));
  return Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'pg:policy-cache'));
}

test('password page on login.microsoftonline.com: one cheap check, then zero calls, no overlay, no storage writes', async ({ context }) => {
  const page = await context.newPage();
  await route(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  const before = await stored(context);
  await page.goto(`${LOGIN}/common/oauth2/v2.0/authorize?client_id=x`);
  await expect(page.getByRole('heading', { name: 'Enter password' })).toBeVisible();
  // The content script runs at document_idle: wait until its one check has certainly happened.
  await expect.poll(() => contentScriptCalls(cdp), { message: 'the content script ran its check' }).toBeGreaterThan(0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await contentScriptCalls(cdp); // reset the counters

  // Everything a page and a user do: DOM churn, typing a password, focus, scroll, resize, messages, navigation events.
  await page.locator('#i0118').fill('not-a-real-password');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const box = document.getElementById('churn')!;
        let i = 0;
        const tick = () => {
          box.replaceChildren(...Array.from({ length: 30 }, (_, k) => Object.assign(document.createElement('span'), { textContent: `row ${i}-${k}` })));
          document.body.setAttribute('aria-hidden', String(i % 2 === 0));
          window.postMessage({ type: 'ping', i }, '*');
          history.pushState({}, '', `?step=${i}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
          window.scrollTo(0, i);
          if (++i < 40) setTimeout(tick, 4);
          else requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        };
        tick();
      }),
  );
  await page.setViewportSize({ width: 500, height: 700 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  expect(await contentScriptCalls(cdp), 'calls into the content script after its first check').toBe(0);
  await expect(page.locator('passkey-guide-overlay')).toHaveCount(0);
  expect(await stored(context), 'no storage writes').toEqual(before);
});

test('sign-in prompt → ceremony: why, what comes next, Skip for now; the OS dialog option; the place carried across hosts', async ({ context }) => {
  const page = await context.newPage();
  await route(page);
  await page.goto(`${LOGIN}/common/prompt`);
  const host = page.locator('passkey-guide-overlay');
  await expect(host).toHaveAttribute('data-state', 'sign-in-prompt');
  await expect(host).toHaveAttribute('data-target', 'signin-next');
  const explain = host.locator('[data-note="sign-in-prompt"]');
  // Why (the organization, through Microsoft), what the next screens are on this device, what "Skip for now" means.
  await expect(explain.locator('[data-note="why"]')).toContainText('protect your work account');
  await expect(explain.locator('[data-note="next"]')).toContainText(/Next/);
  await expect(explain.locator('[data-note="skip"]')).toContainText(/Skip for now postpones/);
  const guide = await host.getAttribute('data-guide');
  await expect.poll(async () => (await stored(context))['pg:wizard-place']).toMatchObject({ guide });

  // The callout covers neither Next nor Skip for now.
  for (const name of ['Next', 'Skip for now']) {
    const button = (await page.getByRole('button', { name }).boundingBox())!;
    const panel = (await host.locator('section.pg-panel').boundingBox())!;
    const overlaps =
      button.x < panel.x + panel.width && button.x + button.width > panel.x && button.y < panel.y + panel.height && button.y + button.height > panel.y;
    expect(overlaps, `${name} stays clear`).toBe(false);
  }

  // The page's own Next still works and leads to the ceremony host.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/login\.microsoft\.com\/contoso\.onmicrosoft\.com\/fido\/create/);
  await expect(host).toHaveAttribute('data-state', 'ceremony');
  await expect(host).toHaveAttribute('data-guide', guide ?? '');
  await expect(host).toHaveAttribute('data-target', 'ceremony-next');
  const option = host.locator('[data-note="ceremony"] strong').nth(1);
  await expect(option).toHaveText(/iPhone, iPad, or Android device|Security key|This Windows device|Google Password Manager|iCloud Keychain|Microsoft Edge/);
});
