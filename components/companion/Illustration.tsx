import type { Translate } from '@/core/i18n';
import type { PageTarget } from '@/core/types';

/**
 * Our own drawing of the Security info page (no Microsoft images): a card with the method list and
 * the control the current step acts on highlighted. Decorative detail is aria-hidden; the figure has a label.
 */
export function Illustration({ t, target }: { t: Translate; target: PageTarget }) {
  const addMethod = target === 'add-method';
  return (
    <figure class="pg-illustration no-print" role="img" aria-label={t('companion.illustration')} data-target={target}>
      <div class="pg-ill-card" aria-hidden="true">
        <div class="pg-ill-bar" />
        <div class="pg-ill-line wide" />
        <div class={`pg-ill-button${addMethod ? ' hot' : ''}`}>+</div>
        <div class="pg-ill-row">
          <span class="pg-ill-dot" />
          <span class="pg-ill-line" />
        </div>
        <div class="pg-ill-row">
          <span class="pg-ill-dot" />
          <span class="pg-ill-line" />
        </div>
        <div class={`pg-ill-row${addMethod ? '' : ' hot'}`}>
          <span class="pg-ill-dot" />
          <span class="pg-ill-line" />
        </div>
      </div>
    </figure>
  );
}
