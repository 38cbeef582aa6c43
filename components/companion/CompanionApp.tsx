import { useEffect, useMemo, useState } from 'preact/hooks';
import { decide, stepsFor, type Decision, type EngineInput } from '@/core/engine';
import { createTranslator, textDirection, type Translate } from '@/core/i18n';
import { hasChoice, parseGuidedLink, toStoredGuidedChoice, type GuidedChoice, type LinkProblem } from '@/core/guidedLink';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { DEFAULT_POLICY, type Answers, type CapabilityFacts, type GuideId, type Language, type OrgPolicy, type PlatformFacts } from '@/core/types';
import { loadMessages } from '@/locales';
import { chooseLanguage } from '@/probes/language';
import { probeCapabilities } from '@/probes/capabilities';
import { readPolicy } from '@/probes/policy';
import { extensionStorage } from '@/probes/extensionStorage';
import { probePlatform } from './deps';
import { GuidePanel } from './GuidePanel';
import { LinkProblems } from './LinkProblems';
import { Builder } from '../builder/Builder';

export interface CompanionEnv {
  /** 'extension' for /guide.html, 'site' for the standalone build. */
  kind: 'extension' | 'site';
  /** Address of this page without query/hash: the base of guided links and the QR hand-off. */
  pageUrl: string;
}

interface Loaded {
  lang: Language;
  t: Translate;
  platform: PlatformFacts;
  capabilities: CapabilityFacts;
}

/** The organization's managed policy wins; a guided link fills what it leaves open. */
function policyFor(choice: GuidedChoice, org: OrgPolicy): OrgPolicy {
  return {
    ...org,
    organizationName: org.organizationName ?? choice.org,
    tenant: org.tenant ?? choice.tenant,
    preferredGuide: org.preferredGuide,
    helpDesk: org.helpDesk.email || org.helpDesk.phone || org.helpDesk.url ? org.helpDesk : { ...org.helpDesk, email: choice.helpDesk },
  };
}

/** The companion page: runs as the extension page /guide.html and as the standalone site. */
export function CompanionApp({ env, search = location.search }: { env: CompanionEnv; search?: string }) {
  const link = useMemo(() => parseGuidedLink(search), [search]);
  const params = useMemo(() => new URLSearchParams(search.length > 4096 ? '' : search), [search]);
  const [view, setView] = useState<'guide' | 'builder'>(params.get('view') === 'builder' ? 'builder' : 'guide');
  const welcome = params.get('welcome') === '1' && env.kind === 'extension';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [answers, setAnswers] = useState<Answers>(link.choice.workProfile ? { workProfile: link.choice.workProfile } : {});
  const [guide, setGuide] = useState<GuideId | null>(link.choice.guide);
  const [orgPolicy, setOrgPolicy] = useState<OrgPolicy>(DEFAULT_POLICY);

  useEffect(() => {
    void (async () => {
      const lang = await chooseLanguage(link.choice.lang);
      const [messages, platform, capabilities] = await Promise.all([loadMessages(lang), probePlatform(), probeCapabilities()]);
      document.documentElement.lang = lang;
      document.documentElement.dir = textDirection(lang);
      setLoaded({ lang, t: createTranslator(messages, lang), platform, capabilities });
    })();
    // Managed policy (extension only; the site gets DEFAULT_POLICY). Not awaited: the first managed read can take seconds.
    if (env.kind === 'extension') void readPolicy().then((p) => setOrgPolicy(p.policy), () => undefined);
    // Carry a guided link's choices to the overlay on Security info (extension only).
    const local = extensionStorage('local');
    if (local && hasChoice(link.choice)) void local.set({ [STORAGE_KEYS.guidedChoice]: toStoredGuidedChoice(link.choice, Date.now()) });
  }, [link, params, env.kind]);

  const decision = useMemo<Decision | null>(() => {
    if (!loaded) return null;
    const input: EngineInput = { platform: loaded.platform, capabilities: loaded.capabilities, policy: policyFor(link.choice, orgPolicy), answers };
    const auto = decide(input);
    if (!guide || guide === auto.guide) return auto;
    return { ...auto, guide, steps: stepsFor(guide, input), questions: auto.questions };
  }, [loaded, answers, guide, link, orgPolicy]);

  if (!loaded || !decision) return <main aria-busy="true" />;
  const { t } = loaded;
  const policy = policyFor(link.choice, orgPolicy);
  // Links for phones and e-mail must point at a page anyone can open: the site, or the organization's companion site.
  const shareBase = env.kind === 'site' ? env.pageUrl : policy.companionSiteUrl;


  return (
    <div
      class="pg-companion"
      data-view={view}
      data-platform={JSON.stringify(loaded.platform)}
      data-capabilities={JSON.stringify(loaded.capabilities)}
    >
      <header class="pg-header">
        <p class="pg-brand">{t('common.appName')}</p>
        <nav class="pg-nav no-print">
          {view === 'guide' ? (
            <a href="?view=builder" onClick={(e) => (e.preventDefault(), setView('builder'))}>
              {t('companion.builderLink')}
            </a>
          ) : (
            <a href="?" onClick={(e) => (e.preventDefault(), setView('guide'))}>
              {t('companion.backToGuide')}
            </a>
          )}
        </nav>
      </header>
      <main>
        {view === 'builder' ? (
          <Builder t={t} lang={loaded.lang} baseUrl={shareBase ?? env.pageUrl} />
        ) : (
          <>
            {welcome && (
              <section class="pg-welcome" data-welcome="">
                <h2>{t('companion.welcomeTitle')}</h2>
                <p>{t('companion.welcomeBody')}</p>
              </section>
            )}
            <h1>{t('companion.title')}</h1>
            <p>{t('companion.intro')}</p>
            {link.choice.org && <p class="pg-org">{t('companion.orgNote', { org: link.choice.org })}</p>}
            <LinkProblems t={t} problems={link.problems as LinkProblem[]} />
            <GuidePanel
              t={t}
              decision={decision}
              answers={answers}
              onAnswer={setAnswers}
              onGuide={setGuide}
              platform={loaded.platform}
              choice={{ ...link.choice, guide: decision.guide, lang: loaded.lang, tenant: policy.tenant }}
              shareBase={shareBase}
            />
          </>
        )}
      </main>
    </div>
  );
}
