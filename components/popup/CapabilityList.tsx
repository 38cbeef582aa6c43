import type { MessageKey, Translate } from '@/core/i18n';
import type { CapabilityFacts, Tri } from '@/core/types';
import { CAPABILITY_KEYS } from '@/core/types';

const VALUE_KEY: Record<Tri, MessageKey> = { yes: 'common.yes', no: 'common.no', unknown: 'common.unknown' };
const ICON: Record<Tri, string> = { yes: '✓', no: '✗', unknown: '?' };

export function CapabilityList(props: { t: Translate; capabilities: CapabilityFacts; platformText: string }) {
  const { t, capabilities } = props;
  return (
    <dl class="capabilities">
      <div data-capability="platform">
        <dt>{t('popup.platform')}</dt>
        <dd>{props.platformText}</dd>
      </div>
      {CAPABILITY_KEYS.map((key) => (
        <div key={key} data-capability={key} data-value={capabilities[key]} class={`tri-${capabilities[key]}`}>
          <dt>{t(`popup.capability.${key}`)}</dt>
          <dd>
            <span aria-hidden="true">{ICON[capabilities[key]]} </span>
            {t(VALUE_KEY[capabilities[key]])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
