/**
 * One place per surface for its language: resolves it (guided link > user's choice > organization
 * default > browser > English), loads that language's messages, sets lang/dir on <html>, and
 * switches at run time when the LanguagePicker changes (the choice is stored for next time).
 *
 *   const locale = useLocale({ link: params.get('lang'), organization: policy.defaultLanguage });
 *   if (!locale) return <main aria-busy="true" />;
 *   <LanguagePicker t={locale.t} value={locale.lang} languages={locale.languages} onChange={locale.setLanguage} />
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { createTranslator, textDirection, type Translate } from '@/core/i18n';
import type { AnyLanguage } from '@/core/types';
import { availableLanguages, loadMessages, PSEUDO_LOCALE_ENABLED } from '@/locales';
import { chooseDisplayLanguage, storeLanguage } from '@/probes/language';

export interface Locale {
  lang: AnyLanguage;
  dir: 'ltr' | 'rtl';
  t: Translate;
  languages: readonly AnyLanguage[];
  setLanguage: (lang: AnyLanguage) => void;
}

export function useLocale(options: { link?: unknown; organization?: unknown; applyToDocument?: boolean } = {}): Locale | null {
  const { link, organization, applyToDocument = true } = options;
  const [state, setState] = useState<{ lang: AnyLanguage; t: Translate } | null>(null);

  const show = useCallback(
    async (lang: AnyLanguage) => {
      const messages = await loadMessages(lang);
      // English fills any key a language lacks, so a missing translation never shows a raw key.
      const fallback = lang === 'en' ? undefined : await loadMessages('en');
      if (applyToDocument && typeof document !== 'undefined') {
        document.documentElement.lang = lang;
        document.documentElement.dir = textDirection(lang);
      }
      setState({ lang, t: createTranslator(messages, lang, fallback) });
    },
    [applyToDocument],
  );

  useEffect(() => {
    void chooseDisplayLanguage(link, organization, PSEUDO_LOCALE_ENABLED).then(show);
    // Resolve once per link/organization: a later picker choice must not be overridden.
  }, [link, organization, show]);

  const setLanguage = useCallback(
    (lang: AnyLanguage) => {
      void storeLanguage(lang).catch(() => undefined);
      void show(lang);
    },
    [show],
  );

  if (!state) return null;
  return { ...state, dir: textDirection(state.lang), languages: availableLanguages(), setLanguage };
}
