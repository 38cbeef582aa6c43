/**
 * One place per surface for its language: resolves it (guided link > user's choice > organization
 * default > browser > English), loads that language's messages, sets lang/dir on <html>, and
 * switches at run time when the LanguagePicker changes (the choice is stored for next time).
 *
 *   const locale = useLocale({ link: params.get('lang'), organization: policy.defaultLanguage });
 *   if (!locale) return <main aria-busy="true" />;
 *   <LanguagePicker t={locale.t} value={locale.lang} languages={locale.languages} onChange={locale.setLanguage} />
 *
 * `pending: true` holds the first resolution back until the caller knows the organization default
 * (e.g. the popup's cached policy, a few milliseconds), so the surface does not flash in the wrong language.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createTranslator, textDirection, type Translate } from '@/core/i18n';
import type { AnyLanguage } from '@/core/types';
import { availableLanguages, loadMessages, PSEUDO_LOCALE_ENABLED } from '@/locales';
import { displayLanguage, languageIsDecided, readStoredLanguage, storeLanguage } from '@/probes/language';

export interface Locale {
  lang: AnyLanguage;
  dir: 'ltr' | 'rtl';
  t: Translate;
  languages: readonly AnyLanguage[];
  setLanguage: (lang: AnyLanguage) => void;
}

export interface LocaleOptions {
  link?: unknown;
  organization?: unknown;
  applyToDocument?: boolean;
  pending?: boolean;
}

export function useLocale(options: LocaleOptions = {}): Locale | null {
  const { link, organization, applyToDocument = true, pending = false } = options;
  const [state, setState] = useState<{ lang: AnyLanguage; t: Translate } | null>(null);
  // The user picked a language on this page: a late organization default must not undo it.
  const picked = useRef(false);
  // Only the latest request may render (switching fast, or a slow chunk, must not show an older language).
  const request = useRef(0);

  const show = useCallback(
    async (lang: AnyLanguage) => {
      const mine = ++request.current;
      const messages = await loadMessages(lang);
      if (mine !== request.current) return;
      if (applyToDocument && typeof document !== 'undefined') {
        document.documentElement.lang = lang;
        document.documentElement.dir = textDirection(lang);
      }
      setState({ lang, t: createTranslator(messages, lang) });
      // English then fills any key a language lacks, so a missing translation never shows a raw key.
      // Loaded after the first paint: the popup's first verdict waits for one language chunk only.
      if (lang === 'en') return;
      const fallback = await loadMessages('en').catch(() => undefined);
      if (fallback && mine === request.current) setState({ lang, t: createTranslator(messages, lang, fallback) });
    },
    [applyToDocument],
  );

  // The user's stored choice is read once, at once: it runs in parallel with the caller's policy read.
  const [stored] = useState(() => readStoredLanguage().catch(() => undefined));
  const shown = useRef<AnyLanguage | null>(null);

  useEffect(() => {
    if (picked.current) return;
    let current = true;
    void stored.then((user) => {
      // While the organization default is pending, resolve only if the link or the user's choice decides anyway.
      if (!current || picked.current || (pending && !languageIsDecided(link, user, PSEUDO_LOCALE_ENABLED))) return;
      const lang = displayLanguage({ link, user, organization, allowPseudo: PSEUDO_LOCALE_ENABLED });
      if (lang === shown.current) return;
      shown.current = lang;
      return show(lang);
    });
    return () => {
      current = false;
    };
    // Resolve once per link/organization: a later picker choice must not be overridden.
  }, [link, organization, pending, show, stored]);

  const setLanguage = useCallback(
    (lang: AnyLanguage) => {
      picked.current = true;
      shown.current = lang;
      void storeLanguage(lang).catch(() => undefined);
      void show(lang);
    },
    [show],
  );

  if (!state) return null;
  return { ...state, dir: textDirection(state.lang), languages: availableLanguages(), setLanguage };
}
