/**
 * The Security info overlay. One controller holds the state; the panel is stateless.
 * Recognition runs at most once per animation frame however many mutations the page makes,
 * and nothing here may throw into Microsoft's page.
 */
import { render } from 'preact';
import { createTranslator, type UncheckedTranslate } from '@/core/i18n';
import { recognizeSecurityInfoPage, type PageRecognition } from '@/core/page/recognize';
import { findPageTarget } from '@/core/page/findTarget';
import { decide, stepsFor, type Decision, type EngineInput } from '@/core/engine';
import type { OverlayBootstrap } from '@/entrypoints/background/messages';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { GUIDE_IDS, LANGUAGES, type GuideId, type Language } from '@/core/types';
import { probeCapabilities } from '@/probes/capabilities';
import { OverlayPanel } from '@/components/overlay/OverlayPanel';
import { currentStepIndex, fallbackTargets, spotlightTarget, stepText } from '@/components/overlay/model';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import './style.css';

interface OverlayUi {
  collapsed: boolean;
  side: 'end' | 'start';
  /** Routes ("security-info", "register") where the user closed the overlay. */
  dismissed: string[];
}
interface WizardPlace {
  guide: GuideId;
  index: number;
  savedAt: number;
}
const PLACE_TTL_MS = 30 * 60 * 1000;

function readUi(raw: unknown): OverlayUi {
  const r = (raw ?? {}) as Partial<OverlayUi>;
  return {
    collapsed: r.collapsed === true,
    side: r.side === 'start' ? 'start' : 'end',
    dismissed: Array.isArray(r.dismissed) ? r.dismissed.filter((d): d is string => typeof d === 'string').slice(0, 4) : [],
  };
}
function readPlace(raw: unknown): WizardPlace | null {
  const r = raw as Partial<WizardPlace> | null | undefined;
  if (!r || !GUIDE_IDS.includes(r.guide as GuideId) || typeof r.index !== 'number' || typeof r.savedAt !== 'number') return null;
  return Date.now() - r.savedAt < PLACE_TTL_MS ? { guide: r.guide as GuideId, index: Math.max(0, Math.floor(r.index)), savedAt: r.savedAt } : null;
}
function guidedGuide(raw: unknown): { guide: GuideId | null; workProfile: 'yes' | 'no' | null } {
  const choice = (raw as { choice?: { guide?: unknown; workProfile?: unknown } } | null)?.choice;
  const guide = GUIDE_IDS.includes(choice?.guide as GuideId) ? (choice?.guide as GuideId) : null;
  const wp = choice?.workProfile === 'yes' || choice?.workProfile === 'no' ? choice.workProfile : null;
  return { guide, workProfile: wp };
}

export default defineContentScript({
  matches: ['https://mysignins.microsoft.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    try {
      await start(ctx);
    } catch (err) {
      // Never throw into the page; leave a trace for developers only.
      console.debug('[Passkey Guide] overlay not started', err);
    }
  },
});

async function bootstrap(lang?: Language): Promise<OverlayBootstrap> {
  return (await browser.runtime.sendMessage({ type: 'pg:overlay-bootstrap', lang })) as OverlayBootstrap;
}

