// Serves the three Microsoft hosts the extension runs on from local replicas, so the content script runs on the
// real URLs with no network:
//   https://mysignins.microsoft.com/**   → the Fluent UI replica (SPA: index.html for every path), or the older
//                                          small replica ('replica'), or a saved page (test/fixtures/pages[-2026]/)
//   https://login.microsoftonline.com/** → the sign-in host replica (password page, MFA, proof-up, passkey prompt)
//   https://login.microsoft.com/**       → the ceremony page (/{tenant}/fido/create)
// Shared by test/browser/flows-2026.spec.ts, the overlay specs and the bench. Built replicas are cached
// (scripts/build-replica.mjs); call ensureReplica() once in a global setup or beforeAll.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { FIXTURES, routeSecurityInfo } from './browser.mjs';
import { REPLICA_OUT, buildReplica } from '../../scripts/build-replica.mjs';

export const MYSIGNINS = 'https://mysignins.microsoft.com';
export const LOGIN = 'https://login.microsoftonline.com';
export const CEREMONY = 'https://login.microsoft.com';
/** The tenant the replica's sign-in pages use in their URLs. */
export const REPLICA_TENANT = '00000000-0000-0000-0000-0000000000c0';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Builds the Fluent replica unless the cached build is current (fast when nothing changed). */
export function ensureReplica() {
  return buildReplica();
}

async function serve(route, file) {
  if (!existsSync(file)) return route.fulfill({ status: 404, body: `No replica file ${file}` });
  await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
}

/** A replica asset (/__replica/assets/…) on any of the hosts, else null. */
function asset(url) {
  if (!url.pathname.startsWith('/__replica/')) return null;
  const file = join(REPLICA_OUT, url.pathname.slice('/__replica/'.length));
  return file.startsWith(REPLICA_OUT) ? file : null;
}

/**
 * Routes all three hosts on a page or context. `securityInfo`: 'fluent' (default, the 2026 Fluent replica),
 * 'replica' (the older small replica), or a saved page name: `2026/<name>` from test/fixtures/pages-2026,
 * otherwise from test/fixtures/pages (legacy 2024 set). Sign-in pages: `signIn: '2026/<name>'` serves a saved
 * page for every login.microsoftonline.com URL instead of the live replica.
 */
export async function routeMicrosoftHosts(target, { securityInfo = 'fluent', signIn = 'fluent', ceremony = 'fluent' } = {}) {
  if (securityInfo === 'fluent') {
    await target.route(`${MYSIGNINS}/**`, (route) => {
      const url = new URL(route.request().url());
      return serve(route, asset(url) ?? join(REPLICA_OUT, 'index.html'));
    });
  } else if (securityInfo.startsWith('2026/')) {
    await target.route(`${MYSIGNINS}/**`, (route) => serve(route, join(FIXTURES, 'pages-2026', `${securityInfo.slice(5)}.html`)));
  } else {
    await routeSecurityInfo(target, securityInfo);
  }
  const hostRoute = (name) => (route) => {
    const url = new URL(route.request().url());
    const a = asset(url);
    if (a) return serve(route, a);
    if (name !== 'fluent') return serve(route, join(FIXTURES, 'pages-2026', `${name.replace(/^2026\//, '')}.html`));
    return serve(route, join(REPLICA_OUT, 'login.html'));
  };
  await target.route(`${LOGIN}/**`, hostRoute(signIn));
  await target.route(`${CEREMONY}/**`, hostRoute(ceremony));
}

/** URLs of the replica screens, for tests that start somewhere in a flow. */
export const URLS = {
  securityInfo: (query = '') => `${MYSIGNINS}/security-info${query ? `?${query}` : ''}`,
  register: (query = '') => `${MYSIGNINS}/register${query ? `?${query}` : ''}`,
  /** pg: undefined (password page) | 'mfa' | 'proofup' | 'moreinfo' | 'prompt' | 'done'. */
  signIn: (pg, lang = 'en') => `${LOGIN}/${REPLICA_TENANT}/login?${pg ? `pg=${pg}&` : ''}lang=${lang}`,
  ceremony: (lang = 'en') => `${CEREMONY}/${REPLICA_TENANT}/fido/create?lang=${lang}`,
};
