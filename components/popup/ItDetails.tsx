/**
 * What sits under the popup's "Details for IT": the capability table (with the device and browser line), the test
 * passkey and the help-desk diagnostic. Loaded after the first verdict (entrypoints/popup/PopupApp.tsx), so none
 * of it counts against the bytes the popup loads before it can say what to do next (docs/performance.md).
 */
import { useState } from 'preact/hooks';
import type { Translate } from '@/core/i18n';
import type { IgnoredSetting } from '@/core/policy';
import type { CapabilityFacts, GuideId, OrgPolicy, PlatformFacts, Tri } from '@/core/types';
import { platformText } from '@/core/diagnostic';
import { hasExtensionStorage, lastPageStateItem } from '@/storage/items';
import { CapabilityList } from '@/components/popup/CapabilityList';
import { Lazy } from '@/components/popup/Lazy';

function extensionVersion(): string {
  const g = globalThis as { chrome?: { runtime?: { getManifest?: () => { version: string } } } };
  try {
    return g.chrome?.runtime?.getManifest?.().version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function readLastPage(): Promise<unknown> {
  if (!hasExtensionStorage()) return null;
  return (await lastPageStateItem.getValue()) ?? null;
}

export interface ItDetailsProps {
  t: Translate;
  /** The UI language (the diagnostic names it). */
  language: string;
  capabilities: CapabilityFacts;
  platform: PlatformFacts | null;
  policy: OrgPolicy;
  policyIgnored: IgnoredSetting[];
  /** The organization set at least one setting: link to the admin view. */
  managed: boolean;
  otherExtension: Tri;
  guide: GuideId;
  /** The QR hand-off goes to Security info because no companion site is configured. */
  companionSiteMissing: boolean;
}

export function ItDetails(props: ItDetailsProps) {
  const { t, capabilities, policy } = props;
  const [tool, setTool] = useState<'none' | 'test' | 'diagnostic'>('none');
  const canTest = policy.testPasskeyAllowed && capabilities.webauthn === 'yes';
  return (
    <>
      <h2>{t('popup.capabilitiesHeading')}</h2>
      <CapabilityList t={t} capabilities={capabilities} platformText={platformText(t, props.platform)} />
      {props.otherExtension !== 'yes' && (
        <p class="note" data-other-extension={props.otherExtension}>
          {t('popup.otherExtension.may')}
        </p>
      )}
      {props.companionSiteMissing && (
        <p class="note" data-companion-site="missing">
          {t('popup.it.companionSiteMissing')}
        </p>
      )}
      <div class="tools">
        {canTest ? (
          <button type="button" data-action="open-test" aria-expanded={tool === 'test'} onClick={() => setTool(tool === 'test' ? 'none' : 'test')}>
            {t('popup.test.title')}
          </button>
        ) : (
          <p class="muted" data-test-passkey="disabled">
            {t(policy.testPasskeyAllowed ? 'popup.test.error.unsupported' : 'popup.test.disabledByPolicy')}
          </p>
        )}
        <button
          type="button"
          data-action="open-diagnostic"
          aria-expanded={tool === 'diagnostic'}
          onClick={() => setTool(tool === 'diagnostic' ? 'none' : 'diagnostic')}
        >
          {t('popup.diagnostic.title')}
        </button>
      </div>
      {tool === 'test' && canTest && (
        <Lazy load={() => import('@/components/popup/TestPasskey').then((m) => m.TestPasskey)} props={{ t, policy }} fallback={t('popup.loadFailed')} />
      )}
      {tool === 'diagnostic' && (
        <Lazy
          load={() => import('@/components/popup/DiagnosticPanel').then((m) => m.DiagnosticPanel)}
          props={{
            t,
            readLastPage,
            input: {
              version: extensionVersion(),
              language: props.language,
              platform: props.platform,
              capabilities,
              policy,
              policyIgnored: props.policyIgnored,
              guide: props.guide,
              otherExtension: props.otherExtension === 'yes' ? ('yes' as const) : ('unknown' as const),
            },
          }}
          fallback={t('popup.loadFailed')}
        />
      )}
      {props.managed && (
        <footer class="org" data-policy-ignored={props.policyIgnored.length}>
          {/* The admin view (options page): every setting in effect, and what was ignored and why. */}
          <a href="/options.html" target="_blank" rel="noopener noreferrer" data-action="org-settings">
            {t('popup.orgSettings')}
          </a>
        </footer>
      )}
    </>
  );
}
