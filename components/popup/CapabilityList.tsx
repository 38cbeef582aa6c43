import type { Translate } from '@/core/i18n';
import type { CapabilityFacts, Tri } from '@/core/types';

const ROWS = [
  ['webauthn', 'popup.capability.webauthn'],
  ['platformAuthenticator', 'popup.capability.platformAuthenticator'],
] as const satisfies readonly (readonly [keyof CapabilityFacts, string])[];

const VALUE_KEY: Record<Tri, string> = { yes: 'common.yes', no: 'common.no', unknown: 'common.unknown' };

export function CapabilityList(props: { t: Translate; capabilities: CapabilityFacts }) {
  const { t, capabilities } = props;
  return (
    <dl class="capabilities">
      {ROWS.map(([key, label]) => (
        <div key={key} data-capability={key} data-value={capabilities[key]}>
          <dt>{t(label)}</dt>
          <dd>{t(VALUE_KEY[capabilities[key]])}</dd>
        </div>
      ))}
    </dl>
  );
}
