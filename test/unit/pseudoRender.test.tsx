/**
 * Renders each surface's main components in the pseudo-locale en-XA and fails on any text that
 * did not come from locales/ (a hard-coded string). Add new components to CASES as surfaces grow.
 */
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator, LANGUAGE_NAMES, type Translate } from '@/core/i18n';
import type { CapabilityFacts } from '@/core/types';
import { availableLanguages, loadMessages } from '@/locales';
import { LanguagePicker } from '@/components/LanguagePicker';
import { initialState, reduce, view as overlayView, type OverlayEnv } from '@/core/overlay/reducer';
import { readOverlayUi } from '@/core/overlayUi';
import { overlayGuidance } from '@/core/overlay/guidance';
import { OverlayPanel } from '@/components/overlay/OverlayPanel';
import { CapabilityList } from '@/components/popup/CapabilityList';
import { GuideView } from '@/components/guide/GuideView';
import { Questions } from '@/components/guide/Questions';
import { LinkProblems } from '@/components/companion/LinkProblems';
import { PolicyView } from '@/components/admin/PolicyView';
import { Builder } from '@/components/builder/Builder';
import { decide, type Decision } from '@/core/engine';
import { parsePlatform } from '@/core/platform';
import { parsePolicy } from '@/core/policy';
import { DEFAULT_POLICY, PAGE_STATES } from '@/core/types';
import { PAGE_ERRORS } from '@/core/page/securityInfoPage';
import type { PageRecognition } from '@/core/page/recognize';
import { findUnlocalizedText } from '../harness/unlocalized';

afterEach(cleanup);

const ut = createTranslator(await loadMessages('en-XA'), 'en-XA');
const t: Translate = ut;
const endonyms = Object.values(LANGUAGE_NAMES);

const capabilities: CapabilityFacts = {
  webauthn: 'yes',
  secureContext: 'yes',
  platformAuthenticator: 'no',
  conditionalMediation: 'unknown',
  hybridTransport: 'unknown',
  passkeyPlatformAuthenticator: 'unknown',
  conditionalCreate: 'unknown',
  conditionalGet: 'unknown',
  signalApi: 'unknown',
};

/** Devices that lead the engine to every guide, with its questions, warnings and fallbacks. */
const DEVICES: Record<string, string> = {
  'Windows Edge': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
  'macOS Safari': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  'iPhone iOS 17': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Android 14 Chrome': 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
  'Linux Firefox': 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  'Android Firefox': 'Mozilla/5.0 (Android 14; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0',
};
function decisionFor(userAgent: string, attestationEnforced = false): Decision {
  return decide({
    platform: parsePlatform({ userAgent }),
    capabilities: { ...capabilities, platformAuthenticator: 'unknown' },
    policy: { ...DEFAULT_POLICY, passkeyProfiles: [{ ...DEFAULT_POLICY.passkeyProfiles[0]!, attestationEnforced }] },
    answers: {},
  });
}

function overlayCases() {
  const decision = decisionFor(DEVICES['Windows Edge']!);
  const pages: PageRecognition[] = [
    ...PAGE_STATES.filter((s) => s !== 'error').map((state) => ({
      state,
      step: null,
      route: 'security-info' as const,
      language: 'en' as const,
      hasPasskey: state === 'method-list',
      error: null,
    })),
    ...PAGE_ERRORS.map((error) => ({
      state: 'error' as const,
      step: error,
      route: 'security-info' as const,
      language: 'en' as const,
      hasPasskey: null,
      error,
    })),
  ];
  const env: OverlayEnv = { guides: [decision.guide], steps: { [decision.guide]: decision.steps } };
  const guidance = overlayGuidance(
    { platform: parsePlatform({ userAgent: DEVICES['Windows Edge']! }), capabilities, policy: DEFAULT_POLICY, answers: {} },
    null,
  );
  return pages.flatMap((page) =>
    [false, true].map((allSteps) => {
      let s = reduce(initialState(env, { page, place: null, guided: null, ui: readOverlayUi(null) }), { type: 'page', page, now: 1 }, env).state;
      if (allSteps) s = reduce(s, { type: 'toggle-all' }, env).state;
      return {
        name: `overlay: OverlayPanel on ${page.state}${page.error ? ` (${page.error})` : ''}${allSteps ? ', all steps' : ''}`,
        allowed: endonyms,
        node: (
          <OverlayPanel
            t={ut}
            lang="en"
            view={overlayView(s, env)}
            guides={[decision.guide, ...decision.fallbacks]}
            warnings={decision.warnings}
            organization={null}
            helpDesk={null}
            whyAsked={guidance.whyAsked}
            fixes={guidance.fixes[decision.guide] ?? {}}
            params={{ choice: ut('overlay.choice.windows'), button: ut('overlay.nextButton'), deadline: '' }}
            error={page.error}
            hasPasskey={page.hasPasskey}
            announcement={t('overlay.title')}
            onToggleAll={() => {}}
            onHide={() => {}}
            onOpen={() => {}}
            onGuide={() => {}}
            onLanguage={() => {}}
          />
        ),
      };
    }),
  );
}

