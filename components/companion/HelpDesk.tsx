/**
 * The organization's help-desk contact on the companion page (docs/enterprise.md): name, website, phone and
 * e-mail from the managed policy (extension) or the hosted site's build-time organization file.
 * A contact that comes only from a guided link is NOT shown here: see `LinkContactNotice` (plain,
 * unverified text; never a link).
 * Stateless. Values are data, wrapped in Unicode isolates (FSI…PDI, what <bdi> does) so phone
 * numbers and addresses keep their order in Arabic. Only https:, tel: and mailto: links, built from values the policy parser or the
 * guided-link parser already validated.
 */
import type { Translate } from '@/core/i18n';
import type { OrgPolicy } from '@/core/types';
import type { LinkContact } from '@/core/guidedLink';
import { isHttpsUrl } from '@/core/validation';

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
        {isHttpsUrl(helpDesk.url) && (
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

/**
 * A help-desk contact that only a guided link names: anyone can make such a link, so it is plain text
 * (no https:, tel: or mailto: link, nothing to click), marked unverified, a website shown by host name
 * only (ASCII/punycode). Never used in step text.
 */
export function LinkContactNotice({ t, contact }: { t: Translate; contact: LinkContact | null }) {
  if (!contact) return null;
  const text = `\u2068${contact.text}\u2069`;
  const line =
    contact.kind === 'url'
      ? t('link.contactWebsite', { host: text })
      : contact.kind === 'phone'
        ? t('link.contactPhone', { phone: text })
        : t('link.contactEmail', { email: text });
  return (
    <section class="pg-helpdesk pg-unverified" data-link-contact={contact.kind} aria-labelledby="pg-link-contact-title">
      <h2 id="pg-link-contact-title">{t('link.unverifiedHeading')}</h2>
      <p>{t('link.unverifiedContact')}</p>
      <p data-link-contact-text="">{line}</p>
    </section>
  );
}

/** An organization name that only a guided link gives: said to be unverified. */
export function LinkOrgNotice({ t, org }: { t: Translate; org: string | null }) {
  if (!org) return null;
  return (
    <p class="pg-org" data-org-source="link">
      {t('link.unverifiedOrg', { org: `\u2068${org}\u2069` })}
    </p>
  );
}
