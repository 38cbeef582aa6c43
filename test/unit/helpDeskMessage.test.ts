import { describe, expect, it } from 'vitest';
import { createTranslator, type Translate } from '@/core/i18n';
import { helpDeskMessage } from '@/core/helpDeskMessage';
import { EMPTY_CHOICE } from '@/core/guidedLink';
import { LANGUAGES } from '@/core/types';
import en from '@/locales/en.json';
import de from '@/locales/de.json';
import ar from '@/locales/ar.json';
import ja from '@/locales/ja.json';

const link = 'https://intranet.contoso.com/passkeys/?v=1&g=authenticator-app&lang=de';

describe('helpDeskMessage', () => {
  it('writes a German message with the guide name, link, contact and organization', () => {
    const t = createTranslator(de, 'de') as Translate;
    const msg = helpDeskMessage(t, link, { ...EMPTY_CHOICE, guide: 'authenticator-app', org: 'Contoso', helpDesk: '+49 30 1234567', lang: 'de' });
    // Wording comes from locales/de.json (translators may refine it); the composition is what is tested here.
    expect(msg.subject).toBe(de.builder.msg.subject);
    const lines = msg.body.split('\n');
    expect(lines).toEqual([
      'Hallo,',
      '',
      de.builder.msg.why,
      '',
      de.builder.msg.guide.replace('{guide}', de.common.guide['authenticator-app']),
      '',
      de.builder.msg.open,
      link,
      '',
      de.builder.msg.where,
      '',
      de.builder.msg.help.replace('{contact}', '+49 30 1234567'),
      '',
      de.builder.msg.signature,
      'IT-Support, Contoso',
    ]);
    expect(msg.body).toContain('Sicherheitsinformationen');
  });

  it('leaves out the optional lines when the choice has no guide, contact or organization', () => {
    const t = createTranslator(en, 'en') as Translate;
    const msg = helpDeskMessage(t, link, EMPTY_CHOICE);
    expect(msg.body).not.toMatch(/Recommended method|Questions\?|IT support/);
    expect(msg.body.split('\n').at(-1)).toBe('Kind regards,');
  });

  it('has no untranslated key or unfilled placeholder in any language', async () => {
    for (const lang of LANGUAGES) {
      const messages = (await import(`../../locales/${lang}.json`)).default;
      const t = createTranslator(messages, lang) as Translate;
      const msg = helpDeskMessage(t, link, { ...EMPTY_CHOICE, guide: 'security-key', org: 'Contoso', helpDesk: 'help@contoso.com' });
      expect(msg.body, lang).not.toMatch(/builder\.msg|companion\.|\{[a-z]+\}/);
      expect(msg.body, lang).toContain('help@contoso.com');
    }
    expect(helpDeskMessage(createTranslator(ar, 'ar') as Translate, link, EMPTY_CHOICE).subject).toMatch(/مفتاح مرور/);
    expect(helpDeskMessage(createTranslator(ja, 'ja') as Translate, link, EMPTY_CHOICE).body).toContain('セキュリティ情報');
  });
});
