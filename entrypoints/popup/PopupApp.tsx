/**
 * The popup: the next action for this person first (the engine's guide, the same one the companion page and
 * the overlay show, marked data-guide), then, collapsed under "Details for IT", the capability table, the test
 * passkey and the help-desk diagnostic.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Decision } from '@/core/engine';
import { DEFAULT_POLICY, PSEUDO_LANGUAGE, type CapabilityFacts, type Language, type OrgPolicy, type PlatformFacts, type Tri } from '@/core/types';
import { hasExtensionStorage, lastPageStateItem, overlayUiItem } from '@/storage/items';
import { readOverlayUi } from '@/core/overlayUi';
import { probeCapabilities } from '@/probes/capabilities';
import { readCachedPolicy, readPolicy } from '@/probes/policy';
import type { IgnoredSetting, ParsedPolicy } from '@/core/policy';
import { detectWebAuthnTakeover } from '@/probes/otherExtensions';
import { nextAction } from '@/components/popup/verdict';
import { guideTitle } from '@/components/guide/GuideView';
import { AppIcon } from '@/components/guide/AppIcon';
import { EMPTY_CHOICE, guidedLinkFor } from '@/core/guidedLink';
import type { UncheckedTranslate } from '@/core/i18n';
import { Lazy } from '@/components/popup/Lazy';
import { LanguagePicker } from '@/components/LanguagePicker';
import { useLocale } from '@/components/useLocale';

type Engine = { decide: typeof import('@/core/engine').decide; platform: PlatformFacts };

let engineLoad: Promise<Engine> | null = null;
/**
 * The engine chunk (rules + UA parsing) and the platform, started once, as early as the popup first renders and in
 * parallel with the capability probes, the cached policy and the messages: the first thing the popup shows is the
 * engine's recommendation, never a capability guess that could contradict it.
 */
function loadEngine(): Promise<Engine> {
  engineLoad ??= Promise.all([import('@/core/engine'), import('@/probes/platform')]).then(async ([e, p]) => ({
    decide: e.decide,
    platform: await p.detectPlatform(),
  }));
  engineLoad.catch(() => {
    engineLoad = null; // a failed chunk load may succeed on the next render
  });
  return engineLoad;
}

