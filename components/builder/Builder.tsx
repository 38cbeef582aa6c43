import { useEffect, useMemo, useState } from 'preact/hooks';
import { createTranslator, LANGUAGE_NAMES, textDirection, type Translate } from '@/core/i18n';
import {
  buildGuidedLink,
  EMPTY_CHOICE,
  guidedLinkFor,
  MAX_LENGTH,
  MAX_LINK_BYTES,
  parseGuidedLink,
  guidedLinkSearch,
  type GuidedChoice,
} from '@/core/guidedLink';
import { securityInfoUrl } from '@/core/securityInfoUrl';
import { isHttpsUrl } from '@/core/validation';
import { guideTitle } from '../guide/GuideView';
import { DiagnosticExplainer } from './DiagnosticExplainer';
import { helpDeskMessage } from '@/core/helpDeskMessage';
import { GUIDE_IDS, LANGUAGES, type GuideId, type Language } from '@/core/types';
import { loadMessages } from '@/locales';
import { QrCode } from '../QrCode';

/** buildGuidedLink for measuring a refused link; never throws. */
function safeBuild(base: string, choice: GuidedChoice): string {
  try {
    return buildGuidedLink(base, choice);
  } catch {
    return base;
  }
}

interface Props {
  t: Translate;
  lang: Language;
  baseUrl: string;
  /** Prefilled organization fields (the extension passes its managed policy's name, tenant and help desk). */
  defaults?: Partial<Pick<GuidedChoice, 'org' | 'tenant' | 'helpDesk'>>;
}

type TextField = 'org' | 'tenant' | 'helpDesk';

