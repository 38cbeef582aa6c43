// The pages the benchmark loads. Each is served on its real URL by Playwright routing (no network):
//   fluent:          the interactive Security info replica built with @fluentui/react (v8), the library the real
//                    page's markup comes from: realistic script weight and DOM size;
//   small:           the earlier hand-written Security info replica (a few kB of script);
//   password:        the sign-in host's password page (login.microsoftonline.com): not a registration page, the
//                    content script must cost almost nothing there and leave no observer running;
//   passkey-prompt:  the passkey registration prompt on login.microsoftonline.com.
// PG_BENCH_PAGES=fluent,small,… picks a subset (default: all that are available).
//
// A page says how it is ready (a performance mark of its own, else a selector), which overlay state the
// extension must show on it (with the extension the run also waits for that), whether it is a registration
// page, and (for the replicas) the clicks that move it between states for the latency benchmark.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, routeSecurityInfo } from '../../test/harness/browser.mjs';

/** The test harness's routing for the three Microsoft hosts and the Fluent replica (null while absent). */
async function harness() {
  const file = join(ROOT, 'test/harness/microsoftHosts.mjs');
  if (!existsSync(file)) return null;
  try {
    return await import(file);
  } catch (err) {
    console.warn(`[bench] test/harness/microsoftHosts.mjs did not load: ${err.message}`);
    return null;
  }
}

export async function loadPages() {
  const h = await harness();
  let hostsWhy = h ? '' : 'test/harness/microsoftHosts.mjs is missing';
  if (h) {
    try {
      await h.ensureReplica(); // builds .cache/fluent-replica once (cached by source hash)
    } catch (err) {
      hostsWhy = `the Fluent replica did not build: ${err.message}`;
    }
  }
  const hosts = !hostsWhy;
  /** @type {Record<string, any>} */
  const all = {
    fluent: {
      label: 'Fluent UI replica (Security info)',
      url: hosts ? h.URLS.securityInfo() : '',
      available: hosts,
      why: hostsWhy,
      route: (page) => h.routeMicrosoftHosts(page),
      // The replica's own mark when it has one, else its method list (rendered late, like the real app).
      ready: { mark: 'replica-ready', selector: 'main [role="list"]' },
      overlayState: 'method-list',
      registration: true,
      // The user's own clicks; each changes the page (dialogs and late rendering included), the overlay must follow.
      transitions: [
        { click: 'main button[data-icon-name="Add"], main .ms-Button:has(i[data-icon-name="Add"])', state: 'method-picker' },
        { click: '[data-testid="authmethod-picker-passkeyAuthenticator"]', state: 'wizard' },
        { click: '[data-testid="reskin-step-back-button"]', state: 'method-picker' },
        { click: '.ms-Dialog-button--close', state: 'method-list' },
      ],
    },
    small: {
      label: 'Small replica (Security info, 2024)',
      url: 'https://mysignins.microsoft.com/security-info',
      available: true,
      route: (page) => routeSecurityInfo(page, 'replica'),
      ready: { mark: 'replica-ready' },
      overlayState: 'method-list',
      registration: true,
      transitions: [
        { click: '[data-action="open-picker"]', state: 'method-picker' },
        { click: '[data-action="choose-auth-passkey"]', state: 'wizard' },
        { click: '[data-action="cancel"]', state: 'method-list' },
      ],
    },
    // Sign-in host pages, from the same replica (test/fixtures/fluent-replica/login.html).
    password: {
      label: 'Sign-in host: password page',
      url: hosts ? h.URLS.signIn() : '',
      available: hosts,
      why: hostsWhy,
      route: (page) => h.routeMicrosoftHosts(page),
      ready: { selector: 'input[type="password"]' },
      overlayState: null,
      registration: false,
      repeat: 2, // its target (≤ floor + 2 ms) is close to the noise of one pair: twice the pairs
    },
    'passkey-prompt': {
      label: 'Sign-in host: passkey prompt',
      url: hosts ? h.URLS.signIn('prompt') : '',
      available: hosts,
      why: hostsWhy,
      route: (page) => h.routeMicrosoftHosts(page),
      ready: { selector: '#idSIButton9' },
      overlayState: 'sign-in-prompt',
      registration: true,
    },
  };
  const wanted = (process.env.PG_BENCH_PAGES ?? Object.keys(all).join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of wanted) if (!all[id]) throw new Error(`PG_BENCH_PAGES: unknown page "${id}" (known: ${Object.keys(all).join(', ')})`);
  const pages = wanted.map((id) => ({ id, ...all[id] }));
  return { pages: pages.filter((p) => p.available), skipped: pages.filter((p) => !p.available).map((p) => ({ id: p.id, why: p.why })) };
}
