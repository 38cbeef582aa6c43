// Launches a real Chromium with the built extension, and serves the Security info replica on its
// real URL. Shared by the browser tests, `npm start` and `npm run bench`. Never downloads a browser.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium } from '@playwright/test';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const SECURITY_INFO_ORIGIN = 'https://mysignins.microsoft.com';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** CHROME_PATH, then Debian's Chromium, then an installed Chrome or Edge. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium, Chrome or Edge found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or set CHROME_PATH to its executable. This project never downloads a browser.',
  );
}

export function extensionDir(browser = 'chrome-mv3') {
  const dir = resolve(ROOT, process.env.PG_OUT_DIR ?? '.output', browser);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run \`npm run build\` first.`);
  }
  return dir;
}

export function browserArgs(extDir) {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (extDir) args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  return args;
}

/**
 * A persistent context (extensions need one) with a throw-away profile under .cache/profiles.
 * `withExtension: false` gives the same browser without it (benchmarks compare the two).
 */
export async function launchBrowser({ headless = true, withExtension = true, viewport, locale } = {}) {
  const profile = join(ROOT, '.cache/profiles', randomUUID());
  mkdirSync(profile, { recursive: true });
  const extDir = withExtension ? extensionDir() : undefined;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless,
    viewport: viewport ?? { width: 1280, height: 800 },
    locale,
    args: browserArgs(extDir),
  });
  context.on('close', () => {
    // Chromium may still be flushing the profile; a leftover folder in .cache is harmless.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {}
  });
  return context;
}

export async function extensionIdOf(context) {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  return new URL(worker.url()).host;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves https://mysignins.microsoft.com/** from test/fixtures: a saved page state by name
 * (test/fixtures/pages/<name>.html, for every path), or the interactive replica app
 * ('replica': files under test/fixtures/replica/, index.html for every other path, as an SPA does).
 */
export async function routeSecurityInfo(target, pageName = 'replica') {
  await target.route(`${SECURITY_INFO_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    let file;
    if (pageName === 'replica') {
      const asset = join(FIXTURES, 'replica', url.pathname.replace(/^\/+/, ''));
      file = url.pathname.startsWith('/replica-assets/') && existsSync(asset) ? asset : join(FIXTURES, 'replica/index.html');
    } else {
      file = join(FIXTURES, 'pages', `${pageName}.html`);
    }
    if (!existsSync(file)) return route.fulfill({ status: 404, body: `No fixture ${file}` });
    await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

/**
 * Adds a CDP WebAuthn virtual authenticator to one tab (they are per tab): `internal` is a
 * platform authenticator (Windows Hello / Touch ID), `usb` a cross-platform security key.
 */
export async function addVirtualAuthenticator(page, { transport = 'internal', isUserVerified = true } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const options = {
    protocol: 'ctap2',
    transport,
    hasResidentKey: true,
    hasUserVerification: true,
    isUserVerified,
    automaticPresenceSimulation: true,
  };
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options });
  return { cdp, authenticatorId };
}
