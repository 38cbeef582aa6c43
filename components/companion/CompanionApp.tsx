import { useEffect, useState } from 'preact/hooks';
import { createTranslator, textDirection, type Translate } from '@/core/i18n';
import type { Language } from '@/core/types';
import { loadMessages } from '@/locales';
import { chooseLanguage } from '@/probes/language';

/** The companion page: runs as the extension page /guide.html and as the standalone site. */
export function CompanionApp() {
  const [view, setView] = useState<{ lang: Language; t: Translate } | null>(null);
  useEffect(() => {
    void (async () => {
      const lang = await chooseLanguage(new URLSearchParams(location.search).get('lang'));
      const messages = await loadMessages(lang);
      document.documentElement.lang = lang;
      document.documentElement.dir = textDirection(lang);
      setView({ lang, t: createTranslator(messages, lang) });
    })();
  }, []);
  if (!view) return <main aria-busy="true" />;
  return (
    <main>
      <h1>{view.t('companion.title')}</h1>
    </main>
  );
}
