/**
 * Run-time language switch of the popup, companion page, site and options page: a labelled <select>
 * listing each language by its own name (endonym), each option carrying its own lang attribute so
 * screen readers pronounce "Deutsch" or "日本語" correctly. Stateless: the surface owns the language,
 * stores the choice (probes/language.ts storeLanguage) and reloads its messages in onChange.
 * The overlay's compact panel keeps its own <select> (same endonyms and lang/dir) inside its control row.
 */
import { useId } from 'preact/hooks';
import type { Translate } from '@/core/i18n';
import { LANGUAGE_NAMES, textDirection } from '@/core/i18n';
import type { AnyLanguage } from '@/core/types';
import { LANGUAGES } from '@/core/types';

export interface LanguagePickerProps {
  t: Translate;
  value: AnyLanguage;
  onChange: (lang: AnyLanguage) => void;
  /** Defaults to the seven languages; pass availableLanguages() from '@/locales' to add en-XA in development. */
  languages?: readonly AnyLanguage[];
  class?: string;
}

export function LanguagePicker(props: LanguagePickerProps) {
  const { t, value, onChange, languages = LANGUAGES } = props;
  const id = useId();
  return (
    <div class={props.class ?? 'pg-language'} data-language-picker="">
      <label for={id}>{t('common.language')}</label>{' '}
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = (event.currentTarget as HTMLSelectElement).value;
          const match = languages.find((lang) => lang === next);
          if (match && match !== value) onChange(match);
        }}
      >
        {languages.map((lang) => (
          <option key={lang} value={lang} lang={lang} dir={textDirection(lang)}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
