import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRegistrationPage, recognizeSecurityInfoPage, signInHostKind } from '@/core/page/recognize';
import { PAGE_STATES } from '@/core/types';

declare global {
  // Set by any script in the fuzzed markup if it ever ran.
  var __pgPwned: number | undefined;
}

// Fragments of the real page in several languages, plus hostile markup.
const FRAGMENTS = [
  '<button>Add sign-in method</button>',
  '<button>Anmeldemethode hinzufügen</button>',
  '<button aria-label="Aanmeldmethode toevoegen">+</button>',
  '<div role="dialog" aria-label="Add a sign-in method"><ul><li><button>Passkey in Microsoft Authenticator</button></li><li><button>Security key</button></li></ul></div>',
  '<div role="dialog"><h2>Passkey</h2><button>Next</button><button>Cancel</button></div>',
  '<div role="combobox" aria-expanded="false">Choose a method</div>',
  '<h1>Security info</h1>',
  '<h1>セキュリティ情報</h1>',
  '<h1 dir="rtl">معلومات الأمان</h1>',
  '<div role="alert">Something went wrong</div>',
  '<input type="text" name="passkeyName" aria-label="Passkey name">',
  '<button>Done</button>',
  '<img src=x onerror="globalThis.__pgPwned=1">',
  '<script>globalThis.__pgPwned=1</script>',
  '<svg><script>globalThis.__pgPwned=1</script></svg>',
  '<a href="javascript:globalThis.__pgPwned=1">x</a>',
  '<template><button>Add sign-in method</button></template>',
  '<div hidden><button>Add sign-in method</button></div>',
  '<iframe srcdoc="<script>parent.__pgPwned=1</script>"></iframe>',
  '<div><div><div><span>',
  '</div></span>',
  '<!-- comment -->',
  '<button></button>',
  '<p>\u202eevil\u202c</p>',
  // 2026 screens and sign-in hosts
  '<div role="alertdialog" aria-labelledby="t"><h2 id="t" data-testid="reskin-step-title">Let’s name your passkey</h2><button data-testid="reskin-step-next-button">Next</button></div>',
  '<div data-testid="message-bar-error">Passkey not registered.</div>',
  '<div data-testid="authmethod-picker-passkey"><div>Passkey</div><div>Sign in with your face</div></div>',
  '<button class="ms-Button"><span data-automationid="splitbuttonprimary"><i data-icon-name="Add" aria-hidden="true">\uE710</i><span class="ms-Button-label">Add sign-in method</span></span></button>',
  '<div role="heading">Sign in faster with your face, fingerprint, or PIN</div>',
  '<div role="heading">Let\'s keep your account secure</div><input type="submit" id="idSIButton9" value="Next">',
  '<input type="password" name="passwd"><input type="hidden" name="loginfmt" value="a@b.c">',
  '<h2>Authenticator Added</h2>',
];
const markup = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), { maxLength: 25 }).map((parts) => parts.join(''));
const path = fc.constantFrom(
  '/security-info',
  '/register',
  '/',
  '/security-info/add',
  '/SECURITY-INFO',
  '/signins',
  '/security-info?tenant=contoso.com',
  '/%00',
);
const url = fc.oneof(
  path.map((p) => `https://mysignins.microsoft.com${p}`),
  fc.constantFrom(
    'https://login.microsoftonline.com/common/login',
    'https://login.microsoft.com/t/fido/create',
    'https://login.microsoft.com/consumers/fido/create',
  ),
  fc.webUrl(),
);

function parse(html: string): Document {
  // DOMParser never runs scripts: the recognizer only ever reads a document.
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

afterEach(() => {
  delete globalThis.__pgPwned;
});

describe('fuzz: recognizeSecurityInfoPage', () => {
  it('gives a known state for random and mutated DOMs, without changing the DOM or running scripts', () => {
    fc.assert(
      fc.property(markup, url, (html, href) => {
        const doc = parse(html);
        const before = doc.documentElement.outerHTML;
        const result = recognizeSecurityInfoPage(doc, href);
        expect(PAGE_STATES).toContain(result.state);
        expect(result.step === null || typeof result.step === 'string').toBe(true);
        expect(doc.documentElement.outerHTML).toBe(before);
        expect(globalThis.__pgPwned).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('says "unknown" for pages outside Security info', () => {
    fc.assert(
      fc.property(markup, (html) => {
        expect(recognizeSecurityInfoPage(parse(html), 'https://example.com/elsewhere').state).toBe('unknown');
      }),
      { numRuns: 100 },
    );
  });

  it('the cheap sign-in check never throws, never changes the DOM, and agrees with the URL', () => {
    fc.assert(
      fc.property(markup, url, (html, href) => {
        const doc = parse(html);
        const before = doc.documentElement.outerHTML;
        const yes = isRegistrationPage(href, doc);
        expect(typeof yes).toBe('boolean');
        if (signInHostKind(href) === null) expect(yes).toBe(false);
        expect(doc.documentElement.outerHTML).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('handles an empty document', () => {
    const doc = document.implementation.createHTMLDocument('');
    expect(PAGE_STATES).toContain(recognizeSecurityInfoPage(doc, 'https://mysignins.microsoft.com/security-info').state);
  });
});
