/**
 * The Security info overlay. One controller holds the state; the panel is stateless.
 * Recognition runs at most once per animation frame however many mutations the page makes,
 * and nothing here may throw into Microsoft's page.
 */
import { render } from 'preact';
import { createTranslator, type UncheckedTranslate } from '@/core/i18n';
import { recognizeSecurityInfoPage, type PageRecognition } from '@/core/page/recognize';
import { findPageTarget } from '@/core/page/findTarget';
import { DIALOG_SELECTOR } from '@/core/page/dom';
import { decide, stepsFor, type Decision, type EngineInput } from '@/core/engine';
import type { OverlayBootstrap } from '@/entrypoints/background/messages';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { guidedGuide, readOverlayUi, readWizardPlace, type WizardPlace } from '@/core/overlayUi';
import { GUIDE_IDS, LANGUAGES, type GuideId, type Language } from '@/core/types';
import { probeCapabilities } from '@/probes/capabilities';
import { OverlayPanel } from '@/components/overlay/OverlayPanel';
import { currentStepIndex, fallbackTargets, nextStep, panelPlacement, spotlightTarget, stepText } from '@/components/overlay/model';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlayHost } from './overlayHost';

export default defineContentScript({
  matches: ['https://mysignins.microsoft.com/*'],
  // The CSS is inlined (style.css?inline) into the overlay's own shadow root, never into the page.
  cssInjectionMode: 'manual',
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
  let ui = readOverlayUi(stored[STORAGE_KEYS.overlayUi]);
  const place = readWizardPlace(stored[STORAGE_KEYS.wizardPlace], Date.now());
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
  // Back from the login.microsoftonline.com bounce (a new page load): keep the saved step until the page moves on.
  let resuming = place !== null && place.guide === guide && current > 0;
  let page: PageRecognition = recognizeSecurityInfoPage(document, location.href);
  let announcement = '';
  let lastAnnounced = -1;
  let lastKey = '';

  const saveUi = () => void browser.storage.local.set({ [STORAGE_KEYS.overlayUi]: ui }).catch(() => {});
  const routeKey = () => page.route;
  const dismissed = () => ui.dismissed.includes(routeKey());

  let cleanup = () => {};
  // Mounted by hand, not with WXT's createShadowRootUi (which fetches the CSS at mount and carries ~6 kB of
  // helpers): an open shadow root on <passkey-guide-overlay> with the CSS adopted as a constructed stylesheet.
  const { host, container } = createOverlayHost();
  ctx.onInvalidated(() => {
    cleanup();
    host.remove();
  });
  const spot = document.createElement('div');
  spot.className = 'pg-spot';
  spot.setAttribute('aria-hidden', 'true');
  // Starts hidden: shown and placed in one task, it appears on the control instead of gliding in from the corner.
  spot.hidden = true;
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

  // Geometry (spotlight, panel scroll) is read in a task after this frame's own layout, so reading it never
  // forces a synchronous layout of Microsoft's page mid-frame (issue #9).
  let measuring = 0;
  const measureAfterLayout = () => {
    if (measuring) return;
    measuring = window.setTimeout(() => {
      measuring = 0;
      try {
        placeSpot();
        showCurrent();
      } catch (err) {
        console.debug('[Passkey Guide] overlay update failed', err);
      }
    }, 0);
  };

  // The page observers run only while the overlay shows. Dismissed, they disconnect as soon as the page is
  // recognized (so data-state is right after a reload), and the overlay then costs the page nothing (issue #9).
  // Navigation (popstate, wxt:locationchange) is still followed: another route brings the overlay back.
  let observer: MutationObserver | null = null;
  const onView = () => schedule();
  const watch = (on: boolean) => {
    if (on === (observer !== null)) return;
    if (on) {
      observer = new MutationObserver((records) => {
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
      window.addEventListener('scroll', onView, { passive: true, capture: true });
      window.addEventListener('resize', onView, { passive: true });
    } else {
      observer?.disconnect();
      observer = null;
      window.removeEventListener('scroll', onView, { capture: true });
      window.removeEventListener('resize', onView);
    }
  };

  const draw = () => {
    watch(!dismissed() || page.state === 'unknown');
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
        resumed={resuming}
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
          resuming = false;
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
    const targetName = spotlightTarget(steps[current], page, resuming);
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
    const shown = rect && rect.width > 0 && rect.height > 0 ? rect : null;
    placePanel(shown, shown ? el : null);
    if (!shown) {
      spot.hidden = true;
      host.removeAttribute('data-target');
      return;
    }
    spot.hidden = false;
    host.dataset.target = found ?? '';
    spot.style.width = `${Math.round(shown.width + 8)}px`;
    spot.style.height = `${Math.round(shown.height + 8)}px`;
    spot.style.transform = `translate(${Math.round(shown.left - 4)}px, ${Math.round(shown.top - 4)}px)`;
  };

  // Keep the panel off the control to use next (narrow windows, centered dialogs): measured at its
  // usual place, then moved above/below the control if they overlap. Preact never touches panelRoot.
  const placePanel = (rect: DOMRect | null, target: Element | null) => {
    delete panelRoot.dataset.place;
    panelRoot.style.removeProperty('--pg-max-block');
    const panel = panelRoot.firstElementChild;
    if (!rect || !panel) return;
    const spotBox = { top: rect.top - 4, bottom: rect.bottom + 4, left: rect.left - 4, right: rect.right + 4 };
    const dialog = target?.closest(DIALOG_SELECTOR)?.getBoundingClientRect() ?? null;
    const where = panelPlacement(spotBox, panel.getBoundingClientRect(), window.innerHeight, dialog);
    if (!where) return;
    panelRoot.dataset.place = where.top ? 'top' : 'bottom';
    panelRoot.style.setProperty('--pg-max-block', `${where.maxBlock}px`);
  };

  // The current step (or a page error's help) stays visible in a panel that scrolls (small windows): scrolled once per step
  // or placement change, so the user's own scrolling is never fought.
  let shownFor = '';
  const showCurrent = () => {
    const panel = panelRoot.firstElementChild as HTMLElement | null;
    // A page error's specific help matters more than the step list.
    const item = panel?.querySelector<HTMLElement>('.pg-error') ?? panel?.querySelector<HTMLElement>('.pg-current');
    const key = `${guide}|${current}|${page.error ?? ''}|${panelRoot.dataset.place ?? ''}|${window.innerHeight}`;
    if (!panel || !item || key === shownFor) return;
    shownFor = key;
    const box = panel.getBoundingClientRect();
    const head = panel.querySelector('.pg-head')?.getBoundingClientRect().height ?? 0;
    const at = item.getBoundingClientRect();
    if (at.top < box.top + head || at.bottom > box.bottom) panel.scrollTop += at.top - box.top - head - 8;
  };

  const run = () => {
    try {
      // A page that re-renders its whole body can drop our host: put it back, never fight the page's own nodes.
      if (!host.isConnected) (document.body ?? document.documentElement).append(host);
      page = recognizeSecurityInfoPage(document, location.href);
      // The user picked a security key on the page: follow them with the security-key guide.
      if (page.state === 'wizard' && page.step === 'usb-nfc' && guide !== 'security-key') {
        guide = 'security-key';
        if (!guides.includes(guide)) guides.push(guide);
        steps = guide === decision.guide ? decision.steps : stepsFor(guide, input);
      }
      ({ index: current, resuming } = nextStep(steps, page, current, resuming));
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
      measureAfterLayout();
    } catch (err) {
      console.debug('[Passkey Guide] overlay update failed', err);
    }
  };

  // First draw not in the mount task (start-up stays out of one long task), and only once the page is idle:
  // Microsoft's own start-up (its first view) goes first, at the latest after 1 s (issue #9).
  // draw() connects the page observers (watch above).
  const firstIdle = typeof requestIdleCallback === 'function' ? requestIdleCallback(schedule, { timeout: 1000 }) : 0;
  if (!firstIdle) schedule();
  window.addEventListener('popstate', onView);
  ctx.addEventListener(window, 'wxt:locationchange', onView);
  // The popup's "show the guide again" clears the dismissed routes: follow it without a reload.
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(STORAGE_KEYS.overlayUi in changes)) return;
    const next = readOverlayUi(changes[STORAGE_KEYS.overlayUi]!.newValue);
    // Our own saveUi() comes back here too: redraw only for a change made elsewhere.
    if (next.collapsed === ui.collapsed && next.side === ui.side && next.dismissed.join() === ui.dismissed.join()) return;
    ui = next;
    schedule();
  };
  browser.storage.onChanged.addListener(onStorage);
  cleanup = () => {
    browser.storage.onChanged.removeListener(onStorage);
    watch(false);
    cancelAnimationFrame(frame);
    if (firstIdle) cancelIdleCallback(firstIdle);
    clearTimeout(measuring);
    window.removeEventListener('popstate', onView);
    render(null, panelRoot);
  };
  (document.body ?? document.documentElement).append(host);
}
