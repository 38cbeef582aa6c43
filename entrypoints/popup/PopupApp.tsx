/**
 * The popup: capability verdict first (fast path: language, capabilities, cached policy, platform),
 * then lazily the test passkey, QR hand-off and the help-desk diagnostic.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Decision } from '@/core/engine';
import { DEFAULT_POLICY, type CapabilityFacts, type OrgPolicy, type PlatformFacts, type Tri } from '@/core/types';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { readOverlayUi } from '@/core/overlayUi';
import { platformText } from '@/core/diagnostic';
import { probeCapabilities } from '@/probes/capabilities';
import { readPolicy, readPolicyCache } from '@/probes/policy';
import { parsePolicy, type IgnoredSetting, type ParsedPolicy } from '@/core/policy';
import { extensionStorage } from '@/probes/extensionStorage';
import { detectWebAuthnTakeover } from '@/probes/otherExtensions';
import { CapabilityList } from '@/components/popup/CapabilityList';
import { computeVerdict } from '@/components/popup/verdict';
import { Lazy } from '@/components/popup/Lazy';
import { LanguagePicker } from '@/components/LanguagePicker';
import { useLocale } from '@/components/useLocale';

type Engine = { decide: typeof import('@/core/engine').decide; platform: PlatformFacts };

function extensionVersion(): string {
  const g = globalThis as { chrome?: { runtime?: { getManifest?: () => { version: string } } } };
  try {
    return g.chrome?.runtime?.getManifest?.().version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function readLastPage(): Promise<unknown> {
  const local = extensionStorage('local');
  if (!local) return null;
  return (await local.get(STORAGE_KEYS.lastPageState))[STORAGE_KEYS.lastPageState] ?? null;
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
  try {
    const cache = await readPolicyCache();
    if (cache) return view(parsePolicy(cache.raw));
  } catch {}
  return NO_POLICY;
}

/** True when the user closed the overlay on Security info: the popup then offers to bring it back. */
async function overlayDismissed(): Promise<boolean> {
  const local = extensionStorage('local');
  if (!local) return false;
  return readOverlayUi((await local.get(STORAGE_KEYS.overlayUi))[STORAGE_KEYS.overlayUi]).dismissed.length > 0;
}

async function showOverlayAgain(): Promise<void> {
  const local = extensionStorage('local');
  if (!local) return;
  const ui = readOverlayUi((await local.get(STORAGE_KEYS.overlayUi))[STORAGE_KEYS.overlayUi]);
  await local.set({ [STORAGE_KEYS.overlayUi]: { ...ui, dismissed: [] } });
}

async function slowPolicy(): Promise<PolicyView> {
  try {
    return view(await readPolicy({ fresh: true }));
  } catch {
    return { ...NO_POLICY, settled: true };
  }
}

