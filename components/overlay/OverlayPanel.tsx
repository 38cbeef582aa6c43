import type { Decision, Message } from '@/core/engine';
import type { UncheckedTranslate } from '@/core/i18n';
import { LANGUAGE_NAMES, textDirection } from '@/core/i18n';
import type { OverlayView } from '@/core/overlay/reducer';
import { LANGUAGES, type GuideId, type Language } from '@/core/types';
import { boldSegments, screenKey, stepText } from './model';

export interface OverlayPanelProps {
  t: UncheckedTranslate;
  lang: Language;
  view: OverlayView;
  guides: GuideId[];
  warnings: Decision['warnings'];
  /** Organization name or logo text from policy. */
  organization: string | null;
  /** "Why am I asked?" lines for the sign-in prompt (the engine's, in order). */
  whyAsked: Message[];
  /** Page error id → i18n key of its most specific fix (the engine's). */
  fixes: Record<string, string>;
  /** Help-desk contact from policy ("IT Service Desk, +1 555 0100"), or null. */
  helpDesk: string | null;
  /** Params for this screen's text: the OS dialog choice, the page's own button name, the deadline. */
  params: Record<string, string>;
  /** The page error id (error screens). */
  error: string | null;
  hasPasskey: boolean | null;
  /** Live-region text; changes when the step changes. */
  announcement: string;
  onToggleAll: () => void;
  onHide: () => void;
  onOpen: () => void;
  onGuide: (guide: GuideId) => void;
  onLanguage: (lang: Language) => void;
}

function Rich({ text }: { text: string }) {
  // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed string; their order is their identity.
  return <span data-rich>{boldSegments(text).map((s, i) => (s.bold ? <strong key={i}>{s.text}</strong> : s.text))}</span>;
}

/** The fix for this page error: the engine's most specific employee-facing fix, else the overlay's own text. */
function errorFix(t: UncheckedTranslate, error: string, fixes: Record<string, string>): string {
  const key = fixes[error];
  const text = key ? t(key) : '';
  return text && text !== key ? text : t(`overlay.error.${error}`);
}

/**
 * Microsoft's sign-in prompt: why the organization asks, what the next screens are on this device, and what
 * "Skip for now" means (the engine's "why am I asked" lines); the rest of the answer under the toggle.
 */
function SignInPrompt(p: OverlayPanelProps) {
  const { t, view } = p;
  const lines = p.whyAsked.length > 0 ? p.whyAsked : [{ key: 'engine.whyAsked.who' }];
  const first = lines.filter((l) => /\.(who|who-org|skip|deadline|deadline-passed)$/.test(l.key));
  const more = lines.filter((l) => !first.includes(l));
  return (
    <div class="pg-explain" data-note="sign-in-prompt">
      <p data-note="why">
        <Rich text={t(first[0]!.key, first[0]!.params)} />
      </p>
      <p data-note="next">
        <Rich text={t(`overlay.signIn.next.${view.guide}`, p.params)} />
      </p>
      {first.slice(1).map((l) => (
        <p key={l.key} data-note={l.key.endsWith('.skip') ? 'skip' : 'deadline'}>
          <Rich text={t(l.key, l.params)} />
        </p>
      ))}
      {view.allSteps &&
        more.map((l) => (
          <p key={l.key} class="pg-more">
            {t(l.key, l.params)}
          </p>
        ))}
    </div>
  );
}