function extensionVersion(): string {
  const g = globalThis as { chrome?: { runtime?: { getManifest?: () => { version: string } } } };
  try {
    return g.chrome?.runtime?.getManifest?.().version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function readLastPage(): Promise<unknown> {
  if (!hasExtensionStorage()) return null;
  return (await lastPageStateItem.getValue()) ?? null;
}

interface PolicyView {
  policy: OrgPolicy;
  ignored: IgnoredSetting[];
  /** The organization set at least one setting (valid or not): the popup then links to the admin view. */
  managed: boolean;
  /** false until the policy came from the background's cache or storage.managed (first seconds after browser start). */
  settled: boolean;
}

const NO_POLICY: PolicyView = { policy: DEFAULT_POLICY, ignored: [], managed: false, settled: false };

function view(parsed: ParsedPolicy): PolicyView {
  return { policy: parsed.policy, ignored: parsed.ignored, managed: parsed.applied.length + parsed.ignored.length > 0, settled: true };
}

/** Fast path: the background's cached copy (milliseconds). Without it, defaults now and the slow managed read later. */
async function fastPolicy(): Promise<PolicyView> {
  const cached = await readCachedPolicy();
  return cached ? view(cached) : NO_POLICY;
}

/** True when the user closed the overlay on Security info: the popup then offers to bring it back. */
async function overlayDismissed(): Promise<boolean> {
  if (!hasExtensionStorage()) return false;
  return readOverlayUi(await overlayUiItem.getValue()).dismissed.length > 0;
}

async function showOverlayAgain(): Promise<void> {
  if (!hasExtensionStorage()) return;
  const ui = readOverlayUi(await overlayUiItem.getValue());
  await overlayUiItem.setValue({ ...ui, dismissed: [] });
}

async function slowPolicy(): Promise<PolicyView> {
  try {
    return view(await readPolicy({ fresh: true }));
  } catch {
    return { ...NO_POLICY, settled: true };
  }
}

export function PopupApp() {
  if (typeof document !== 'undefined') void loadEngine().catch(() => undefined);
  const [capabilities, setCapabilities] = useState<CapabilityFacts | null>(null);
  const [policyView, setPolicyView] = useState<PolicyView | null>(null);
  /** null until the engine chunk (platform parsing + rules) has loaded, right after the first verdict. */
  const [engine, setEngine] = useState<Engine | null>(null);
  const [otherExtension] = useState<Tri>(() => detectWebAuthnTakeover());
  // "Details for IT" (capability table, test passkey, diagnostic) loads after the first verdict, or when opened.
  const [detailsWanted, setDetailsWanted] = useState(false);
  const [tool, setTool] = useState<'none' | 'test' | 'diagnostic'>('none');
  const [handoffOpen, setHandoffOpen] = useState(false);
  const [overlayHidden, setOverlayHidden] = useState<'yes' | 'no' | 'restored'>('no');
  // Language: user's choice > organization default (from the cached policy, so wait for it) > browser > English.
  const locale = useLocale({ organization: policyView?.policy.defaultLanguage, pending: policyView === null });

  useEffect(() => {
    // Everything the verdict needs starts at once; the language waits only for the cached policy (milliseconds).
    void probeCapabilities().then(setCapabilities);
    void overlayDismissed()
      .then((hidden) => hidden && setOverlayHidden('yes'))
      .catch(() => undefined);
    void fastPolicy().then(async (first) => {
      setPolicyView(first);
      if (!first.settled) setPolicyView(await slowPolicy());
    });
  }, []);

  useEffect(() => {
    void loadEngine()
      .then(setEngine)
      .catch(() => undefined);
  }, []);

  const policy = policyView?.policy ?? DEFAULT_POLICY;
  const decision = useMemo<Decision | null>(
    () => (engine && capabilities ? engine.decide({ platform: engine.platform, capabilities, policy, answers: {} }) : null),
    [engine, capabilities, policy],
  );
  const ready = locale !== null && capabilities !== null && policyView !== null && decision !== null;
  useEffect(() => {
    // The first verdict is the engine's: the popup never claims anything the engine has not decided.
    if (!ready) return;
    performance.mark('pg:first-verdict');
    setDetailsWanted(true);
  }, [ready]);

  if (!ready) return <main aria-busy="true" />;
  const { t } = locale;
  const tt = t as unknown as UncheckedTranslate;
  const platform = engine?.platform ?? null;
  const state = { lang: locale.lang, platform, policyIgnored: policyView.ignored, otherExtension };
  const lang = locale.lang === PSEUDO_LANGUAGE ? null : (locale.lang as Language);
  const next = nextAction(decision, policy, platform, lang)!;
  const guideName = guideTitle(t, decision.guide);
  const canTest = policy.testPasskeyAllowed && capabilities.webauthn === 'yes';
  const companionHref = guidedLinkFor(`${location.origin}/guide.html`, { ...EMPTY_CHOICE, guide: decision.guide }) ?? '/guide.html';
  const org = policy.organizationLogoText ?? policy.organizationName;

  return (
    <main>
      <header class="popup-header">
        <p class="popup-brand">
          <AppIcon size={20} />
          <span>{t('common.appName')}</span>
          {org && (
            <span class="popup-org" data-org="">
              {t('common.fromOrg', { org })}
            </span>
          )}
        </p>
        <LanguagePicker t={t} value={locale.lang} languages={locale.languages} onChange={locale.setLanguage} />
      </header>
      <section class={`next next-${decision.guide}`} data-guide={decision.guide} aria-labelledby="pg-next-title" aria-live="polite">
        <h1 id="pg-next-title" class="next-label">
          {t('common.nextStep')}
        </h1>
        <p class="next-guide" data-guide-name="">
          {guideName}
        </p>
        {next.nextKey && <p class="next-text">{t(next.nextKey)}</p>}
        {decision.warnings.slice(0, 2).map((w) => (
          <p key={w} class="next-warning" role="note" data-warning={w}>
            {tt(`engine.warnings.${w}`)}
          </p>
        ))}
        <p class="next-actions">
          <a class="primary" href={next.securityInfo} target="_blank" rel="noreferrer" data-action="security-info">
            {t('popup.action.securityInfo')}
          </a>
          {next.handoff && (
            <button type="button" class="secondary" data-action="handoff" aria-expanded={handoffOpen} onClick={() => setHandoffOpen(!handoffOpen)}>
              {t('popup.action.qr')}
            </button>
          )}
        </p>
        {handoffOpen && next.handoff && (
          <div class="handoff" data-handoff={next.handoff.target}>
            <Lazy
              load={() => import('@/components/QrCode').then((m) => m.QrCode)}
              props={{ value: next.handoff.value, label: t('popup.action.qrLabel'), size: 168, unavailable: t('link.qrUnavailable') }}
              fallback={t('popup.loadFailed')}
            />
            <p>{t(next.handoff.target === 'guide' ? 'popup.action.qrGuide' : 'popup.action.qrSecurityInfo')}</p>
          </div>
        )}
        <p>
          <a href={companionHref} target="_blank" rel="noopener noreferrer" data-action="companion">
            {t('popup.openGuide')}
          </a>
        </p>
      </section>

      {state.otherExtension === 'yes' && (
        <aside class="note" data-other-extension="yes">
          <p>{t('popup.otherExtension.detected')}</p>
        </aside>
      )}
      {overlayHidden === 'yes' && (
        <p>
          <button
            type="button"
            data-action="show-overlay"
            onClick={() =>
              void showOverlayAgain().then(
                () => setOverlayHidden('restored'),
                () => undefined,
              )
            }
          >
            {t('popup.overlay.showAgain')}
          </button>
        </p>
      )}
      {overlayHidden === 'restored' && (
        <p role="status" data-overlay-restored>
          {t('popup.overlay.shownAgain')}
        </p>
      )}

      <details class="it-details" data-details="it" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setDetailsWanted(true)}>
        <summary>{t('common.detailsForIt')}</summary>
        {detailsWanted && (
          <Lazy
            load={() => import('@/components/popup/ItDetails').then((m) => m.ItDetails)}
            props={{
              t,
              capabilities,
              platform: state.platform,
              otherExtension: state.otherExtension,
              companionSiteMissing: next.handoff?.target === 'security-info',
            }}
            fallback={t('popup.loadFailed')}
          />
        )}
        <div class="tools">
          {canTest ? (
            <button type="button" data-action="open-test" aria-expanded={tool === 'test'} onClick={() => setTool(tool === 'test' ? 'none' : 'test')}>
              {t('popup.test.title')}
            </button>
          ) : (
            <p class="muted" data-test-passkey="disabled">
              {t(policy.testPasskeyAllowed ? 'popup.test.error.unsupported' : 'popup.test.disabledByPolicy')}
            </p>
          )}
          <button
            type="button"
            data-action="open-diagnostic"
            aria-expanded={tool === 'diagnostic'}
            onClick={() => setTool(tool === 'diagnostic' ? 'none' : 'diagnostic')}
          >
            {t('popup.diagnostic.title')}
          </button>
        </div>
        {tool === 'test' && canTest && (
          <Lazy load={() => import('@/components/popup/TestPasskey').then((m) => m.TestPasskey)} props={{ t, policy }} fallback={t('popup.loadFailed')} />
        )}
        {tool === 'diagnostic' && (
          <Lazy
            load={() => import('@/components/popup/DiagnosticPanel').then((m) => m.DiagnosticPanel)}
            props={{
              t,
              readLastPage,
              input: {
                version: extensionVersion(),
                language: state.lang,
                platform: state.platform,
                capabilities,
                policy,
                policyIgnored: state.policyIgnored,
                guide: decision.guide,
                otherExtension: state.otherExtension === 'yes' ? ('yes' as const) : ('unknown' as const),
              },
            }}
            fallback={t('popup.loadFailed')}
          />
        )}
        {policyView.managed && (
          <footer class="org" data-policy-ignored={policyView.ignored.length}>
            {/* The admin view (options page): every setting in effect, and what was ignored and why. */}
            <a href="/options.html" target="_blank" rel="noopener noreferrer" data-action="org-settings">
              {t('popup.orgSettings')}
            </a>
          </footer>
        )}
      </details>
      {policyView.managed && policyView.ignored.length > 0 && (
        <p class="note" data-policy-ignored-note="">
          {t('popup.policyIgnored')}
        </p>
      )}
    </main>
  );
}
