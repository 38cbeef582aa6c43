import { describe, expect, it } from 'vitest';
import { SECURITY_INFO_URL, securityInfoUrl } from '@/core/securityInfoUrl';

describe('securityInfoUrl', () => {
  it('without a tenant is the plain Security info page', () => {
    expect(securityInfoUrl(null)).toBe(SECURITY_INFO_URL);
    expect(securityInfoUrl('')).toBe(SECURITY_INFO_URL);
  });
  it('adds ?tenant= for a domain or a tenant GUID', () => {
    expect(securityInfoUrl('contoso.onmicrosoft.com')).toBe(`${SECURITY_INFO_URL}?tenant=contoso.onmicrosoft.com`);
    expect(securityInfoUrl('72F988BF-86F1-41AF-91AB-2D7CD011DB47')).toBe(`${SECURITY_INFO_URL}?tenant=72f988bf-86f1-41af-91ab-2d7cd011db47`);
  });
  it('drops anything that is not a tenant (no injection into the URL)', () => {
    for (const bad of ['contoso.com&x=1', 'javascript:alert(1)', 'a b.com', 'contoso', '../evil.com/']) {
      expect(securityInfoUrl(bad)).toBe(SECURITY_INFO_URL);
    }
  });
});
