/**
 * The ready-made message a help desk sends by e-mail or Teams, in the chosen language.
 * Pure: takes the translator for that language and the guided link. Plain text only.
 */
import type { Translate } from './i18n';
import type { GuidedChoice } from './guidedLink';

export interface HelpDeskMessage {
  subject: string;
  body: string;
}

export function helpDeskMessage(t: Translate, link: string, choice: GuidedChoice): HelpDeskMessage {
  const lines: string[] = [t('builder.msg.greeting'), '', t('builder.msg.why')];
  if (choice.guide) lines.push('', t('builder.msg.guide', { guide: t(`common.guide.${choice.guide}`) }));
  lines.push('', t('builder.msg.open'), link, '', t('builder.msg.where'));
  if (choice.helpDesk) lines.push('', t('builder.msg.help', { contact: choice.helpDesk }));
  lines.push('', t('builder.msg.signature'));
  if (choice.org) lines.push(t('builder.msg.signatureOrg', { org: choice.org }));
  return { subject: t('builder.msg.subject'), body: lines.join('\n') };
}
