/**
 * The capability table (with the device and browser line) and its notes under the popup's "Details for IT".
 * Loaded after the first verdict (entrypoints/popup/PopupApp.tsx), so none of it counts against the bytes the popup
 * loads before it can say what to do next (docs/performance.md). The test passkey and the diagnostic are chunks of
 * their own, loaded when asked for; their buttons stay in the popup's own chunk.
 */
import type { Translate } from '@/core/i18n';
import type { CapabilityFacts, PlatformFacts, Tri } from '@/core/types';
import { platformText } from '@/core/diagnostic';
import { CapabilityList } from '@/components/popup/CapabilityList';

export interface ItDetailsProps {
  t: Translate;
  capabilities: CapabilityFacts;
  platform: PlatformFacts | null;
  otherExtension: Tri;
  /** The QR hand-off goes to Security info because no companion site is configured. */
  companionSiteMissing: boolean;
}

export function ItDetails(props: ItDetailsProps) {
  const { t, capabilities } = props;
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
    </>
  );
}
