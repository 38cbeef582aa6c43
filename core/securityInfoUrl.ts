/** The Security info page URL, with the organization's `?tenant=` when the policy names one. Pure. */
export const SECURITY_INFO_URL = 'https://mysignins.microsoft.com/security-info';

// A tenant is a GUID or a domain name: nothing else reaches the URL.
const TENANT_RE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i;

export function isValidTenant(tenant: string): boolean {
  return TENANT_RE.test(tenant.trim());
}

export function securityInfoUrl(tenant?: string | null): string {
  const value = tenant?.trim();
  if (!value || !isValidTenant(value)) return SECURITY_INFO_URL;
  const url = new URL(SECURITY_INFO_URL);
  url.searchParams.set('tenant', value.toLowerCase());
  return url.toString();
}