/** The overlay: a compact callout (one step) beside the control, or a small launcher. Stateless. */
export function OverlayPanel(p: OverlayPanelProps) {
  const { t, lang, view } = p;
  const dir = textDirection(lang);
  if (view.mode === 'none') return null;
  if (view.mode === 'launcher') {
    return (
      <button type="button" class="pg-launcher" lang={lang} dir={dir} data-action="open" onClick={p.onOpen}>
        {t('overlay.open')}
      </button>
    );
  }
  const steps = view.steps;
  const total = steps.length;
  const counter = { current: Math.min(view.current + 1, Math.max(total, 1)), total };
  const key = screenKey(view);
  const screen = key ? t(key, p.params) : null;
  const lead = screen ?? (steps[view.current] ? stepText(t, view.guide, steps[view.current]!) : null);
  const showCounter = total > 0 && view.kind !== 'sign-in-prompt' && view.kind !== 'ceremony';
  return (
    <section class="pg-panel" aria-label={t('overlay.regionLabel', counter)} lang={lang} dir={dir} data-kind={view.kind}>
      <header class="pg-head">
        <span class="pg-title">
          {p.organization ? (
            <span class="pg-org" data-org>
              {p.organization}
            </span>
          ) : null}
          <span>{t('overlay.title')}</span>
        </span>
        {showCounter && <span class="pg-counter">{t('overlay.stepCounter', counter)}</span>}
      </header>
      <p class="pg-sr" aria-live="polite" aria-atomic="true">
        {p.announcement}
      </p>
      <div class="pg-body">
        {view.kind === 'unrecognized' && (
          <p class="pg-note" data-note="unrecognized">
            {t('overlay.unrecognized')}
          </p>
        )}
        {view.resumed && (
          <p class="pg-note pg-resumed" data-note="resumed">
            {t('overlay.resumed', counter)}
          </p>
        )}
        {view.kind === 'error' && p.error && (
          <div class="pg-error" role="alert" data-warning={`page-${p.error}`}>
            <Rich text={errorFix(t, p.error, p.fixes)} />
            {p.helpDesk && (
              <p class="pg-helpdesk" data-note="help-desk">
                {t('overlay.helpDesk', { contact: p.helpDesk })}
              </p>
            )}
          </div>
        )}
        {view.kind === 'sign-in-prompt' && <SignInPrompt {...p} />}
        {view.allSteps && lead && view.kind !== 'sign-in-prompt' && (
          <p class="pg-now">
            <Rich text={lead} />
          </p>
        )}
        {total > 0 && view.kind !== 'sign-in-prompt' && (view.kind !== 'error' || view.allSteps) && (
          <ol class={`pg-steps${view.allSteps ? '' : ' pg-one'}`} data-guide={view.guide} start={view.allSteps ? 1 : counter.current}>
            {steps.map((s, i) =>
              view.allSteps || i === view.current ? (
                <li
                  key={s.id}
                  data-step={s.id}
                  aria-current={i === view.current ? 'step' : undefined}
                  class={
                    i < view.current
                      ? 'pg-done'
                      : i === view.current
                        ? `pg-current${view.kind === 'success' && !view.allSteps ? ' pg-success' : ''}`
                        : undefined
                  }
                  data-note={!view.allSteps && view.kind !== 'step' && view.kind !== 'unrecognized' ? view.kind : undefined}
                >
                  {view.allSteps || !screen ? stepText(t, view.guide, s) : <Rich text={screen} />}
                </li>
              ) : null,
            )}
          </ol>
        )}
        {!view.allSteps && view.kind === 'step' && view.state === 'method-list' && p.hasPasskey && (
          <p class="pg-note" data-note="has-passkey">
            {t('overlay.hasPasskey')}
          </p>
        )}
        {view.allSteps && p.warnings.length > 0 && (
          <ul class="pg-warnings">
            {p.warnings.map((w) => (
              <li key={w} data-warning={w}>
                {t(`engine.warnings.${w}`)}
              </li>
            ))}
          </ul>
        )}
        {view.allSteps && (
          <div class="pg-controls">
            <label>
              {t('overlay.guide')}
              <select value={view.guide} onChange={(e) => p.onGuide((e.currentTarget as HTMLSelectElement).value as GuideId)} data-control="guide">
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
        )}
      </div>
      <footer class="pg-foot">
        {(total > 0 || view.kind === 'sign-in-prompt') && (
          <button type="button" class="pg-link" aria-expanded={view.allSteps} onClick={p.onToggleAll} data-action="all-steps">
            {view.kind === 'sign-in-prompt' ? t('engine.whyAsked.title') : t(view.allSteps ? 'overlay.fewerSteps' : 'overlay.allSteps')}
          </button>
        )}
        <button type="button" class="pg-link" onClick={p.onHide} data-action="dismiss">
          {t('overlay.hide')}
        </button>
      </footer>
    </section>
  );
}
