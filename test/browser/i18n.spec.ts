/**
 * Overlay, popup and companion page in Japanese, Arabic and German (longest words) at phone and
 * desktop widths: right language and direction, no horizontal overflow and no clipped text.
 * Screenshots go to docs/screenshots/i18n-<surface>-<lang>-<width>.png for the docs.
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { ROOT } from '../harness/browser.mjs';
import { createTranslator } from '../../core/i18n';
import type { Language } from '../../core/types';

/** Expected texts come from the locale files, so wording fixes by translators don't break these tests. */
const tr = (lang: Language) => createTranslator(JSON.parse(readFileSync(resolve(ROOT, `locales/${lang}.json`), 'utf8')), lang);

const LANGS = ['ja', 'ar', 'de'] as const;
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

/**
 * Elements whose content is wider than their box (clipped or spilling), inside `root` (an element
 * or a shadow root), plus a page-level horizontal scrollbar. Ignores elements that scroll on purpose.
 */
async function overflowProblems(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const problems: string[] = [];
    const doc = root.ownerDocument;
    const base = root.shadowRoot ?? root;
    const elements = [...base.querySelectorAll('*')].filter((el) =>
      /^(P|H1|H2|H3|H4|LI|DT|DD|A|BUTTON|LABEL|SPAN|SUMMARY|TD|TH|SECTION|MAIN|DIV|NAV|HEADER|FOOTER)$/.test(el.tagName),
    );
    for (const el of elements) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (['auto', 'scroll'].includes(style.overflowX)) continue; // meant to scroll (e.g. code, tables)
      if (el.clientWidth <= 1) continue; // visually hidden (screen-reader-only text is clipped on purpose)
      if (style.clip !== 'auto' && style.clip !== '' && style.position === 'absolute') continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        problems.push(
          `<${el.tagName.toLowerCase()} class="${el.className}"> ${el.scrollWidth} > ${el.clientWidth}: "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        );
      }
    }
    const html = doc.documentElement;
    if (html.scrollWidth > html.clientWidth + 1) problems.push(`page scrolls horizontally: ${html.scrollWidth} > ${html.clientWidth}`);
    return problems;
  });
}

/** A message key shown instead of its text (missing message): "popup.title", "guides.shared.steps.x". */
const RAW_KEY = /\b(common|overlay|popup|companion|builder|admin|guides|engine|page|questions|link|diagnostic|options|warnings)\.[\w-]+(\.[\w-]+)*/g;

async function rawKeys(scope: Locator): Promise<string[]> {
  const text = await scope.evaluate((el) => {
    const root = el.shadowRoot ?? el;
    const attrs = [...root.querySelectorAll('[aria-label],[title],[placeholder],[alt]')].map((e) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? '').join(' '),
    );
    return [
      root instanceof ShadowRoot ? [...root.children].map((c) => (c as HTMLElement).innerText ?? '').join(' ') : (el as HTMLElement).innerText,
      ...attrs,
    ].join(' ');
  });
  return [...new Set(text.match(RAW_KEY) ?? [])];
}

async function setStoredLanguage(page: Page, lang: string) {
  type Chrome = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
  await page.evaluate((l) => (globalThis as unknown as Chrome).chrome.storage.local.set({ 'pg:language': l }), lang);
}

async function shoot(target: Locator, name: string) {
  await target.screenshot({ path: `${process.env.PG_SCREENSHOTS ?? '.cache/screenshots'}/i18n-${name}.png`, animations: 'disabled', scale: 'css' });
}

for (const lang of LANGS) {
  test(`${lang}: popup, companion page and overlay are localized, ${lang === 'ar' ? 'right to left' : 'left to right'}, and nothing overflows`, async ({
    openExtensionPage,
    openSecurityInfo,
  }) => {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';

    // Companion page, language from the guided link.
    const guide = await openExtensionPage(`guide.html?lang=${lang}`);
    await expect(guide.locator('html')).toHaveAttribute('lang', lang);
    await expect(guide.locator('html')).toHaveAttribute('dir', dir);
    await expect(guide.locator('h1')).not.toBeEmpty();

    // The user's choice (storage.local pg:language) drives the popup and the overlay.
    await setStoredLanguage(guide, lang);
    const popup = await openExtensionPage('popup.html');
    await expect(popup.locator('html')).toHaveAttribute('lang', lang);
    await expect(popup.locator('html')).toHaveAttribute('dir', dir);
    await expect(popup.locator('main[aria-busy="true"]')).toHaveCount(0);

    const site = await openSecurityInfo('method-list.en');
    const host = site.locator('passkey-guide-overlay');
    await expect(host).toHaveAttribute('data-state', /.+/);
    const panel = host.locator('[lang]').first();
    await expect(panel).toHaveAttribute('lang', lang);
    await expect(panel).toHaveAttribute('dir', dir);

    for (const [widthName, size] of Object.entries(WIDTHS)) {
      for (const [surface, page, target] of [
        ['popup', popup, popup.locator('body')],
        ['companion', guide, guide.locator('body')],
        ['overlay', site, panel],
      ] as const) {
        // The popup is at most 800×600 in a real browser; at desktop width show it at its own size.
        await page.setViewportSize(surface === 'popup' && widthName === 'desktop' ? { width: 420, height: 600 } : size);
        await expect
          .poll(async () => overflowProblems(surface === 'overlay' ? host : page.locator('html')), {
            message: `${surface} ${lang} ${widthName}: text wider than its box`,
          })
          .toEqual([]);
        if (surface !== 'overlay') await expect(page.locator('body')).toContainText(/\S/);
        expect(await rawKeys(surface === 'overlay' ? host : page.locator('body')), `${surface}: message keys shown instead of text`).toEqual([]);
        await shoot(target, `${surface}-${lang}-${widthName}`);
      }
    }
  });
}

test('run-time switch: the popup and the companion page change language (Arabic right to left), share the stored choice, and a guided link still wins', async ({
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
  // The toolbar tooltip comes from _locales (action.default_title = __MSG_actionTitle__).
  type Action = { chrome: { action: { getTitle(details: object): Promise<string> } } };
  expect(await popup.evaluate(() => (globalThis as unknown as Action).chrome.action.getTitle({}))).toBe(tr('en')('common.actionTitle'));

  const popupPicker = popup.locator('[data-language-picker] select');
  await popupPicker.selectOption('ar');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(popup.locator('h1')).toHaveText(tr('ar')('common.nextStep'));
  await expect(popup.locator('[data-capability="platform"] dt')).toHaveText(tr('ar')('popup.platform'));
  await popupPicker.selectOption('de');
  await expect(popup.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(popup.locator('h1')).toHaveText(tr('de')('common.nextStep'));
  // The "Device and browser" row is localized too (no English "unknown"/"desktop").
  await expect(popup.locator('[data-capability="platform"] dd')).toContainText(tr('de')('popup.device.formFactor.desktop'));

  // The companion page opens in the stored choice, and switches on its own.
  const guide = await openExtensionPage('guide.html');
  await expect(guide.locator('html')).toHaveAttribute('lang', 'de');
  await expect(guide.locator('h1')).toHaveText(tr('de')('companion.title'));
  await guide.locator('header [data-language-picker] select').selectOption('ar');
  await expect(guide.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(guide.locator('h1')).toHaveText(tr('ar')('companion.title'));
  await expect(guide).toHaveTitle(`${tr('ar')('companion.title')} – Passkey Guide`);

  // Remembered for the popup's next opening.
  await popup.reload();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(popup.locator('[data-language-picker] select')).toHaveValue('ar');

  // A guided link's language beats the stored choice.
  const linked = await openExtensionPage('guide.html?v=1&lang=ja');
  await expect(linked.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(linked.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(linked.locator('h1')).toHaveText(tr('ja')('companion.title'));
});