const CASES: { name: string; node: ComponentChild; allowed?: (string | RegExp)[] }[] = [
  ...Object.entries(DEVICES).flatMap(([device, ua]) =>
    [false, true].map((attestation) => {
      const decision = decisionFor(ua, attestation);
      return {
        name: `guide: GuideView + Questions, ${device}${attestation ? ', attestation enforced' : ''} (${decision.guide})`,
        node: (
          <>
            <Questions t={t} questions={decision.questions} answers={{}} onAnswer={() => {}} />
            <GuideView t={t} decision={decision} current={0} onStep={() => {}} onSwitchGuide={() => {}} />
          </>
        ),
      };
    }),
  ),
  {
    name: 'companion: LinkProblems',
    node: (
      <LinkProblems
        t={t}
        problems={[
          { param: 'x', code: 'unknown-param' },
          { param: 'lang', code: 'invalid-value' },
        ]}
      />
    ),
  },
  {
    name: 'admin: PolicyView with an ignored setting',
    node: <PolicyView t={t} parsed={parsePolicy({ tenantName: 42, bogus: 1 })} version="1.2.3" />,
    allowed: ['device-bound', 'synced'],
  },
  {
    name: 'builder: Builder',
    node: <Builder t={t} lang="en" baseUrl="https://example.org/guide" />,
    allowed: [...endonyms, /https:\/\/example\.org\/guide\S*/],
  },
  ...overlayCases(),
  { name: 'popup: CapabilityList', node: <CapabilityList t={t} capabilities={capabilities} platformText={t('common.unknown')} /> },
  {
    name: 'shared: LanguagePicker',
    node: <LanguagePicker t={t} value="en-XA" languages={availableLanguages()} onChange={() => {}} />,
    allowed: endonyms,
  },
];

describe('no hard-coded text (pseudo-locale render)', () => {
  for (const { name, node, allowed } of CASES) {
    it(name, () => {
      const { container } = render(node);
      expect(container.textContent?.trim().length ?? 0, 'rendered nothing').toBeGreaterThan(0);
      expect(findUnlocalizedText(container, allowed)).toEqual([]);
    });
  }

  it('the detector catches hard-coded text and attributes (self-test)', () => {
    const { container } = render(
      <div>
        <p>{t('common.language')}</p>
        <button type="button" aria-label="Close">
          {t('common.yes')}
        </button>
        <span>Hard-coded</span>
        <span>42 · 3.5 %</span>
        <span>{'{name}'}</span>
      </div>,
    );
    // Numbers and punctuation pass; an unfilled {placeholder} is caught like hard-coded text.
    expect(findUnlocalizedText(container)).toEqual(['<button aria-label>: "Close"', '<span> text: "Hard-coded"', '<span> text: "{name}"']);
  });
});

describe('LanguagePicker', () => {
  it('is a labelled select listing endonyms with a lang attribute each, and reports a change', async () => {
    const en = createTranslator(await loadMessages('en'), 'en');
    const chosen: string[] = [];
    const { getByLabelText } = render(<LanguagePicker t={en} value="en" onChange={(l) => chosen.push(l)} />);
    const select = getByLabelText('Language') as HTMLSelectElement;
    const options = [...select.options].map((o) => [o.value, o.textContent, o.getAttribute('lang')]);
    expect(options).toEqual([
      ['en', 'English', 'en'],
      ['nl', 'Nederlands', 'nl'],
      ['de', 'Deutsch', 'de'],
      ['fr', 'Français', 'fr'],
      ['es', 'Español', 'es'],
      ['ja', '日本語', 'ja'],
      ['ar', 'العربية', 'ar'],
    ]);
    expect(select.options[6]!.getAttribute('dir')).toBe('rtl');
    select.value = 'ja';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // A value that is not offered (tampered DOM) is ignored rather than passed on.
    select.value = 'xx';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(chosen).toEqual(['ja']);
  });
});
