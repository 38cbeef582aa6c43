/**
 * Options page = admin view: the organization policy in effect, what was ignored and why, version.
 * Shows the background's cached copy at once, then re-reads storage.managed (slow on first read), then
 * follows the background's updates. Reads only: the policy cache is written by the background.
 * Language: the user's choice > the organization default > browser > English, switchable here too.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ParsedPolicy } from '@/core/policy';
import { readPolicyFastThenFresh, watchPolicy } from '@/probes/policy';
import { PolicyView } from '@/components/admin/PolicyView';
import { LanguagePicker } from '@/components/LanguagePicker';
import { useLocale } from '@/components/useLocale';

function extensionId(): string | null {
  try {
    return browser.runtime.id ?? null;
  } catch {
    return null;
  }
}

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

export function OptionsApp() {
  const [parsed, setParsed] = useState<ParsedPolicy | null>(null);
  const [fresh, setFresh] = useState(false);
  const [cacheChecked, setCacheChecked] = useState(false);
  // The language waits for the cached policy (milliseconds), not for the slow managed read.
  const locale = useLocale({ organization: parsed?.policy.defaultLanguage, pending: !cacheChecked });
  useEffect(() => {
    let alive = true;
    void readPolicyFastThenFresh((next, isFresh) => {
      if (!alive) return;
      if (next) setParsed(next);
      if (isFresh) setFresh(true);
      setCacheChecked(true);
    });
    // Policy pushed while the page is open (the background refreshes the cache on storage.managed changes).
    const unwatch = watchPolicy((next) => alive && setParsed(next));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  useEffect(() => {
    if (locale) document.title = locale.t('admin.title');
  }, [locale]);

  if (!locale) return <main aria-busy="true" />;
  const { t } = locale;
  return (
    <main aria-busy={!fresh} data-fresh={String(fresh)}>
      <LanguagePicker t={t} value={locale.lang} languages={locale.languages} onChange={locale.setLanguage} />
      {parsed ? <PolicyView t={t} parsed={parsed} version={extensionVersion()} extensionId={extensionId()} /> : <p>{t('admin.loading')}</p>}
    </main>
  );
}