/** Help-desk link builder: scenario, language and options → link, QR code and a ready message. */
export function Builder({ t, lang, baseUrl, defaults }: Props) {
  const [choice, setChoice] = useState<GuidedChoice>({ ...EMPTY_CHOICE, ...defaults, lang });
  const [msgT, setMsgT] = useState<Translate | null>(null);
  const [status, setStatus] = useState('');

  const targetLang = choice.lang ?? lang;
  useEffect(() => {
    let live = true;
    void loadMessages(targetLang).then((m) => live && setMsgT(() => createTranslator(m, targetLang)));
    return () => {
      live = false;
    };
  }, [targetLang]);

  // What the link really carries (invalid text fields are left out by guidedLinkSearch).
  const effective = useMemo(() => parseGuidedLink(guidedLinkSearch(choice)).choice, [choice]);
  // Only links a phone can open: https (never chrome-extension:// or http://) and short enough for a QR code
  // a phone camera scans reliably. Built by core/guidedLink.ts, the one place guided links are made.
  const phoneLink = guidedLinkFor(baseUrl, choice);
  const refusal: { key: 'builder.refuse.notHttps' | 'builder.refuse.tooLong'; length?: number } | null = !isHttpsUrl(baseUrl)
    ? { key: 'builder.refuse.notHttps' }
    : phoneLink === null
      ? { key: 'builder.refuse.tooLong', length: new TextEncoder().encode(safeBuild(baseUrl, choice)).length }
      : null;
  const link = refusal ? null : phoneLink;
  const message = msgT ? helpDeskMessage(msgT, link ?? securityInfoUrl(effective.tenant), effective) : null;
  const messageText = message ? `${message.subject}\n\n${message.body}` : '';
  const invalid = (field: TextField) => choice[field] !== null && effective[field] === null;

  const set = <K extends keyof GuidedChoice>(key: K, value: GuidedChoice[K]) => setChoice((c) => ({ ...c, [key]: value }));
  const setText = (key: TextField, value: string) => set(key, value.trim() === '' ? null : value);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('builder.copied'));
    } catch {
      setStatus(t('builder.copyFailed'));
    }
  };

  const field = (key: TextField, label: string) => (
    <p class="pg-field">
      <label for={`b-${key}`}>{label}</label>
      <input
        id={`b-${key}`}
        type="text"
        value={choice[key] ?? ''}
        maxLength={MAX_LENGTH[key === 'helpDesk' ? 'hd' : key]}
        aria-invalid={invalid(key) ? 'true' : undefined}
        aria-describedby={invalid(key) ? `b-${key}-err` : undefined}
        onInput={(e) => setText(key, (e.currentTarget as HTMLInputElement).value)}
      />
      {invalid(key) && (
        <span id={`b-${key}-err`} class="pg-error">
          {t('builder.invalidField')}
        </span>
      )}
    </p>
  );

  return (
    <section class="pg-builder" data-builder="">
      <h1>{t('builder.title')}</h1>
      <p>{t('builder.intro')}</p>
      <form class="pg-builder-form" onSubmit={(e) => e.preventDefault()}>
        <p class="pg-field">
          <label for="b-guide">{t('builder.scenario')}</label>
          <select
            id="b-guide"
            value={choice.guide ?? ''}
            onChange={(e) => set('guide', ((e.currentTarget as HTMLSelectElement).value || null) as GuideId | null)}
          >
            <option value="">{t('builder.scenarioAuto')}</option>
            {/* A link cannot force the "unsupported" guide (core/guidedLink.ts refuses g=unsupported). */}
            {GUIDE_IDS.filter((g) => g !== 'unsupported').map((g) => (
              <option key={g} value={g}>
                {guideTitle(t, g)}
              </option>
            ))}
          </select>
        </p>
        <p class="pg-field">
          <label for="b-lang">{t('builder.language')}</label>
          <select id="b-lang" value={choice.lang ?? lang} onChange={(e) => set('lang', (e.currentTarget as HTMLSelectElement).value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </p>
        <p class="pg-field">
          <label for="b-wp">{t('builder.workProfile')}</label>
          <select
            id="b-wp"
            value={choice.workProfile ?? ''}
            onChange={(e) => set('workProfile', ((e.currentTarget as HTMLSelectElement).value || null) as GuidedChoice['workProfile'])}
          >
            <option value="">{t('builder.wpUnknown')}</option>
            <option value="yes">{t('common.yes')}</option>
            <option value="no">{t('common.no')}</option>
          </select>
        </p>
        {field('org', t('builder.org'))}
        {field('tenant', t('builder.tenant'))}
        {field('helpDesk', t('builder.helpDesk'))}
      </form>

      {refusal || !link ? (
        <div class="pg-refusal" role="alert" data-refused={refusal?.key.replace('builder.refuse.', '') ?? 'unknown'}>
          <h2>{t('builder.refuse.title')}</h2>
          <p>
            {refusal?.key === 'builder.refuse.tooLong'
              ? t('builder.refuse.tooLong', { length: refusal.length ?? 0, max: MAX_LINK_BYTES })
              : t('builder.refuse.notHttps')}
          </p>
        </div>
      ) : (
        <>
          <h2>{t('builder.link')}</h2>
          <p class="pg-output">
            <output class="pg-link-output" data-output="link" dir="ltr">
              {link}
            </output>
          </p>
          <button type="button" onClick={() => void copy(link)}>
            {t('builder.copyLink')}
          </button>

          <h2>{t('builder.qr')}</h2>
          <QrCode value={link} label={t('builder.qrLabel')} size={176} unavailable={t('link.qrUnavailable')} />
        </>
      )}

      <h2>{t('builder.message')}</h2>
      <textarea
        class="pg-message"
        data-output="message"
        readOnly
        rows={14}
        lang={targetLang}
        dir={textDirection(targetLang)}
        aria-label={t('builder.message')}
        value={messageText}
      />
      <button type="button" onClick={() => void copy(messageText)}>
        {t('builder.copyMessage')}
      </button>
      <p class="pg-status" role="status" aria-live="polite">
        {status}
      </p>
      <DiagnosticExplainer t={t} />
    </section>
  );
}
