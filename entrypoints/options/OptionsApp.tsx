/**
 * Options page = admin view: the organization policy in effect, what was ignored and why, version.
 * Shows the background's cached copy at once, then re-reads storage.managed (slow on first read).
 */
import { useEffect, useState } from 'preact/hooks';
import { createTranslator, textDirection, type Translate } from '@/core/i18n';
import type { ParsedPolicy } from '@/core/policy';
import { loadMessages } from '@/locales';
import { chooseLanguage } from '@/probes/language';
import { readPolicy } from '@/probes/policy';
import { PolicyView } from '@/components/admin/PolicyView';

interface State {
  t: Translate;
  parsed: ParsedPolicy | null;
  fresh: boolean;
}

export function OptionsApp() {
  const [state, setState] = useState<State | null>(null);
  useEffect(() => {
    let alive = true;
    void (async () => {
      const lang = await chooseLanguage();
      const messages = await loadMessages(lang);
      document.documentElement.lang = lang;
      document.documentElement.dir = textDirection(lang);
      const t = createTranslator(messages, lang);
      document.title = t('admin.title');
      const cached = await readPolicy();
      if (!alive) return;
      setState({ t, parsed: cached, fresh: false });
      const fresh = await readPolicy({ fresh: true });
      if (alive) setState({ t, parsed: fresh, fresh: true });
    })();
    return () => {
      alive = false;
    };
  }, []);
  if (!state) return <main aria-busy="true" />;
  return (
    <main aria-busy={!state.fresh} data-fresh={String(state.fresh)}>
      {state.parsed ? (
        <PolicyView t={state.t} parsed={state.parsed} version={browser.runtime.getManifest().version} />
      ) : (
        <p>{state.t('admin.loading')}</p>
      )}
    </main>
  );
}
