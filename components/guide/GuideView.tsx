/**
 * Shared, stateless guide renderer (overlay, companion page, popup).
 * Contracts: root data-guide=<id>, each step data-step=<id>, each warning data-warning=<id>.
 */
import type { Decision } from '../../core/engine';
import { troubleshootingFor } from '../../core/engine';
import type { Translate, UncheckedTranslate } from '../../core/i18n';

export interface GuideViewProps {
  t: Translate;
  decision: Decision;
  /** Index of the current step (highlighted, aria-current="step"). */
  current?: number;
  /** Called with a step index when the user picks a step. Without it steps are plain text. */
  onStep?: (index: number) => void;
  /** Popup mode: no troubleshooting, no fallbacks, no reasons. */
  compact?: boolean;
  /** Called when the user picks a fallback guide. */
  onSwitchGuide?: (guide: Decision['guide']) => void;
}

/**
 * The one name of a guide on every surface (popup, companion page, overlay, builder, help-desk message):
 * `common.guide.<id>`, which starts with the Security info page's own method name. A guide id the
 * engine adds later falls back to its `guides.<id>.title`.
 */
export function guideTitle(t: Translate, guide: string): string {
  const tt = t as unknown as UncheckedTranslate;
  const key = `common.guide.${guide}`;
  const name = tt(key);
  return name === key ? tt(`guides.${guide}.title`) : name;
}

export function GuideView({ t, decision, current, onStep, compact = false, onSwitchGuide }: GuideViewProps) {
  const tt = t as unknown as UncheckedTranslate;
  const trouble = compact ? [] : troubleshootingFor(decision.guide);
  return (
    <section class={`pg-guide${compact ? ' pg-guide--compact' : ''}`} data-guide={decision.guide} aria-labelledby="pg-guide-title">
      <h2 id="pg-guide-title" class="pg-guide__title">
        {guideTitle(t, decision.guide)}
      </h2>
      {!compact && decision.reasons.length > 0 && (
        <ul class="pg-guide__reasons">
          {decision.reasons.map((r) => (
            <li key={r}>{tt(r)}</li>
          ))}
        </ul>
      )}
      {decision.warnings.map((w) => (
        <p key={w} class="pg-guide__warning" role="note" data-warning={w}>
          {tt(`engine.warnings.${w}`)}
        </p>
      ))}
      <ol class="pg-guide__steps">
        {decision.steps.map((step, i) => {
          const isCurrent = current === i;
          const text = tt(step.text, step.params);
          return (
            <li
              key={step.id}
              data-step={step.id}
              class={isCurrent ? 'pg-guide__step is-current' : 'pg-guide__step'}
              aria-current={isCurrent ? 'step' : undefined}
            >
              {onStep ? (
                <button type="button" class="pg-guide__step-button" onClick={() => onStep(i)}>
                  {text}
                </button>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ol>
      {trouble.length > 0 && (
        <details class="pg-guide__trouble">
          <summary>{t('engine.troubleshooting.title')}</summary>
          <ul>
            {trouble.map((id) => (
              <li key={id} data-trouble={id}>
                {tt(`engine.troubleshooting.${id}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {!compact && decision.fallbacks.length > 0 && (
        <div class="pg-guide__fallbacks">
          <h3>{t('engine.fallbacks.title')}</h3>
          <ul>
            {decision.fallbacks.map((g) => (
              <li key={g} data-fallback={g}>
                {onSwitchGuide ? (
                  <button type="button" onClick={() => onSwitchGuide(g)}>
                    {guideTitle(t, g)}
                  </button>
                ) : (
                  guideTitle(t, g)
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
