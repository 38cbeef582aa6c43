/**
 * Admin view of the organization policy: the extension ID to use in policies, every setting in words
 * (from the registry in core/settings.ts) with its value in effect and whether the policy or the default
 * set it, the passkey profiles in effect, what was ignored and why, and what employees on typical devices
 * will be told (the engine's `decide`). Stateless.
 */
import type { MessageKey, Translate } from '@/core/i18n';
import type { ParsedPolicy } from '@/core/policy';
import { FLAT_PROFILE_KEYS, type PolicyKey, SETTINGS, settingDescriptionKey } from '@/core/settings';
import type { PasskeyProfile } from '@/core/types';
import { previewGuides } from './preview';

export interface PolicyViewProps {
  t: Translate;
  parsed: ParsedPolicy;
  version: string;
  /** browser.runtime.id: what admins put in ExtensionSettings / 3rdparty policies. */
  extensionId?: string | null;
}

/** Yes/No/(not set) are words in the user's language; anything else is the organization's data, shown as-is. */
function show(t: Translate, value: string | boolean | string[] | null) {
  if (value === null || (Array.isArray(value) && value.length === 0)) return t('admin.notSet');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return <code>{Array.isArray(value) ? value.join(', ') : value}</code>;
}

/** Product names (Windows 11 · Edge) are the same in every language: translate="no" (Preact types it as a boolean). */
const NO_TRANSLATE = { translate: 'no' } as unknown as Record<string, never>;

function acceptsNothing(p: PasskeyProfile): boolean {
  return p.passkeyTypes.length === 0 || (p.targetAaguids?.mode === 'allow' && p.targetAaguids.aaguids.length === 0);
}

function Profiles({ t, parsed }: { t: Translate; parsed: ParsedPolicy }) {
  const flat = FLAT_PROFILE_KEYS.join(', ');
  const source =
    parsed.profileSource === 'profiles'
      ? t('admin.profilesFromProfiles', { profiles: 'passkeyProfiles', flat })
      : parsed.profileSource === 'flat'
        ? t('admin.profilesFromFlat', { flat })
        : t('admin.profilesDefault');
  return (
    <section data-testid="policy-profiles" data-profile-source={parsed.profileSource} aria-labelledby="profiles-title">
      <h2 id="profiles-title">{t('admin.profilesTitle')}</h2>
      <p>{source}</p>
      <ol>
        {parsed.policy.passkeyProfiles.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: profiles have no id; their position is what the admin view names ("Profile 2").
          <li key={i} data-profile={i} data-accepts-nothing={String(acceptsNothing(p))}>
            <strong dir="auto">{p.name ? t('admin.profileName', { n: i + 1, name: p.name }) : t('admin.profileUnnamed', { n: i + 1 })}</strong>
            <ul>
              <li>{t('admin.profileTypes', { types: p.passkeyTypes.length ? p.passkeyTypes.join(', ') : '—' })}</li>
              <li>{t('admin.profileAttestation', { value: p.attestationEnforced ? t('common.yes') : t('common.no') })}</li>
              <li>
                {p.targetAaguids === null
                  ? t('admin.profileNoList')
                  : t(p.targetAaguids.mode === 'allow' ? 'admin.profileAllow' : 'admin.profileBlock', { count: p.targetAaguids.aaguids.length })}
              </li>
            </ul>
            {acceptsNothing(p) && (
              <p role="alert" data-testid="profile-accepts-nothing">
                {t('admin.profileAcceptsNothing')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Preview({ t, parsed }: { t: Translate; parsed: ParsedPolicy }) {
  const rows = previewGuides(parsed.policy);
  return (
    <section data-testid="policy-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('admin.previewTitle')}</h2>
      <p>{t('admin.previewIntro')}</p>
      <table aria-labelledby="preview-title">
        <thead>
          <tr>
            <th scope="col">{t('admin.previewDevice')}</th>
            <th scope="col">{t('admin.previewGuide')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ device, guide }) => (
            <tr key={device.id} data-device={device.id} data-guide={guide}>
              <th scope="row" dir="ltr" {...NO_TRANSLATE}>
                {device.label}
              </th>
              <td>{t(`guides.${guide}.title` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function PolicyView({ t, parsed, version, extensionId }: PolicyViewProps) {
  const hasPolicy = parsed.applied.length > 0 || parsed.ignored.length > 0;
  return (
    <section data-testid="policy-view" aria-labelledby="policy-title">
      <h1 id="policy-title">{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      <p data-testid="policy-version">{t('admin.version', { version })}</p>
      {extensionId && (
        <p data-testid="policy-extension-id">
          {t('admin.extensionId', { id: '' })}
          <code dir="ltr">{extensionId}</code>
          <br />
          {t('admin.extensionIdHelp')}
        </p>
      )}
      {!hasPolicy && <p data-testid="policy-none">{t('admin.noPolicy')}</p>}

      <h2 id="ignored-title">{t('admin.ignoredTitle')}</h2>
      {parsed.ignored.length === 0 ? (
        <p data-testid="ignored-none">{t('admin.ignoredNone')}</p>
      ) : (
        <>
          <p>{t('admin.ignoredIntro')}</p>
          <ul aria-labelledby="ignored-title" data-testid="ignored-list">
            {parsed.ignored.map((item) => (
              <li key={`${item.key}-${item.reason}`} data-ignored={item.key} data-reason={item.reason.slice('admin.reason.'.length)}>
                <code dir="ltr">{item.key}</code>
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

      <Profiles t={t} parsed={parsed} />
      <Preview t={t} parsed={parsed} />

      <h2 id="effect-title">{t('admin.inEffect')}</h2>
      <table aria-labelledby="effect-title">
        <thead>
          <tr>
            <th scope="col">{t('admin.setting')}</th>
            <th scope="col">{t('admin.whatItDoes')}</th>
            <th scope="col">{t('admin.value')}</th>
            <th scope="col">{t('admin.source')}</th>
          </tr>
        </thead>
        <tbody>
          {SETTINGS.map((setting) => {
            const key: PolicyKey = setting.key;
            const fromPolicy = parsed.applied.includes(key);
            const value = key === 'passkeyProfiles' ? null : setting.read(parsed.policy);
            return (
              <tr key={key} data-setting={key} data-source={fromPolicy ? 'policy' : 'default'}>
                <th scope="row">
                  <code>{key}</code>
                </th>
                <td data-description>{t(settingDescriptionKey(key))}</td>
                <td data-value dir="auto">
                  {key === 'passkeyProfiles' ? <a href="#profiles-title">{t('admin.profilesTitle')}</a> : show(t, value as string | boolean | string[] | null)}
                </td>
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