export function PopupApp() {
  const [capabilities, setCapabilities] = useState<CapabilityFacts | null>(null);
  const [policyView, setPolicyView] = useState<PolicyView | null>(null);
  /** null until the engine chunk (platform parsing + rules) has loaded, right after the first verdict. */
  const [engine, setEngine] = useState<Engine | null>(null);
  const [otherExtension] = useState<Tri>(() => detectWebAuthnTakeover());
  const [tool, setTool] = useState<'none' | 'test' | 'diagnostic' | 'handoff'>('none');
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

  const ready = locale !== null && capabilities !== null && policyView !== null;
  useEffect(() => {
    if (!ready) return;
    performance.mark('pg:first-verdict');
    // The engine chunk (rules + UA parsing, ~13 KB gzip) is not needed for the verdict: it loads right after,
    // so it neither delays the verdict nor counts against the popup's first-verdict budget (issue #9).
    void Promise.all([import('@/core/engine'), import('@/probes/platform')])
      .then(async ([e, p]) => setEngine({ decide: e.decide, platform: await p.detectPlatform() }))
      .catch(() => undefined);
  }, [ready]);

  const policy = policyView?.policy ?? DEFAULT_POLICY;
  const decision = useMemo<Decision | null>(
    () => (engine && capabilities ? engine.decide({ platform: engine.platform, capabilities, policy, answers: {} }) : null),
    [engine, capabilities, policy],
  );

  if (!ready) return <main aria-busy="true" />;
  const { t } = locale;
  const state = { lang: locale.lang, platform: engine?.platform ?? null, policyIgnored: policyView.ignored, otherExtension };
  const verdict = computeVerdict(capabilities, decision, policy);
  const guideName = decision ? t(`popup.guide.${decision.guide}` as const) : t('common.checking');
  const canTest = policy.testPasskeyAllowed && capabilities.webauthn === 'yes';

  return (
    <main>
      <header class="popup-header">
        <h1>{policy.organizationName ? `${t('popup.title')} · ${policy.organizationName}` : t('popup.title')}</h1>
        <LanguagePicker t={t} value={locale.lang} languages={locale.languages} onChange={locale.setLanguage} />
      </header>
      <section class={`verdict verdict-${verdict.level}`} data-verdict={verdict.level} data-guide-recommended={decision?.guide ?? ''} aria-live="polite">
        <p class="verdict-title">
          <strong>{t(verdict.titleKey)}</strong>
        </p>
        <p>{t(verdict.detailKey)}</p>
        <p>{t('popup.recommended', { guide: guideName })}</p>
        {verdict.action.kind === 'security-info' ? (
          <a class="primary" href={verdict.action.href} target="_blank" rel="noreferrer" data-action="security-info">
            {t('popup.action.securityInfo')}
          </a>
        ) : (
          <button type="button" class="primary" data-action="handoff" aria-expanded={tool === 'handoff'} onClick={() => setTool(tool === 'handoff' ? 'none' : 'handoff')}>
            {t('popup.action.qr')}
          </button>
        )}
        {tool === 'handoff' && verdict.action.kind === 'qr' && (
          <Lazy
            load={() => import('@/components/QrCode').then((m) => m.QrCode)}
            props={{ value: verdict.action.value, label: t('popup.action.qrLabel') }}
            fallback={t('popup.loadFailed')}
          />
        )}
        <p>
          <a href={decision ? `/guide.html?v=1&g=${decision.guide}` : '/guide.html'} target="_blank" data-action="companion">
            {t('popup.openGuide')}
          </a>
        </p>
      </section>

      <aside class="note" data-other-extension={state.otherExtension}>
        <p>{t(state.otherExtension === 'yes' ? 'popup.otherExtension.detected' : 'popup.otherExtension.may')}</p>
      </aside>

      <h2>{t('popup.capabilitiesHeading')}</h2>
      <CapabilityList t={t} capabilities={capabilities} platformText={platformText(t, state.platform)} />

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
        {overlayHidden === 'yes' && (
          <button type="button" data-action="show-overlay" onClick={() => void showOverlayAgain().then(() => setOverlayHidden('restored'), () => undefined)}>
            {t('popup.overlay.showAgain')}
          </button>
        )}
        {overlayHidden === 'restored' && (
          <p role="status" data-overlay-restored>
            {t('popup.overlay.shownAgain')}
          </p>
        )}
        <button type="button" data-action="open-diagnostic" aria-expanded={tool === 'diagnostic'} onClick={() => setTool(tool === 'diagnostic' ? 'none' : 'diagnostic')}>
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
              guide: decision?.guide ?? null,
              otherExtension: state.otherExtension === 'yes' ? ('yes' as const) : ('unknown' as const),
            },
          }}
          fallback={t('popup.loadFailed')}
        />
      )}
      {policyView.managed && (
        <footer class="org" data-policy-ignored={policyView.ignored.length}>
          {policyView.ignored.length > 0 && <p class="note">{t('popup.policyIgnored')}</p>}
          {/* The admin view (options page): every setting in effect, and what was ignored and why. */}
          <a href="/options.html" target="_blank" data-action="org-settings">
            {t('popup.orgSettings')}
          </a>
        </footer>
      )}
    </main>
  );
}
