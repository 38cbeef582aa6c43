/**
 * The standalone companion site: the same Preact app as the extension's /guide.html, built as plain
 * static files (no server code, no extension API) into site-dist/. Relative asset paths (`base: './'`)
 * so it can be hosted in any folder (intranet, SharePoint, static hosting).
 *
 * Build-time organization (docs/guided-links.md "Hosting the site for your organization"):
 * PG_SITE_ORG=<path to a JSON file> (default: site/organization.json when it exists) with the managed
 * policy's own keys organizationName, tenant, helpDeskName, helpDeskUrl, helpDeskPhone, helpDeskEmail.
 * It is validated by the policy parser; an unknown key or an invalid value fails the build (a hosted page
 * must never silently fall back to trusting links). When a value is set, a guided link's value for it is
 * ignored (core/guidedLink.ts trustedContext).
 * PG_SITE_OUT_DIR: output folder (default site-dist/), so parallel builds and tests do not collide.
 * No other environment variable is read (envDir: false): nothing else can leak into the bundle.
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePolicy } from './core/policy';
import { stripPreactInnerHtml } from './scripts/vite-strip-innerhtml';
import { thirdPartyNotices } from './scripts/vite-licence-notices';

const root = import.meta.dirname;

/** The managed-policy keys a hosted site may set at build time. */
export const SITE_ORG_KEYS = ['organizationName', 'tenant', 'helpDeskName', 'helpDeskUrl', 'helpDeskPhone', 'helpDeskEmail'] as const;

/** Reads and validates the organization file; throws (fails the build) on anything it cannot use. */
export function readSiteOrganization(file: string | undefined): Record<string, string> | null {
  const path = file ? resolve(file) : resolve(root, 'site/organization.json');
  if (!existsSync(path)) {
    if (file) throw new Error(`PG_SITE_ORG: no file at ${path}`);
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: not valid JSON (${String(err)})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${path}: expected a JSON object`);
  const extra = Object.keys(raw).filter((k) => !(SITE_ORG_KEYS as readonly string[]).includes(k));
  if (extra.length) throw new Error(`${path}: unknown keys ${extra.join(', ')} (allowed: ${SITE_ORG_KEYS.join(', ')})`);
  const parsed = parsePolicy(raw);
  if (parsed.ignored.length) {
    throw new Error(`${path}: invalid values: ${parsed.ignored.map((i) => `${i.key} (${i.reason.replace('admin.reason.', '')})`).join(', ')}`);
  }
  const { policy } = parsed;
  const out: Record<string, string> = {};
  const set = (key: string, value: string | null) => {
    if (value !== null) out[key] = value;
  };
  set('organizationName', policy.organizationName);
  set('tenant', policy.tenant);
  set('helpDeskName', policy.helpDesk.name);
  set('helpDeskUrl', policy.helpDesk.url);
  set('helpDeskPhone', policy.helpDesk.phone);
  set('helpDeskEmail', policy.helpDesk.email);
  return out;
}

const organization = readSiteOrganization(process.env.PG_SITE_ORG);

export default defineConfig({
  root: resolve(root, 'site'),
  base: './',
  envDir: false,
  publicDir: false,
  plugins: [preact(), stripPreactInnerHtml(), thirdPartyNotices()],
  // site/main.tsx reads it (null: no organization file; link values are then shown as unverified).
  define: { __PG_SITE_ORG__: JSON.stringify(organization) },
  resolve: { alias: { '@': root, '~': root } },
  build: {
    outDir: resolve(root, process.env.PG_SITE_OUT_DIR ?? 'site-dist'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
});
