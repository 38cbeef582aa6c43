import { useEffect, useMemo, useState } from 'preact/hooks';
import { decide, stepsFor, type Decision, type EngineInput } from '@/core/engine';
import { hasChoice, parseGuidedLink, toStoredGuidedChoice, type GuidedChoice, type LinkProblem } from '@/core/guidedLink';
import { parsePolicy } from '@/core/policy';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { DEFAULT_POLICY, PSEUDO_LANGUAGE, type Answers, type CapabilityFacts, type GuideId, type OrgPolicy, type PlatformFacts } from '@/core/types';
import { PSEUDO_LOCALE_ENABLED } from '@/locales';
import { probeCapabilities } from '@/probes/capabilities';
import { readPolicy, readPolicyCache } from '@/probes/policy';
import { extensionStorage } from '@/probes/extensionStorage';
import { LanguagePicker } from '../LanguagePicker';
import { useLocale } from '../useLocale';
import { probePlatform } from './deps';
import { GuidePanel } from './GuidePanel';
import { HelpDesk, hasHelpDesk } from './HelpDesk';
import { LinkProblems } from './LinkProblems';
import { Builder } from '../builder/Builder';

export interface CompanionEnv {
  /** 'extension' for /guide.html, 'site' for the standalone build. */
  kind: 'extension' | 'site';
  /** Address of this page without query/hash: the base of guided links and the QR hand-off. */
  pageUrl: string;
}

interface Loaded {
  platform: PlatformFacts;
  capabilities: CapabilityFacts;
}

/** A guided link's `hd` (already validated: an e-mail address, an https:// URL or a phone number). */
function linkHelpDesk(contact: string | null): OrgPolicy['helpDesk'] {
  const empty = { name: null, url: null, phone: null, email: null };
  if (!contact) return empty;
  if (contact.includes('@')) return { ...empty, email: contact };
  if (/^https:\/\//i.test(contact)) return { ...empty, url: contact };
  return { ...empty, phone: contact };
}

/**
 * The policy the engine and the page use. In the extension the organization's managed policy wins;
 * a guided link (`org`, `tenant`, `hd`) fills only what the policy leaves open. The standalone site
 * has no managed storage, so there the guided link's organization fields are all it knows.
 */
export function policyFor(choice: GuidedChoice, org: OrgPolicy): OrgPolicy {
  return {
    ...org,
    organizationName: org.organizationName ?? choice.org,
    tenant: org.tenant ?? choice.tenant,
    preferredGuide: org.preferredGuide,
    helpDesk: hasHelpDesk(org.helpDesk) ? org.helpDesk : { ...linkHelpDesk(choice.helpDesk), name: org.helpDesk.name },
  };
}

/** The organization's policy on the extension page: the background's cached copy at once, storage.managed otherwise. */
function useOrgPolicy(kind: CompanionEnv['kind']): { policy: OrgPolicy; known: boolean } {
  const [state, setState] = useState<{ policy: OrgPolicy; known: boolean }>({ policy: DEFAULT_POLICY, known: kind === 'site' });
  useEffect(() => {
    if (kind !== 'extension') return;
    let alive = true;
    void (async () => {
      let cached = false;
      try {
        const cache = await readPolicyCache();
        if (cache && alive) {
          cached = true;
          setState({ policy: parsePolicy(cache.raw).policy, known: true });
        }
      } catch {}
      if (cached) return;
      // No cached copy yet (first seconds after browser start): show the page now, apply the policy when it arrives.
      if (alive) setState((s) => ({ ...s, known: true }));
      try {
        const parsed = await readPolicy({ fresh: true });
        if (alive) setState({ policy: parsed.policy, known: true });
      } catch {}
    })();
    return () => {
      alive = false;
    };
  }, [kind]);
  return state;
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
  const org = useOrgPolicy(env.kind);
  // ?lang=en-XA (pseudo-locale) is honoured in development and tests only; it is not a guided-link language.
  const pseudoLink = PSEUDO_LOCALE_ENABLED && params.get('lang') === PSEUDO_LANGUAGE;
  const locale = useLocale({
    link: link.choice.lang ?? (pseudoLink ? PSEUDO_LANGUAGE : undefined),
    organization: org.policy.defaultLanguage,
    pending: !org.known,
  });
  const problems = useMemo(
    () => (link.problems as LinkProblem[]).filter((p) => !(pseudoLink && p.param === 'lang')),
    [link, pseudoLink],
  );

  useEffect(() => {
    void Promise.all([probePlatform(), probeCapabilities()]).then(([platform, capabilities]) => setLoaded({ platform, capabilities }));
    // Carry a guided link's choices to the overlay on Security info (extension only).
    const local = extensionStorage('local');
    if (local && hasChoice(link.choice)) void local.set({ [STORAGE_KEYS.guidedChoice]: toStoredGuidedChoice(link.choice, Date.now()) });
  }, [link]);

  const policy = useMemo(() => policyFor(link.choice, org.policy), [link, org.policy]);
  const decision = useMemo<Decision | null>(() => {
    if (!loaded) return null;
    const input: EngineInput = { platform: loaded.platform, capabilities: loaded.capabilities, policy, answers };
    const auto = decide(input);
    if (!guide || guide === auto.guide) return auto;
    return { ...auto, guide, steps: stepsFor(guide, input), questions: auto.questions };
  }, [loaded, answers, guide, policy]);

  // The tab title follows the language too (the page's <title> is English until the messages load).
  useEffect(() => {
    if (locale) document.title = `${locale.t('companion.title')} – ${locale.t('common.appName')}`;
  }, [locale?.t]);

  if (!loaded || !decision || !locale) return <main aria-busy="true" />;
  const { t } = locale;
  // Links for phones and e-mail must point at a page anyone can open: the site, or the organization's companion site.
  const shareBase = env.kind === 'site' ? env.pageUrl : policy.companionSiteUrl;
  const contact = policy.helpDesk.email ?? policy.helpDesk.phone ?? policy.helpDesk.url;
  // The phone hand-off carries the organization's name, tenant and contact, so the site (no policy there) shows them too.
  const handoffChoice: GuidedChoice = {
    ...link.choice,
    guide: decision.guide,
    lang: locale.lang === PSEUDO_LANGUAGE ? null : locale.lang,
    tenant: policy.tenant,
    org: policy.organizationName,
    helpDesk: contact,
  };

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
          <LanguagePicker t={t} value={locale.lang} languages={locale.languages} onChange={locale.setLanguage} />
        </nav>
      </header>
      <main>
        {view === 'builder' ? (
          <Builder
            t={t}
            lang={locale.lang === PSEUDO_LANGUAGE ? 'en' : locale.lang}
            baseUrl={shareBase ?? env.pageUrl}
            defaults={{ org: policy.organizationName, tenant: policy.tenant, helpDesk: contact }}
          />
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
            {org.policy.organizationName ? (
              <p class="pg-org" data-org-source="policy">{t('companion.orgManaged', { org: org.policy.organizationName })}</p>
            ) : (
              link.choice.org && <p class="pg-org" data-org-source="link">{t('companion.orgNote', { org: link.choice.org })}</p>
            )}
            <LinkProblems t={t} problems={problems} />
            <GuidePanel
              t={t}
              decision={decision}
              answers={answers}
              onAnswer={setAnswers}
              onGuide={setGuide}
              platform={loaded.platform}
              choice={handoffChoice}
              shareBase={shareBase}
            />
            <HelpDesk t={t} helpDesk={policy.helpDesk} />
          </>
        )}
      </main>
    </div>
  );
}
