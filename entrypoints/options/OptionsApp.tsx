/**
 * Options page = admin view: the organization policy in effect, what was ignored and why, version.
 * Shows the background's cached copy at once, then re-reads storage.managed (slow on first read).
 * Language: the user's choice > the organization default > browser > English, switchable here too.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ParsedPolicy } from '@/core/policy';
import { parsePolicy } from '@/core/policy';
import { readPolicy, readPolicyCache } from '@/probes/policy';
import { PolicyView } from '@/components/admin/PolicyView';
import { LanguagePicker } from '@/components/LanguagePicker';
import { useLocale } from '@/components/useLocale';

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
    void (async () => {
      const cache = await readPolicyCache().catch(() => undefined);
      if (!alive) return;
      const cached = cache ? parsePolicy(cache.raw) : null;
      if (cached) setParsed(cached);
      setCacheChecked(true);
      const latest = await readPolicy({ fresh: true }).catch(() => cached);
      if (!alive) return;
      if (latest) setParsed(latest);
      setFresh(true);
    })();
    return () => {
      alive = false;
    };
  }, []);
  useEffect(() => {
    if (locale) document.title = locale.t('admin.title');
  }, [locale?.t]);

  if (!locale) return <main aria-busy="true" />;
  const { t } = locale;
  return (
    <main aria-busy={!fresh} data-fresh={String(fresh)}>
      <LanguagePicker t={t} value={locale.lang} languages={locale.languages} onChange={locale.setLanguage} />
      {parsed ? <PolicyView t={t} parsed={parsed} version={extensionVersion()} /> : <p>{t('admin.loading')}</p>}
    </main>
  );
}
