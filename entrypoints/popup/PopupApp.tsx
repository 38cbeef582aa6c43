/**
 * The popup: capability verdict first (fast path: language, capabilities, cached policy, platform),
 * then lazily the test passkey, QR hand-off and the help-desk diagnostic.
 */
import { useEffect, useState } from 'preact/hooks';
import { createTranslator, textDirection, type Translate } from '@/core/i18n';
import type { Decision } from '@/core/engine';
import { DEFAULT_POLICY, type CapabilityFacts, type Language, type OrgPolicy, type PlatformFacts, type Tri } from '@/core/types';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { platformSummary } from '@/core/diagnostic';
import { loadMessages } from '@/locales';
import { probeCapabilities } from '@/probes/capabilities';
import { chooseLanguage } from '@/probes/language';
import { readPolicy, readPolicyCache } from '@/probes/policy';
import { parsePolicy } from '@/core/policy';
import { extensionStorage } from '@/probes/extensionStorage';
import { detectWebAuthnTakeover } from '@/probes/otherExtensions';
import { CapabilityList } from '@/components/popup/CapabilityList';
import { computeVerdict } from '@/components/popup/verdict';
import { Lazy } from '@/components/popup/Lazy';

interface PopupState {
  lang: Language;
  t: Translate;
  capabilities: CapabilityFacts;
  /** null until the engine chunk (platform parsing + rules) has loaded, right after the first verdict. */
  platform: PlatformFacts | null;
  policy: OrgPolicy;
  policyIgnored: number;
  decision: Decision | null;
  otherExtension: Tri;
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
  const local = extensionStorage('local');
  if (!local) return null;
  return (await local.get(STORAGE_KEYS.lastPageState))[STORAGE_KEYS.lastPageState] ?? null;
}

interface PolicyView {
  policy: OrgPolicy;
  ignored: number;
  /** false until the policy came from the background's cache or storage.managed (first seconds after browser start). */
  settled: boolean;
}

/** Fast path: the background's cached copy (milliseconds). Without it, defaults now and the slow managed read later. */
async function fastPolicy(): Promise<PolicyView> {
  try {
    const cache = await readPolicyCache();
    if (cache) {
      const parsed = parsePolicy(cache.raw);
      return { policy: parsed.policy, ignored: parsed.ignored.length, settled: true };
    }
  } catch {}
  return { policy: DEFAULT_POLICY, ignored: 0, settled: false };
}

async function slowPolicy(): Promise<PolicyView> {
  try {
    const parsed = await readPolicy({ fresh: true });
    return { policy: parsed.policy, ignored: parsed.ignored.length, settled: true };
  } catch {
    return { policy: DEFAULT_POLICY, ignored: 0, settled: true };
  }
}

export function PopupApp() {
  const [state, setState] = useState<PopupState | null>(null);
  const [tool, setTool] = useState<'none' | 'test' | 'diagnostic' | 'handoff'>('none');
  useEffect(() => {
    void (async () => {
      // Everything starts at once; only the messages wait for the language.
      const language = chooseLanguage();
      // The engine (rules + UA parsing) is a separate chunk: the capability verdict does not wait for it.
      const engine = Promise.all([import('@/core/engine'), import('@/probes/platform')]).then(async ([e, p]) => ({
        decide: e.decide,
        platform: await p.detectPlatform(),
      }));
      const [messages, capabilities, first, lang] = await Promise.all([
        language.then(loadMessages),
        probeCapabilities(),
        fastPolicy(),
        language,
      ]);
      document.documentElement.lang = lang;
      document.documentElement.dir = textDirection(lang);
      const t = createTranslator(messages, lang);
      const otherExtension = detectWebAuthnTakeover();
      let view = first;
      let loaded: Awaited<typeof engine> | null = null;
      const render = () =>
        setState({
          lang,
          t,
          capabilities,
          platform: loaded?.platform ?? null,
          policy: view.policy,
          policyIgnored: view.ignored,
          decision: loaded ? loaded.decide({ platform: loaded.platform, capabilities, policy: view.policy, answers: {} }) : null,
          otherExtension,
        });
      render();
      engine.then(
        (value) => {
          loaded = value;
          render();
        },
        () => {},
      );
      if (!first.settled) {
        view = await slowPolicy();
        render();
      }
    })();
  }, []);
  useEffect(() => {
    if (state) performance.mark('pg:first-verdict');
  }, [state !== null]);

  if (!state) return <main aria-busy="true" />;
  const { t, capabilities, policy, decision } = state;
  const verdict = computeVerdict(capabilities, decision, policy);
  const guideName = decision ? t(`popup.guide.${decision.guide}` as const) : t('common.checking');
  const canTest = policy.testPasskeyAllowed && capabilities.webauthn === 'yes';

  return (
    <main>
      <h1>{policy.organizationName ? `${t('popup.title')} · ${policy.organizationName}` : t('popup.title')}</h1>
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
      <CapabilityList t={t} capabilities={capabilities} platformText={platformSummary(state.platform)} />

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
    </main>
  );
}
