import type { Decision, GuideStep } from '@/core/engine';
import type { UncheckedTranslate } from '@/core/i18n';
import { LANGUAGE_NAMES, textDirection } from '@/core/i18n';
import type { PageRecognition } from '@/core/page/recognize';
import { LANGUAGES, type GuideId, type Language } from '@/core/types';
import { stepText } from './model';

export interface OverlayPanelProps {
  t: UncheckedTranslate;
  lang: Language;
  page: PageRecognition;
  guide: GuideId;
  guides: GuideId[];
  steps: GuideStep[];
  warnings: Decision['warnings'];
  current: number;
  collapsed: boolean;
  side: 'end' | 'start';
  /** Live-region text; changes when the step changes. */
  announcement: string;
  /** The step was restored from storage after a new page load (login bounce); the page has not moved on yet. */
  resumed?: boolean;
  onToggleCollapse: () => void;
  onMove: () => void;
  onDismiss: () => void;
  onGuide: (guide: GuideId) => void;
  onLanguage: (lang: Language) => void;
}

/** The overlay's panel: stateless, everything comes from the content script's controller. */
export function OverlayPanel(p: OverlayPanelProps) {
  const { t, lang, page, steps, current } = p;
  const total = steps.length;
  const counter = { current: Math.min(current + 1, total), total };
  return (
    <section
      class={`pg-panel pg-side-${p.side}${p.collapsed ? ' pg-collapsed' : ''}`}
      role="region"
      aria-label={t('overlay.regionLabel', counter)}
      lang={lang}
      dir={textDirection(lang)}
    >
      <header class="pg-head">
        <h2 class="pg-title">{t('overlay.title')}</h2>
        <span class="pg-counter">{t('overlay.stepCounter', counter)}</span>
        <button type="button" class="pg-icon" aria-expanded={!p.collapsed} aria-label={t(p.collapsed ? 'overlay.expand' : 'overlay.collapse')} title={t(p.collapsed ? 'overlay.expand' : 'overlay.collapse')} onClick={p.onToggleCollapse} data-action="collapse">
          {p.collapsed ? '▴' : '▾'}
        </button>
        <button type="button" class="pg-icon" aria-label={t('overlay.move')} title={t('overlay.move')} onClick={p.onMove} data-action="move">
          {/* Drawn, not a text glyph: ⇄ is missing from common UI fonts, and the fallback font search cost the page
              several ms of layout on every load (issue #9). */}
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M2 5h11M10 2l3 3-3 3M14 11H3M6 8l-3 3 3 3" fill="none" stroke="currentColor" stroke-width="1.5" />
          </svg>
        </button>
        <button type="button" class="pg-icon" aria-label={t('overlay.dismiss')} title={t('overlay.dismiss')} onClick={p.onDismiss} data-action="dismiss">
          ✕
        </button>
      </header>
      <p class="pg-sr" aria-live="polite" aria-atomic="true">
        {p.announcement}
      </p>
      {!p.collapsed && (
        <div class="pg-body">
          {page.state === 'unknown' ? (
            <p class="pg-note" data-note="unrecognized">{t('overlay.unrecognized')}</p>
          ) : (
            <p class="pg-note">{t(`overlay.state.${page.state}`)}</p>
          )}
          {page.state === 'error' && page.error && (
            <p class="pg-error" role="alert" data-warning={`page-${page.error}`}>
              {t(`overlay.error.${page.error}`)}
            </p>
          )}
          {page.state === 'success' && <p class="pg-success">{t('overlay.success')}</p>}
          {p.resumed && (
            <p class="pg-note pg-resumed" data-note="resumed">
              {t('overlay.resumed', counter)}
            </p>
          )}
          {page.state === 'method-list' && page.hasPasskey && <p class="pg-note" data-note="has-passkey">{t('overlay.hasPasskey')}</p>}
          <ol class="pg-steps" data-guide={p.guide}>
            {steps.map((s, i) => (
              <li key={s.id} data-step={s.id} aria-current={i === current ? 'step' : undefined} class={i < current ? 'pg-done' : i === current ? 'pg-current' : undefined}>
                {stepText(t, p.guide, s)}
              </li>
            ))}
          </ol>
          {p.warnings.length > 0 && (
            <ul class="pg-warnings">
              {p.warnings.map((w) => (
                <li key={w} data-warning={w}>
                  {t(`engine.warnings.${w}`)}
                </li>
              ))}
            </ul>
          )}
          <div class="pg-controls">
            <label>
              {t('overlay.guide')}
              <select value={p.guide} onChange={(e) => p.onGuide((e.currentTarget as HTMLSelectElement).value as GuideId)} data-control="guide">
                {p.guides.map((g) => (
                  <option key={g} value={g}>
                    {t(`guides.${g}.title`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('common.language')}
              <select value={lang} onChange={(e) => p.onLanguage((e.currentTarget as HTMLSelectElement).value as Language)} data-control="language">
                {LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={l} dir={textDirection(l)}>
                    {LANGUAGE_NAMES[l]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
      )}
    </section>
  );
}
