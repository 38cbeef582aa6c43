/**
 * Hardening (docs/enterprise.md): removes Preact's only `innerHTML` write — the dangerouslySetInnerHTML path —
 * from the bundle, because nothing in this project may use it. Also fails the build if our own code
 * ever mentions dangerouslySetInnerHTML, so the stripped path can never be needed.
 * Result: `web-ext lint` has no UNSAFE_VAR_ASSIGNMENT warning, and no data can reach innerHTML.
 *
 * If a Preact upgrade changes the minified code so the patterns no longer match, the build fails
 * loudly (rather than silently shipping innerHTML again).
 */
import type { Plugin } from 'vite';

// `<dom>.innerHTML=<props>.__html` (the write) and `<props>.__html==<dom>.innerHTML` (a compare).
const WRITE = /\b[\w$]+\.innerHTML=[\w$]+\.__html\b/g;
const COMPARE = /\b[\w$]+\.__html==[\w$]+\.innerHTML\b/g;

export function stripPreactInnerHtml(): Plugin {
  return {
    name: 'passkey-guide:strip-preact-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(file)) {
        const writes = code.match(WRITE)?.length ?? 0;
        if (writes !== 1) this.error(`expected exactly one innerHTML write in ${file}, found ${writes}: update scripts/vite-strip-innerhtml.ts`);
        return { code: code.replace(WRITE, 'void 0').replace(COMPARE, '!1'), map: null };
      }
      if (!file.includes('node_modules') && /\.(t|j)sx?$/.test(file) && code.includes('dangerouslySetInnerHTML')) {
        this.error(`${file} uses dangerouslySetInnerHTML, which this project forbids (see scripts/vite-strip-innerhtml.ts)`);
      }
      return null;
    },
  };
}