async function start(ctx: ContentScriptContext) {
  const [boot, stored, capabilities] = await Promise.all([
    bootstrap(),
    browser.storage.local.get([STORAGE_KEYS.overlayUi, STORAGE_KEYS.wizardPlace]),
    probeCapabilities(),
  ]);
  const platform = boot.platform;
  if (boot.policy && boot.policy.overlayEnabled === false) {
    // Organization policy: leave Security info untouched. The log line is a test hook (test/browser/policy.spec.ts).
    console.info('[passkey-guide] overlay turned off by organization policy');
    return;
  }

  let lang = boot.lang;
  let t: UncheckedTranslate = createTranslator(boot.messages, lang);
  let ui = readUi(stored[STORAGE_KEYS.overlayUi]);
  const place = readPlace(stored[STORAGE_KEYS.wizardPlace]);
  const guided = guidedGuide(boot.guided);
  const input: EngineInput = {
    platform,
    capabilities,
    policy: boot.policy,
    answers: guided.workProfile ? { workProfile: guided.workProfile } : {},
  };
  const decision: Decision = decide(input);
  const guides: GuideId[] = [decision.guide, ...decision.fallbacks.filter((g) => g !== decision.guide)];
  let guide: GuideId = place?.guide ?? guided.guide ?? decision.guide;
  if (!guides.includes(guide)) guides.push(guide);
  let steps = guide === decision.guide ? decision.steps : stepsFor(guide, input);
  let current = place?.guide === guide ? Math.min(place.index, Math.max(steps.length - 1, 0)) : 0;
  let page: PageRecognition = recognizeSecurityInfoPage(document, location.href);
  let announcement = '';
  let lastAnnounced = -1;
  let lastKey = '';

  const saveUi = () => void browser.storage.local.set({ [STORAGE_KEYS.overlayUi]: ui }).catch(() => {});
  const routeKey = () => page.route;
  const dismissed = () => ui.dismissed.includes(routeKey());

  let cleanup = () => {};
  const shadowUi = await createShadowRootUi(ctx, {
    name: 'passkey-guide-overlay',
    position: 'overlay',
    anchor: 'body',
    onMount(container, _shadow, host) {
      const spot = document.createElement('div');
      spot.className = 'pg-spot';
      spot.setAttribute('aria-hidden', 'true');
      const panelRoot = document.createElement('div');
      container.append(spot, panelRoot);

      let frame = 0;
      const schedule = () => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          run();
        });
      };

      const draw = () => {
        host.dataset.state = page.state;
        if (page.step) host.dataset.step = page.step;
        else delete host.dataset.step;
        host.dataset.guide = guide;
        if (dismissed()) {
          host.dataset.dismissed = 'true';
          render(null, panelRoot);
          spot.hidden = true;
          return;
        }
        delete host.dataset.dismissed;
        render(
          <OverlayPanel
            t={t}
            lang={lang}
            page={page}
            guide={guide}
            guides={guides}
            steps={steps}
            warnings={guide === decision.guide ? decision.warnings : []}
            current={current}
            collapsed={ui.collapsed}
            side={ui.side}
            announcement={announcement}
            onToggleCollapse={() => {
              ui = { ...ui, collapsed: !ui.collapsed };
              saveUi();
              draw();
            }}
            onMove={() => {
              ui = { ...ui, side: ui.side === 'end' ? 'start' : 'end' };
              saveUi();
              draw();
            }}
            onDismiss={() => {
              ui = { ...ui, dismissed: [...ui.dismissed.filter((d) => d !== routeKey()), routeKey()] };
              saveUi();
              draw();
            }}
            onGuide={(g) => {
              if (!GUIDE_IDS.includes(g)) return;
              guide = g;
              steps = g === decision.guide ? decision.steps : stepsFor(g, input);
              current = currentStepIndex(steps, page, 0);
              lastAnnounced = -1;
              run();
            }}
            onLanguage={(l) => {
              if (!LANGUAGES.includes(l)) return;
              void browser.storage.local.set({ [STORAGE_KEYS.language]: l }).catch(() => {});
              void bootstrap(l)
                .then((b) => {
                  lang = b.lang;
                  t = createTranslator(b.messages, lang);
                  lastAnnounced = -1;
                  run();
                })
                .catch(() => {});
            }}
          />,
          panelRoot,
        );
      };

      const placeSpot = () => {
        const targetName = spotlightTarget(steps[current], page);
        let el: Element | null = null;
        let found: string | null = targetName;
        if (targetName && !dismissed()) {
          el = findPageTarget(document, targetName, page.language);
          for (const alt of el ? [] : fallbackTargets(targetName, page)) {
            el = findPageTarget(document, alt, page.language);
            found = alt;
            if (el) break;
          }
        }
        const rect = el?.getBoundingClientRect();
        if (!rect || rect.width === 0 || rect.height === 0) {
          spot.hidden = true;
          host.removeAttribute('data-target');
          return;
        }
        spot.hidden = false;
        host.dataset.target = found ?? '';
        spot.style.width = `${Math.round(rect.width + 8)}px`;
        spot.style.height = `${Math.round(rect.height + 8)}px`;
        spot.style.transform = `translate(${Math.round(rect.left - 4)}px, ${Math.round(rect.top - 4)}px)`;
      };

      const run = () => {
        try {
          page = recognizeSecurityInfoPage(document, location.href);
          // The user picked a security key on the page: follow them with the security-key guide.
          if (page.state === 'wizard' && page.step === 'usb-nfc' && guide !== 'security-key') {
            guide = 'security-key';
            if (!guides.includes(guide)) guides.push(guide);
            steps = guide === decision.guide ? decision.steps : stepsFor(guide, input);
          }
          current = currentStepIndex(steps, page, current);
          const key = `${page.state}|${page.step ?? ''}|${guide}`;
          if (key !== lastKey) {
            lastKey = key;
            if (page.state === 'wizard' || page.state === 'method-picker') {
              const value: WizardPlace = { guide, index: current, savedAt: Date.now() };
              void browser.storage.local.set({ [STORAGE_KEYS.wizardPlace]: value }).catch(() => {});
            } else if (page.state === 'success') {
              void browser.storage.local.remove(STORAGE_KEYS.wizardPlace).catch(() => {});
            }
            void browser.storage.local
              .set({ [STORAGE_KEYS.lastPageState]: { state: page.state, step: page.step, error: page.error, at: Date.now() } })
              .catch(() => {});
          }
          if (current !== lastAnnounced && steps[current]) {
            lastAnnounced = current;
            announcement = t('overlay.announce', { current: current + 1, total: steps.length, text: stepText(t, guide, steps[current]!) });
          }
          draw();
          placeSpot();
        } catch (err) {
          console.debug('[Passkey Guide] overlay update failed', err);
        }
      };

      run();
      const observer = new MutationObserver((records) => {
        // Ignore our own host's attribute changes.
        if (records.every((r) => r.target === host || host.contains(r.target))) return;
        schedule();
      });
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['hidden', 'aria-hidden', 'aria-expanded', 'aria-busy', 'open', 'role'],
      });
      const onView = () => schedule();
      window.addEventListener('scroll', onView, { passive: true, capture: true });
      window.addEventListener('resize', onView, { passive: true });
      window.addEventListener('popstate', onView);
      ctx.addEventListener(window, 'wxt:locationchange', onView);
      cleanup = () => {
        observer.disconnect();
        cancelAnimationFrame(frame);
        window.removeEventListener('scroll', onView, { capture: true });
        window.removeEventListener('resize', onView);
        window.removeEventListener('popstate', onView);
        render(null, panelRoot);
      };
    },
    onRemove() {
      cleanup();
    },
  });
  shadowUi.mount();
}
