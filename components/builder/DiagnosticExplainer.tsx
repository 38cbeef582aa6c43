/**
 * "Paste a diagnostic": a help-desk agent pastes what an employee sent and reads it explained. Only the
 * diagnostic's English summary line is read (core/diagnostic.ts parseDiagnostic); the text is shown as text,
 * never as markup, and nothing leaves the page.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Translate } from '@/core/i18n';
import { parseDiagnostic } from '@/core/diagnostic';
import { fixesForPageError } from '@/core/engine';
import type { UncheckedTranslate } from '@/core/i18n';
import { GUIDE_IDS, type GuideId } from '@/core/types';
import { guideTitle } from '../guide/GuideView';

export function DiagnosticExplainer({ t }: { t: Translate }) {
  const [text, setText] = useState('');
  const parsed = useMemo(() => (text.trim() ? parseDiagnostic(text) : null), [text]);
  const tt = t as unknown as UncheckedTranslate;
  const fixes =
    parsed && parsed.error !== 'none' && /^[a-z0-9][a-z0-9._-]{0,63}$/i.test(parsed.error)
      ? fixesForPageError(parsed.error, (GUIDE_IDS as readonly string[]).includes(parsed.guide) ? (parsed.guide as GuideId) : undefined)
      : [];
  const guideName = parsed && (GUIDE_IDS as readonly string[]).includes(parsed.guide) ? `${guideTitle(t, parsed.guide)} (${parsed.guide})` : parsed?.guide;
  return (
    <section class="pg-explain" data-explain="" aria-labelledby="pg-explain-title">
      <h2 id="pg-explain-title">{t('builder.paste.title')}</h2>
      <p class="pg-field">
        <label for="b-diagnostic">{t('builder.paste.label')}</label>
        <textarea
          id="b-diagnostic"
          rows={5}
          maxLength={20000}
          spellcheck={false}
          dir="ltr"
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </p>
      {text.trim() !== '' && !parsed && (
        <p class="pg-error" role="status" data-explain-result="invalid">
          {t('builder.paste.invalid')}
        </p>
      )}
      {parsed && (
        <div data-explain-result="ok" role="status">
          <p>
            <strong>{t('builder.paste.summary')}: </strong>
            <samp dir="ltr">{parsed.summary}</samp>
          </p>
          <dl class="pg-explain__list">
            <dt>{t('builder.paste.guide')}</dt>
            <dd data-explain-field="guide">{guideName}</dd>
            <dt>{t('builder.paste.platform')}</dt>
            <dd data-explain-field="platform">
              <samp dir="ltr">{parsed.platform}</samp>
            </dd>
            <dt>{t('builder.paste.step')}</dt>
            <dd data-explain-field="step">
              <samp dir="ltr">{parsed.step}</samp>
            </dd>
            <dt>{t('builder.paste.error')}</dt>
            <dd data-explain-field="error">{parsed.error === 'none' ? t('builder.paste.none') : <samp dir="ltr">{parsed.error}</samp>}</dd>
            {fixes.length > 0 && (
              <>
                <dt>{t('builder.paste.fix')}</dt>
                <dd data-explain-field="fix">
                  <ul>
                    {fixes.map((id) => (
                      <li key={id} data-fix={id}>
                        {tt(`engine.troubleshooting.${id}`)}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            <dt>{t('builder.paste.policy')}</dt>
            <dd data-explain-field="policy">
              <samp dir="ltr">{parsed.policy}</samp>
            </dd>
            {parsed.version && (
              <>
                <dt>{t('builder.paste.version')}</dt>
                <dd data-explain-field="version">
                  <samp dir="ltr">{parsed.version}</samp>
                </dd>
              </>
            )}
          </dl>
        </div>
      )}
    </section>
  );
}
