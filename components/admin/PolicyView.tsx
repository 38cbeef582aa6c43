/**
 * Admin view of the organization policy: every setting in effect (and whether the policy or the
 * default set it), what was ignored and why, and the extension version. Stateless.
 */
import type { Translate } from '@/core/i18n';
import { flattenPolicy, POLICY_KEYS, type ParsedPolicy } from '@/core/policy';

export interface PolicyViewProps {
  t: Translate;
  parsed: ParsedPolicy;
  version: string;
}

/** Yes/No/(not set) are words in the user's language; anything else is the organization's data, shown as-is. */
function show(t: Translate, value: string | boolean | string[] | null) {
  if (value === null || (Array.isArray(value) && value.length === 0)) return t('admin.notSet');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return <code>{Array.isArray(value) ? value.join(', ') : value}</code>;
}

export function PolicyView({ t, parsed, version }: PolicyViewProps) {
  const flat = flattenPolicy(parsed.policy);
  const hasPolicy = parsed.applied.length > 0 || parsed.ignored.length > 0;
  return (
    <section data-testid="policy-view" aria-labelledby="policy-title">
      <h1 id="policy-title">{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      <p data-testid="policy-version">{t('admin.version', { version })}</p>
      {!hasPolicy && <p data-testid="policy-none">{t('admin.noPolicy')}</p>}

      <h2 id="ignored-title">{t('admin.ignoredTitle')}</h2>
      {parsed.ignored.length === 0 ? (
        <p data-testid="ignored-none">{t('admin.ignoredNone')}</p>
      ) : (
        <>
          <p>{t('admin.ignoredIntro')}</p>
          <ul aria-labelledby="ignored-title" data-testid="ignored-list">
            {parsed.ignored.map((item, index) => (
              <li key={`${item.key}-${index}`} data-ignored={item.key}>
                <code>{item.key}</code>
                {item.value !== undefined && (
                  <>
                    {' = '}
                    <code dir="ltr">{item.value}</code>
                  </>
                )}
                {': '}
                {t(item.reason)}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 id="effect-title">{t('admin.inEffect')}</h2>
      <table aria-labelledby="effect-title">
        <thead>
          <tr>
            <th scope="col">{t('admin.setting')}</th>
            <th scope="col">{t('admin.value')}</th>
            <th scope="col">{t('admin.source')}</th>
          </tr>
        </thead>
        <tbody>
          {POLICY_KEYS.map((key) => {
            const fromPolicy = parsed.applied.includes(key);
            return (
              <tr key={key} data-setting={key} data-source={fromPolicy ? 'policy' : 'default'}>
                <th scope="row">
                  <code>{key}</code>
                </th>
                <td dir="auto">{show(t, flat[key])}</td>
                <td>{fromPolicy ? t('admin.fromPolicy') : t('admin.fromDefault')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{t('admin.verify')}</p>
    </section>
  );
}
