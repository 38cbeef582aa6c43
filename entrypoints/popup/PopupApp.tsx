import { useEffect, useState } from 'preact/hooks';
import { createTranslator, textDirection, type Translate } from '@/core/i18n';
import type { CapabilityFacts, Language } from '@/core/types';
import { loadMessages } from '@/locales';
import { probeCapabilities } from '@/probes/capabilities';
import { chooseLanguage } from '@/probes/language';
import { CapabilityList } from '@/components/popup/CapabilityList';

interface PopupState {
  lang: Language;
  t: Translate;
  capabilities: CapabilityFacts | null;
}

export function PopupApp() {
  const [state, setState] = useState<PopupState | null>(null);
  useEffect(() => {
    void (async () => {
      const lang = await chooseLanguage();
      const [messages, capabilities] = await Promise.all([loadMessages(lang), probeCapabilities()]);
      document.documentElement.lang = lang;
      document.documentElement.dir = textDirection(lang);
      setState({ lang, t: createTranslator(messages, lang), capabilities });
    })();
  }, []);
  if (!state) return <main aria-busy="true" />;
  const { t, capabilities } = state;
  return (
    <main>
      <h1>{t('popup.title')}</h1>
      {capabilities && <CapabilityList t={t} capabilities={capabilities} />}
      <a href="/guide.html" target="_blank">
        {t('popup.openGuide')}
      </a>
    </main>
  );
}
