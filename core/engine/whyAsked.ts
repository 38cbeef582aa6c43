/**
 * "Why am I asked?": the explainer for Microsoft's sign-in prompt ("Sign in faster with your face, fingerprint, or PIN",
 * Skip for now). Returns i18n keys (engine.whyAsked.*) with their params; the overlay renders them. Pure.
 * Sources: SMS26 (passkeys by default from 1 Sep 2026; blocking from 1 Feb 2027 for SMS/voice-only users),
 * CAMP26 (Skip for now = snooze; the prompt comes back), MC1426371.
 */
import type { OrgPolicy } from '../types';

export interface Message {
  key: string;
  params?: Record<string, string>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid YYYY-MM-DD as a localized long date (UTC, so the day never shifts); null when not a real date. */
function formatDate(value: string, lang: string): string | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) return null;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return value;
  }
}

/**
 * The explainer lines for this policy, in order. `lang` only formats the organization's deadline; `today`
 * (YYYY-MM-DD, default: none) switches the deadline line to "has passed" after the date.
 */
export function whyAsked(policy: Pick<OrgPolicy, 'organizationName' | 'registrationDeadline'>, options: { lang?: string; today?: string } = {}): Message[] {
  const out: Message[] = [];
  const org = typeof policy.organizationName === 'string' && policy.organizationName.trim() ? policy.organizationName.trim() : null;
  out.push(org ? { key: 'engine.whyAsked.who-org', params: { org } } : { key: 'engine.whyAsked.who' });
  out.push({ key: 'engine.whyAsked.default' });
  out.push({ key: 'engine.whyAsked.skip' });
  out.push({ key: 'engine.whyAsked.blocking' });
  const deadline = policy.registrationDeadline;
  const date = typeof deadline === 'string' ? formatDate(deadline, options.lang ?? 'en') : null;
  if (date !== null && deadline) {
    const passed = typeof options.today === 'string' && ISO_DATE.test(options.today) && options.today > deadline;
    out.push({ key: passed ? 'engine.whyAsked.deadline-passed' : 'engine.whyAsked.deadline', params: { date } });
  }
  out.push({ key: 'engine.whyAsked.how-long' });
  return out;
}
