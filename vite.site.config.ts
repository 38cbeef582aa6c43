/**
 * The standalone companion site: the same Preact app as the extension's /guide.html, built as plain
 * static files (no server code, no extension API) into site-dist/. Relative asset paths (`base: './'`)
 * so it can be hosted in any folder (intranet, SharePoint, static hosting).
 * Deliberately ignores PG_OUT_DIR and every other environment variable: the output is always site-dist/.
 */
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  root: resolve(root, 'site'),
  base: './',
  envDir: false,
  publicDir: false,
  plugins: [preact()],
  resolve: { alias: { '@': root, '~': root } },
  build: {
    outDir: resolve(root, 'site-dist'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
});
