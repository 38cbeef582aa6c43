import { useEffect, useMemo, useState } from 'preact/hooks';
import { decide, stepsFor, type Decision, type EngineInput } from '@/core/engine';
import { hasChoice, parseGuidedLink, toStoredGuidedChoice, trustedContext, type GuidedChoice, type LinkProblem } from '@/core/guidedLink';
import { DEFAULT_POLICY, PSEUDO_LANGUAGE, type Answers, type CapabilityFacts, type GuideId, type OrgPolicy, type PlatformFacts } from '@/core/types';
import { PSEUDO_LOCALE_ENABLED } from '@/locales';
import { probeCapabilities } from '@/probes/capabilities';
import { readPolicyFastThenFresh } from '@/probes/policy';
import { guidedChoiceItem, hasExtensionStorage } from '@/storage/items';
import { LanguagePicker } from '../LanguagePicker';
import { useLocale } from '../useLocale';
import { probePlatform } from './deps';
import { GuidePanel } from './GuidePanel';
import { HelpDesk, LinkContactNotice, LinkOrgNotice } from './HelpDesk';
import { LinkProblems } from './LinkProblems';
import { Builder } from '../builder/Builder';
import { CapabilityList } from '../popup/CapabilityList';
import { AppIcon } from '../guide/AppIcon';
import { platformText } from '@/core/diagnostic';

export interface CompanionEnv {
  /** 'extension' for /guide.html, 'site' for the standalone build. */
  kind: 'extension' | 'site';
  /** Address of this page without query/hash: the base of guided links and the QR hand-off. */
  pageUrl: string;
  /** The hosted site's build-time organization (site/main.tsx, vite.site.config.ts); it wins over link values. */
  org?: OrgPolicy;
}

interface Loaded {
  platform: PlatformFacts;
  capabilities: CapabilityFacts;
}

/**
 * The policy the engine and the page use: only what the organization set (managed policy in the
 * extension, the build-time organization file on the hosted site). A guided link adds its tenant only
 * where the organization set none, and never a help-desk contact: that is shown as unverified text
 * (core/guidedLink.ts trustedContext).
 */
export function policyFor(choice: GuidedChoice, org: OrgPolicy): OrgPolicy {
  const trusted = trustedContext(choice, org);
  return { ...trusted.policy, tenant: org.tenant ?? trusted.linkTenant };
}

