import { describe, expect, it } from 'vitest';
import {
  checkHttpsUrl,
  isEmail,
  isGuid,
  isHttpsUrl,
  isPhone,
  isTenant,
  MAX_TENANT,
  normalizeEmail,
  normalizeGuid,
  normalizePhone,
  normalizeTenant,
  safeShort,
  stripUnsafe,
} from '@/core/validation';

describe('core/validation', () => {
  it('GUIDs: either case in, lower case out', () => {
    expect(isGuid('72F988BF-86F1-41AF-91AB-2D7CD011DB47')).toBe(true);
    expect(normalizeGuid(' 72F988BF-86F1-41AF-91AB-2D7CD011DB47 ')).toBe('72f988bf-86f1-41af-91ab-2d7cd011db47');
    for (const bad of ['72f988bf86f141af91ab2d7cd011db47', '{72f988bf-86f1-41af-91ab-2d7cd011db47}', '72f988bf-86f1-41af-91ab-2d7cd011db4g', 42, null])
      expect(normalizeGuid(bad)).toBeNull();
  });

  it('tenant: a GUID or a domain, one length rule (≤ 253)', () => {
    expect(normalizeTenant('Contoso.OnMicrosoft.com')).toBe('contoso.onmicrosoft.com');
    expect(isTenant('72f988bf-86f1-41af-91ab-2d7cd011db47')).toBe(true);
    const label = 'a'.repeat(63);
    const long = `${[label, label, label].join('.')}.${'b'.repeat(57)}.com`; // 253 characters
    expect(long.length).toBe(MAX_TENANT);
    expect(isTenant(long)).toBe(true);
    expect(isTenant(`a${long}`)).toBe(false);
    for (const bad of ['contoso', 'contoso.com&x=1', 'a b.com', '../evil.com/', 'https://contoso.com', 'contoso.c0m', `${'a'.repeat(64)}.com`])
      expect(isTenant(bad), bad).toBe(false);
  });

  it('e-mail: ASCII only, and a URL containing @ is never an e-mail address', () => {
    expect(isEmail('help@contoso.com')).toBe(true);
    expect(normalizeEmail(' it.help+passkeys@contoso.co.uk ')).toBe('it.help+passkeys@contoso.co.uk');
    for (const bad of [
      'https://help@evil.example',
      'http://a@b.com',
      'mailto:help@contoso.com',
      'evil.example/x@contoso.com',
      'a@b@contoso.com',
      'help@contöso.com',
      'hélp@contoso.com',
      'help @contoso.com',
      'help@contoso',
      '@contoso.com',
    ]) {
      expect(isEmail(bad), bad).toBe(false);
    }
  });

  it('phone: a leading + survives; at least 3 digits; no + in the middle', () => {
    expect(normalizePhone(' +31 20 123 4567 ')).toBe('+31 20 123 4567');
    expect(normalizePhone('+1 (425) 555-0100')).toBe('+1 (425) 555-0100');
    for (const bad of ['call us', '12', '+', '1+2345', '++31 20 123', 'tel:+31201234567']) expect(isPhone(bad), bad).toBe(false);
  });

  it('https URL: rejects whitespace, @, credentials, non-ASCII, IP-literal hosts and other schemes', () => {
    expect(checkHttpsUrl('https://help.contoso.com/passkeys?x=1')).toEqual({ ok: true, url: 'https://help.contoso.com/passkeys?x=1' });
    expect(isHttpsUrl('https://xn--cntoso-zua.com/')).toBe(true);
    const cases: [string, string][] = [
      ['http://help.contoso.com', 'notHttps'],
      ['javascript:alert(1)', 'notHttps'],
      ['https://help.contoso.com/ Call 0800', 'whitespace'],
      ['https://help.contoso.com/\tx', 'whitespace'],
      ['https://help.contoso.com/\u202ex', 'whitespace'],
      ['https://contoso.com@evil.example/', 'credentials'],
      ['https://user:pw@contoso.com/', 'credentials'],
      ['https://evil.example/?to=help@contoso.com', 'credentials'],
      ['https://cöntoso.com/', 'nonAscii'],
      ['https://contoso.com/ü', 'nonAscii'],
      ['https://192.168.0.1/', 'ipHost'],
      ['https://3232235521/', 'ipHost'],
      ['https://0xC0A80001/', 'ipHost'],
      ['https://[::1]/', 'ipHost'],
      ['https://localhost/', 'notHttps'],
      [`https://contoso.com/${'a'.repeat(2100)}`, 'tooLong'],
    ];
    for (const [url, reason] of cases) expect(checkHttpsUrl(url), url).toEqual({ ok: false, reason });
  });

  it('stripUnsafe removes controls, bidi overrides and invisible characters; safeShort bounds and marks them', () => {
    expect(stripUnsafe('Con\u202etoso\u0000\u200b\ufeff')).toBe('Contoso');
    expect(safeShort('a\u202eb')).toBe('a\ufffdb');
    expect(Array.from(safeShort('x'.repeat(100))).length).toBe(40);
  });
});
