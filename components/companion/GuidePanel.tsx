import { useEffect, useState } from 'preact/hooks';
import type { Decision, QuestionId } from '@/core/engine';
import type { Translate } from '@/core/i18n';
import { guidedLinkFor, type GuidedChoice } from '@/core/guidedLink';
import { securityInfoUrl } from '@/core/securityInfoUrl';
import { isHttpsUrl } from '@/core/validation';
import { GUIDE_IDS, type Answers, type GuideId, type PlatformFacts } from '@/core/types';
import { QrCode } from '../QrCode';
import { GuideView, Questions, applyAnswer, guideTitle } from './deps';
import { Illustration } from './Illustration';

interface Props {
  t: Translate;
  decision: Decision;
  answers: Answers;
  onAnswer: (answers: Answers) => void;
  onGuide: (guide: GuideId) => void;
  platform: PlatformFacts;
  choice: GuidedChoice;
  /** Base URL for the phone hand-off (the companion site); null → no QR code. */
  shareBase: string | null;
}

export function GuidePanel({ t, decision, answers, onAnswer, onGuide, platform, choice, shareBase }: Props) {
  const [current, setCurrent] = useState(0);
  const total = decision.steps.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: another guide starts again at its first step
  useEffect(() => setCurrent(0), [decision.guide]);
  const step = decision.steps[Math.min(current, total - 1)];
  const desktop = platform.formFactor === 'desktop' || platform.formFactor === 'unknown';
  // The phone needs a page it can open: the organization's companion site (https), never chrome-extension://.
  // Without one, the code opens Security info itself: every phone can open it, the employee signs in there and
  // follows the steps that stay on this screen. Computer users whose path is on the phone never dead-end.
  const siteUrl = isHttpsUrl(shareBase) ? guidedLinkFor(shareBase, choice) : null;
  const phoneUrl = siteUrl ?? securityInfoUrl(choice.tenant);
  const phonePath = decision.guide === 'authenticator-app' || decision.guide === 'unsupported';

  return (
    <>
      <p class="pg-next-label">{t('common.nextStep')}</p>
      <GuideView t={t} decision={decision} current={current} onStep={setCurrent} onSwitchGuide={onGuide} />
      {step?.target && <Illustration t={t} target={step.target} />}
      {total > 0 && (
        <div class="pg-progress no-print">
          <p id="pg-progress-label" aria-live="polite">
            {t('companion.progress', { current: Math.min(current, total - 1) + 1, total })}
          </p>
          <progress max={total} value={Math.min(current, total - 1) + 1} aria-labelledby="pg-progress-label" />
        </div>
      )}
      {total > 1 && (
        <div class="pg-stepnav no-print">
          <button type="button" disabled={current === 0} onClick={() => setCurrent((c) => Math.max(0, c - 1))}>
            {t('companion.previous')}
          </button>
          <button type="button" disabled={current >= total - 1} onClick={() => setCurrent((c) => Math.min(total - 1, c + 1))}>
            {t('companion.next')}
          </button>
        </div>
      )}
      <section class="pg-next no-print" aria-labelledby="pg-next-title">
        <h2 id="pg-next-title">{t('companion.nextActionTitle')}</h2>
        <p>
          <a class="pg-primary" href={securityInfoUrl(choice.tenant)} target="_blank" rel="noopener noreferrer" data-action="open-security-info">
            {t('companion.openSecurityInfo')}
          </a>
        </p>
        {desktop && (
          <div class={`pg-handoff${phonePath ? ' pg-handoff--main' : ''}`} data-action="continue-on-phone" data-handoff={siteUrl ? 'guide' : 'security-info'}>
            <h3>{t('companion.continueOnPhone')}</h3>
            <p>{t(siteUrl ? 'companion.qrHelp' : 'companion.qrSecurityInfo')}</p>
            <QrCode value={phoneUrl} label={t('companion.qrLabel')} size={176} unavailable={t('link.qrUnavailable')} />
            {!siteUrl && (
              <p class="pg-it-note" data-companion-site="missing">
                {t('companion.it.companionSiteMissing')}
              </p>
            )}
          </div>
        )}
        <p>
          <button type="button" onClick={() => globalThis.print?.()}>
            {t('companion.print')}
          </button>
        </p>
      </section>
      {decision.questions.length > 0 && (
        <section class="pg-refine no-print" data-refine="">
          <p class="pg-refine__intro">{t('companion.refine')}</p>
          <Questions
            t={t}
            questions={decision.questions}
            answers={answers}
            os={platform.os}
            onAnswer={(id: QuestionId, value: string) => onAnswer(applyAnswer(answers, id, value))}
          />
        </section>
      )}
      <details class="pg-chooser no-print">
        <summary>{t('companion.chooseGuide')}</summary>
        <ul>
          {GUIDE_IDS.filter((g) => g !== decision.guide).map((g) => (
            <li key={g}>
              <button type="button" class="pg-link-button" data-choose={g} onClick={() => onGuide(g)}>
                {guideTitle(t, g)}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