/** The organization's policy on the extension page: the background's cached copy at once, storage.managed otherwise. */
function useOrgPolicy(kind: CompanionEnv['kind'], siteOrg?: OrgPolicy): { policy: OrgPolicy; known: boolean } {
  const [state, setState] = useState<{ policy: OrgPolicy; known: boolean }>({ policy: (kind === 'site' && siteOrg) || DEFAULT_POLICY, known: kind === 'site' });
  useEffect(() => {
    if (kind !== 'extension') return;
    let alive = true;
    // Cached policy at once (or the defaults while the first managed read is slow), then storage.managed.
    void readPolicyFastThenFresh((parsed) => {
      if (!alive) return;
      if (parsed) setState({ policy: parsed.policy, known: true });
      else setState((s) => ({ ...s, known: true }));
    });
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
  const org = useOrgPolicy(env.kind, env.org);
  // ?lang=en-XA (pseudo-locale) is honoured in development and tests only; it is not a guided-link language.
  const pseudoLink = PSEUDO_LOCALE_ENABLED && params.get('lang') === PSEUDO_LANGUAGE;
  const locale = useLocale({
    link: link.choice.lang ?? (pseudoLink ? PSEUDO_LANGUAGE : undefined),
    organization: org.policy.defaultLanguage,
    pending: !org.known,
  });
  const problems = useMemo(() => (link.problems as LinkProblem[]).filter((p) => !(pseudoLink && p.param === 'lang')), [link, pseudoLink]);

  useEffect(() => {
    void Promise.all([probePlatform(), probeCapabilities()]).then(([platform, capabilities]) => setLoaded({ platform, capabilities }));
    // Carry a guided link's choices to the overlay on Security info (extension only).
    if (hasExtensionStorage() && hasChoice(link.choice)) void guidedChoiceItem.setValue(toStoredGuidedChoice(link.choice, Date.now())).catch(() => {});
  }, [link]);

  const policy = useMemo(() => policyFor(link.choice, org.policy), [link, org.policy]);
  const fromLink = useMemo(() => trustedContext(link.choice, org.policy), [link, org.policy]);
  const decision = useMemo<Decision | null>(() => {
    if (!loaded) return null;
    const input: EngineInput = { platform: loaded.platform, capabilities: loaded.capabilities, policy, answers };
    const auto = decide(input);
    if (!guide || guide === auto.guide) return auto;
    return { ...auto, guide, steps: stepsFor(guide, input), questions: auto.questions };
  }, [loaded, answers, guide, policy]);

  // The tab title follows the language too (the page's <title> is English until the messages load).
  const title = locale ? `${locale.t('companion.title')} – ${locale.t('common.appName')}` : null;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  if (!loaded || !decision || !locale) return <main aria-busy="true" />;
  const { t } = locale;
  const orgLabel = policy.organizationLogoText ?? policy.organizationName;
  // Links for phones and e-mail must point at a page anyone can open: the site, or the organization's companion site.
  const shareBase = env.kind === 'site' ? env.pageUrl : policy.companionSiteUrl;
  const contact = policy.helpDesk.email ?? policy.helpDesk.phone ?? policy.helpDesk.url;
  // The phone hand-off carries the organization's name, tenant and contact, so the site (no policy there) shows them too.
  const handoffChoice: GuidedChoice = {
    ...link.choice,
    guide: decision.guide,
    lang: locale.lang === PSEUDO_LANGUAGE ? null : locale.lang,
    tenant: policy.tenant,
    org: policy.organizationName ?? fromLink.linkOrg,
    helpDesk: contact ?? (fromLink.linkContact ? link.choice.helpDesk : null),
  };

  return (
    <div class="pg-companion" data-view={view} data-platform={JSON.stringify(loaded.platform)} data-capabilities={JSON.stringify(loaded.capabilities)}>
      <header class="pg-header">
        <p class="pg-brand">
          <AppIcon size={24} />
          <span>{t('common.appName')}</span>
          {orgLabel && (
            <span class="pg-brand__org" data-org="">
              {t('common.fromOrg', { org: orgLabel })}
            </span>
          )}
        </p>
        <nav class="pg-nav no-print">
          {view === 'guide' ? (
            <a
              href="?view=builder"
              onClick={(e) => {
                e.preventDefault();
                setView('builder');
              }}
            >
              {t('companion.builderLink')}
            </a>
          ) : (
            <a
              href="?"
              onClick={(e) => {
                e.preventDefault();
                setView('guide');
              }}
            >
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
              <section class="pg-welcome" data-welcome="" aria-labelledby="pg-welcome-title">
                <h2 id="pg-welcome-title">
                  {org.policy.organizationName ? t('common.firstRun.title', { org: org.policy.organizationName }) : t('common.firstRun.titleNoOrg')}
                </h2>
                <p>{t('common.firstRun.does')}</p>
                <ul>
                  <li data-first-run="sees">{t('common.firstRun.sees')}</li>
                  <li data-first-run="does-not">{t('common.firstRun.doesNot')}</li>
                </ul>
              </section>
            )}
            <h1>{t('companion.title')}</h1>
            <p>{t('companion.intro')}</p>
            {org.policy.organizationName ? (
              <p class="pg-org" data-org-source="policy">
                {t('companion.orgManaged', { org: org.policy.organizationName })}
              </p>
            ) : (
              <LinkOrgNotice t={t} org={fromLink.linkOrg} />
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
            <LinkContactNotice t={t} contact={fromLink.linkContact} />
            <details class="pg-it-details no-print" data-details="it">
              <summary>{t('common.detailsForIt')}</summary>
              <h2>{t('popup.capabilitiesHeading')}</h2>
              <CapabilityList t={t} capabilities={loaded.capabilities} platformText={platformText(t, loaded.platform)} />
            </details>
          </>
        )}
      </main>
    </div>
  );
}
