/** The Security info page URL, with the organization's `?tenant=` when the policy names one. Pure. */
import { normalizeTenant } from './validation';

export const SECURITY_INFO_URL = 'https://mysignins.microsoft.com/security-info';

/** A tenant is a GUID or a domain name (core/validation.ts normalizeTenant): nothing else reaches the URL. */
export function securityInfoUrl(tenant?: string | null): string {
  const value = normalizeTenant(tenant);
  if (!value) return SECURITY_INFO_URL;
  const url = new URL(SECURITY_INFO_URL);
  url.searchParams.set('tenant', value);
  return url.toString();
}
