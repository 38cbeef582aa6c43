/**
 * The organization's help-desk contact on the companion page (issue #8): name, website, phone and
 * e-mail from the managed policy (extension) or from a guided link's `hd` (standalone site).
 * Stateless. Values are data, wrapped in Unicode isolates (FSI…PDI, what <bdi> does) so phone
 * numbers and addresses keep their order in Arabic. Only https:, tel: and mailto: links, built from values the policy parser or the
 * guided-link parser already validated.
 */
import type { Translate } from '@/core/i18n';
import type { OrgPolicy } from '@/core/types';

export function hasHelpDesk(helpDesk: OrgPolicy['helpDesk']): boolean {
  return Boolean(helpDesk.url || helpDesk.phone || helpDesk.email);
}

export function HelpDesk({ t, helpDesk }: { t: Translate; helpDesk: OrgPolicy['helpDesk'] }) {
  if (!hasHelpDesk(helpDesk)) return null;
  const tel = helpDesk.phone ? `tel:${helpDesk.phone.replace(/[^0-9+]/g, '')}` : null;
  return (
    <section class="pg-helpdesk" data-helpdesk="" aria-labelledby="pg-helpdesk-title">
      <h2 id="pg-helpdesk-title">{t('companion.helpDeskHeading')}</h2>
      <p>{helpDesk.name ? t('companion.helpDeskNamed', { name: helpDesk.name }) : t('companion.helpDeskUnnamed')}</p>
      <ul>
        {helpDesk.url && /^https:\/\//i.test(helpDesk.url) && (
          <li>
            <a href={helpDesk.url} target="_blank" rel="noopener noreferrer" data-helpdesk-url="">
              {t('companion.helpDeskWebsite')}
            </a>
          </li>
        )}
        {helpDesk.phone && tel && (
          <li>
            <a href={tel} data-helpdesk-phone="">
              {t('companion.helpDeskPhone', { phone: `\u2068${helpDesk.phone}\u2069` })}
            </a>
          </li>
        )}
        {helpDesk.email && (
          <li>
            <a href={`mailto:${helpDesk.email}`} data-helpdesk-email="">
              {t('companion.helpDeskEmail', { email: `\u2068${helpDesk.email}\u2069` })}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
