/**
 * Renders the toolbar / extensions-page / store icons from the SVG sources in assets/icon/ into
 * public/icon/{16,32,48,128}.png (WXT puts public/icon/<size>.png into the manifest's icons and
 * action.default_icon). The PNGs are committed; run this after changing an SVG:
 *
 *   node scripts/render-icons.mjs            (uses Chromium at $CHROMIUM or /usr/bin/chromium)
 *
 * 16 px uses its own simplified drawing (icon-16.svg); the others scale icon.svg. A preview of all
 * sizes on a light and a dark toolbar is written to .cache/icon-preview.png.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svg = (name) => readFileSync(resolve(root, 'assets/icon', name), 'utf8');
const SIZES = [16, 32, 48, 128];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(resolve(root, 'public/icon'), { recursive: true });
  for (const size of SIZES) {
    const source = size === 16 ? svg('icon-16.svg') : svg('icon.svg');
    const url = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${url}" width="${size}" height="${size}" style="display:block">`);
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(resolve(root, `public/icon/${size}.png`), png);
  }
  // Preview: every size at 1:1 and 4x, on a light and a dark toolbar.
  const cells = () =>
    SIZES.map(
      (s) =>
        `<img src="/${s}" width="${s}" height="${s}"><img src="/${s}" width="${Math.min(s * 4, 128)}" height="${Math.min(s * 4, 128)}" style="image-rendering:pixelated">`,
    ).join('');
  const data = Object.fromEntries(SIZES.map((s) => [s, readFileSync(resolve(root, `public/icon/${s}.png`)).toString('base64')]));
  const html = `<style>body{margin:0;font:12px sans-serif}div{display:flex;gap:16px;align-items:center;padding:12px}</style>
    <div style="background:#f3f3f3">${cells()}</div><div style="background:#202124">${cells()}</div><div style="background:#3c3c3c">${cells()}</div>`.replace(
    /src="\/(\d+)"/g,
    (_, s) => `src="data:image/png;base64,${data[s]}"`,
  );
  await page.setViewportSize({ width: 900, height: 480 });
  await page.setContent(html);
  mkdirSync(resolve(root, '.cache'), { recursive: true });
  await page.screenshot({ path: resolve(root, '.cache/icon-preview.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log('public/icon/{16,32,48,128}.png written; preview: .cache/icon-preview.png');
