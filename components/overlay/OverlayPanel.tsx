import type { Translate } from '@/core/i18n';
import { textDirection } from '@/core/i18n';
import type { Language, PageState } from '@/core/types';

export function OverlayPanel(props: { t: Translate; lang: Language; state: PageState }) {
  const { t, lang, state } = props;
  return (
    <section class="pg-panel" role="complementary" aria-label={t('overlay.title')} lang={lang} dir={textDirection(lang)}>
      <h2>{t('overlay.title')}</h2>
      {state === 'unknown' && <p>{t('overlay.unrecognized')}</p>}
    </section>
  );
}
