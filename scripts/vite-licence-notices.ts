/**
 * Licence notices for what the bundles include (MIT, MPL-2.0 and similar licences require the notice to
 * travel with the code). For every build this plugin:
 * - finds the npm packages whose modules ended up in the output (from the chunks' module ids, so only what
 *   is really bundled, e.g. webextension-polyfill (MPL-2.0), preact, @simplewebauthn/browser, ua-parser-js, uqr);
 * - writes THIRD_PARTY_NOTICES.txt next to the bundles: each package's name, version, licence, homepage and
 *   its own LICENSE text as published in the package;
 * - puts a one-line `/*! … *\/` banner at the top of each chunk that contains third-party code, naming the
 *   packages and their licences and pointing to THIRD_PARTY_NOTICES.txt (kept by minifiers).
 * WXT runs several Vite builds into one folder (pages, then each content script): the packages seen are
 * collected across them, and each build writes the notices of everything seen so far, so the last file
 * written covers every bundle.
 */
import type { Plugin } from 'vite';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

interface PackageInfo {
  name: string;
  version: string;
  license: string;
  homepage: string | null;
  text: string;
}

/** `…/node_modules/@scope/name/dist/x.js` → `…/node_modules/@scope/name` (the innermost package). */
export function packageDirOf(id: string): string | null {
  const file = id.split('?')[0]!.replace(/^\0/, '');
  const marker = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return null;
  const rest = file.slice(at + marker.length).split(sep);
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return null;
  return file.slice(0, at + marker.length) + rest.slice(0, depth).join(sep);
}

function readPackage(dir: string): PackageInfo | null {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return null;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string; license?: unknown; homepage?: string; repository?: unknown };
  if (!pkg.name) return null;
  const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i.test(f));
  const license = typeof pkg.license === 'string' ? pkg.license : 'see the package';
  return {
    name: pkg.name,
    version: pkg.version ?? '?',
    license,
    homepage: pkg.homepage ?? null,
    text: licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `(no licence file in the package; licence: ${license})`,
  };
}

/** The notices file for a set of packages (sorted by name). */
export function renderNotices(packages: PackageInfo[]): string {
  const sorted = [...packages].sort((a, b) => a.name.localeCompare(b.name));
  const head = [
    'Passkey Guide: third-party software notices',
    '',
    'This build includes the following third-party packages. Each is used under its licence, reproduced below.',
    '',
    ...sorted.map((p) => `- ${p.name} ${p.version} (${p.license})${p.homepage ? ` ${p.homepage}` : ''}`),
    '',
  ];
  const bodies = sorted.map((p) => [`${'='.repeat(72)}`, `${p.name} ${p.version}: ${p.license}`, `${'='.repeat(72)}`, '', p.text, ''].join('\n'));
  return [...head, ...bodies].join('\n');
}

/** The comment put at the top of a chunk: short, no line breaks, never closes early. */
export function bannerFor(packages: PackageInfo[]): string {
  const list = [...packages]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => `${p.name} (${p.license})`)
    .join(', ');
  return `/*! Passkey Guide. Includes ${list}. Licences: ${NOTICES_FILE} */`.replace(/\*\/(?=.)/g, '* /');
}

const seen = new Map<string, PackageInfo>();

export function thirdPartyNotices(): Plugin {
  return {
    name: 'passkey-guide:licence-notices',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const here = new Map<string, PackageInfo>();
        for (const id of chunk.moduleIds) {
          const dir = packageDirOf(id);
          if (!dir) continue;
          const info = seen.get(dir) ?? readPackage(dir);
          if (!info) continue;
          seen.set(dir, info);
          here.set(info.name, info);
        }
        if (here.size > 0) chunk.code = `${bannerFor([...here.values()])}\n${chunk.code}`;
      }
      const unique = new Map<string, PackageInfo>();
      for (const info of seen.values()) unique.set(`${info.name}@${info.version}`, info);
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: renderNotices([...unique.values()]) });
    },
  };
}
