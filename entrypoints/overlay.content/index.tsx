/**
 * The overlay's wiring, nothing more: page events in, core/overlay/reducer.ts decides, the callout renders.
 * Every timer, frame, listener and observer goes through WXT's ContentScriptContext (ctx.setTimeout,
 * ctx.requestAnimationFrame, ctx.addEventListener, ctx.signal), so invalidation cleans up by itself.
 * On Microsoft's sign-in hosts the script stops after one cheap check unless the page is the passkey
 * prompt, the proof-up interrupt or the ceremony page. Nothing here may throw into Microsoft's page.
 */
import { render } from 'preact';
import { createTranslator, type UncheckedTranslate } from '@/core/i18n';
import { isRegistrationPage, recognizeSecurityInfoPage, routeOf, type PageRecognition } from '@/core/page/recognize';
import { findPageTarget } from '@/core/page/findTarget';
import { DIALOG_SELECTOR, accessibleName } from '@/core/page/dom';
import type { GuideStep } from '@/core/engine';
import type { OverlayBootstrap } from '@/core/messages';
import { sendMessage } from '@/probes/messaging';
import { STORAGE_KEYS } from '@/core/storageKeys';
import { readOverlayUi, readWizardPlace } from '@/core/overlayUi';
import { storedWriteFilter } from '@/core/overlay/storedWrites';
import { initialState, reduce, view as viewOf, type OverlayEffect, type OverlayEnv, type OverlayEvent, type OverlayState } from '@/core/overlay/reducer';
import { GUIDE_IDS, LANGUAGES, type CapabilityFacts, type Language, type PageTarget } from '@/core/types';
import { probeCapabilities } from '@/probes/capabilities';
import { OverlayPanel } from '@/components/overlay/OverlayPanel';
import { osDialogChoice, placeCallout, stepText, type Box } from '@/components/overlay/model';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlayHost } from './overlayHost';

export default defineContentScript({
  matches: ['https://mysignins.microsoft.com/*', 'https://login.microsoftonline.com/*', 'https://login.microsoft.com/*'],
  // The CSS is inlined (style.css?inline) into the overlay's own shadow root, never into the page.
  cssInjectionMode: 'manual',
  // WXT's start-up handshake would post a message to the page on every load; the document event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The one cheap check on the sign-in hosts: anything but a registration page ends here (no observers,
    // no overlay, no storage, no input field read).
    const signIn = location.hostname !== 'mysignins.microsoft.com';
    // Chromium builds: on the sign-in hosts only the gate (entrypoints/signin-gate.ts) loads this script, after this
    // same check (so it is not shipped twice). Firefox runs this script on those hosts directly.
    if (signIn && import.meta.env.FIREFOX && !isRegistrationPage(location.href, document)) return;
    start(ctx, signIn).catch(trace);
  },
});

/** Never throw into the page; leave a trace for developers only. */
const trace = (err: unknown) => console.debug('[Passkey Guide]', err);

/** Strings, policy, platform and the engine's guidance from the background, for what only the page can probe. */
function bootstrap(capabilities: CapabilityFacts, lang?: Language): Promise<OverlayBootstrap> {
  return sendMessage('pg:overlay-bootstrap', { lang, capabilities });
}

async function start(ctx: ContentScriptContext, signIn: boolean) {
  const capabilities = await probeCapabilities();
  // One round trip: strings, policy, guidance and what the overlay stored before (no separate storage read).
  const boot = await bootstrap(capabilities);
  const stored = boot.stored;
  if (boot.policy.overlayEnabled === false) {
    // Organization policy: leave Microsoft's pages untouched. The log line is a test hook (test/browser/policy.spec.ts).
    console.info('[passkey-guide] overlay turned off by organization policy');
    return;
  }
  if (signIn && boot.policy.signInPromptOverlay === false) return;

  let lang = boot.lang;
  let t: UncheckedTranslate = createTranslator(boot.messages, lang);
  const policy = boot.policy;
  const guidance = boot.guidance;
  const recognize = () => recognizeSecurityInfoPage(document, location.href);

  // The engine's answer (computed in the background) is the environment the reducer moves through.
  const env: OverlayEnv = { guides: guidance.guides, steps: guidance.steps };
  const place = readWizardPlace(stored.wizardPlace, Date.now());
  // The page is recognized once, in the first run (at idle, when the page has rendered): until then it is "unknown".
  const notYet: PageRecognition = { state: 'unknown', step: null, route: routeOf(location.href), language: null, hasPasskey: null, error: null };
  let state: OverlayState = initialState(env, { page: notYet, place, guided: guidance.guided, ui: readOverlayUi(stored.overlayUi) });
  const offered = guidance.guides;

  const helpDesk = [policy.helpDesk.name, policy.helpDesk.phone, policy.helpDesk.email, policy.helpDesk.url].filter(Boolean).join(', ') || null;
  const organization = policy.organizationName ?? policy.organizationLogoText ?? null;

  // Mounted by hand, not with WXT's createShadowRootUi (which fetches the CSS at mount and carries ~6 kB of
  // helpers): an open shadow root on <passkey-guide-overlay> with the CSS adopted as a constructed stylesheet.
  const { host, container } = createOverlayHost();
  ctx.onInvalidated(() => host.remove());
  const spot = document.createElement('div');
  spot.className = 'pg-spot';
  spot.setAttribute('aria-hidden', 'true');
  spot.hidden = true;
  const panelRoot = document.createElement('div');
  container.append(spot, panelRoot);

  // A Fluent modal (Dialog, Panel) marks every other child of <body> aria-hidden when it opens (its modalize()),
  // its aria-modal hides everything outside it from assistive technology, and its focus trap pulls focus back
  // from anything outside. So while a modal is open our host lives inside the modal's focus-trap zone (appended
  // last; no page node is changed), and aria-hidden set on our own host is taken off again.
  // Fluent v8: microsoft/fluentui packages/react/src/components/Modal/Modal.base.tsx, FocusTrapZone.tsx,
  // packages/dom-utilities/src/modalize.ts.
  const guard = new MutationObserver(() => {
    if (host.getAttribute('aria-hidden') === 'true') host.removeAttribute('aria-hidden');
  });
  guard.observe(host, { attributes: true, attributeFilter: ['aria-hidden'] });
  ctx.signal.addEventListener('abort', () => guard.disconnect(), { once: true });
  // A transformed, filtered or contained ancestor would become the containing block of our fixed-position callout
  // (and clip it): such a modal keeps our host on <body>, with only the aria-hidden guard.
  const holdsFixed = (el: Element) => {
    for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
      const cs = getComputedStyle(n);
      if (cs.transform !== 'none' || cs.filter !== 'none' || cs.perspective !== 'none' || /paint|layout|strict|content/.test(cs.contain)) return false;
    }
    return true;
  };
  let modalSeen: Element | null = null;
  let modalParent: Element | null = null;
  const placeHost = () => {
    const modals = document.querySelectorAll('[aria-modal="true"]');
    const modal = modals.length > 0 ? modals[modals.length - 1]! : null;
    if (modal !== modalSeen) {
      modalSeen = modal;
      const trap = modal?.querySelector('[data-is-focus-trap-zone-bumper]')?.parentElement ?? modal;
      modalParent = trap && holdsFixed(trap) ? trap : null;
    }
    const parent = modalParent?.isConnected ? modalParent : (document.body ?? document.documentElement);
    if (host.parentNode !== parent) parent.append(host);
    if (host.getAttribute('aria-hidden') === 'true') host.removeAttribute('aria-hidden');
  };

  let frame = 0;
  const schedule = () => {
    if (!frame)
      frame = ctx.requestAnimationFrame(() => {
        frame = 0;
        dispatch({ type: 'page', page: recognize(), now: Date.now() });
      });
  };

  // The page observers run only while the callout follows the page (view.watch); each watch period has its
  // own signal, aborted with the context or when watching stops.
  let watching: AbortController | null = null;
  const watch = (on: boolean) => {
    if (on === (watching !== null)) return;
    if (!on) {
      watching!.abort();
      watching = null;
      return;
    }
    watching = new AbortController();
    const signal = AbortSignal.any([ctx.signal, watching.signal]);
    const ours = (n: Node) => n === host || host.contains(n);
    const observer = new MutationObserver((records) => {
      // Our own host's changes and moves are not page changes (a page that drops our host is one).
      if (host.isConnected && records.every((r) => ours(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours)))) return;
      schedule();
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      // React updates a step title in place (only its text node changes) when one wizard screen follows another.
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'aria-expanded', 'aria-busy', 'aria-modal', 'open', 'role'],
    });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    window.addEventListener('scroll', schedule, { passive: true, capture: true, signal });
    window.addEventListener('resize', schedule, { passive: true, signal });
  };

  let announcement = '';
  let announced = '';
  const saveLocal = (items: Record<string, unknown>) => void browser.storage.local.set(items).catch(() => {});
  // Only what differs from what storage holds is written (core/overlay/storedWrites.ts).
  const mustWrite = storedWriteFilter(stored, Date.now());
  const apply = (effects: OverlayEffect[]) => {
    for (const e of effects) {
      if (!mustWrite(e)) continue;
      if (e.type === 'save-ui') saveLocal({ [STORAGE_KEYS.overlayUi]: e.ui });
      else if (e.type === 'save-place') saveLocal({ [STORAGE_KEYS.wizardPlace]: e.place });
      else if (e.type === 'clear-place') void browser.storage.local.remove(STORAGE_KEYS.wizardPlace).catch(() => {});
      else saveLocal({ [STORAGE_KEYS.lastPageState]: { state: e.state, step: e.step, error: e.error, at: e.at } });
    }
  };
  const dispatch = (e: OverlayEvent) => {
    try {
      const r = reduce(state, e, env);
      state = r.state;
      apply(r.effects);
      draw();
    } catch (err) {
      trace(err);
    }
  };

  // The name of the page's own button on this screen (the name step shows Next or Done), in the page's language.
  const pageButton = (): string => {
    const el = findPageTarget(document, 'wizard-next', state.page.language) ?? findPageTarget(document, 'wizard-done', state.page.language);
    return (el ? accessibleName(el) : '') || t('overlay.nextButton');
  };

  const draw = () => {
    placeHost();
    const v = viewOf(state, env);
    watch(v.watch);
    host.dataset.state = v.state;
    if (v.step) host.dataset.step = v.step;
    else delete host.dataset.step;
    host.dataset.guide = v.guide;
    if (v.mode === 'launcher' && state.ui.dismissed.includes(state.page.route)) host.dataset.dismissed = 'true';
    else delete host.dataset.dismissed;
    const key = `${v.guide}|${v.current}|${lang}`;
    if (v.mode === 'callout' && key !== announced && v.steps[v.current]) {
      announced = key;
      announcement = t('overlay.announce', { current: v.current + 1, total: v.steps.length, text: stepText(t, v.guide, v.steps[v.current] as GuideStep) });
    }
    const params: Record<string, string> = {
      choice: t(`overlay.choice.${osDialogChoice(v.guide, boot.platform)}`),
      button: v.state === 'wizard' ? pageButton() : t('overlay.nextButton'),
      deadline: policy.registrationDeadline ?? '',
    };
    render(
      <OverlayPanel
        t={t}
        lang={lang}
        view={v}
        guides={offered.includes(v.guide) ? offered : [...offered, v.guide]}
        warnings={v.guide === guidance.guide ? guidance.warnings : []}
        whyAsked={guidance.whyAsked}
        fixes={guidance.fixes[v.guide] ?? {}}
        organization={organization}
        helpDesk={helpDesk}
        params={params}
        error={state.page.error}
        hasPasskey={state.page.hasPasskey}
        announcement={announcement}
        onToggleAll={() => dispatch({ type: 'toggle-all' })}
        onHide={() => dispatch({ type: 'hide' })}
        onOpen={() => dispatch({ type: 'open' })}
        onGuide={(g) => GUIDE_IDS.includes(g) && dispatch({ type: 'guide', guide: g })}
        onLanguage={(l) => {
          if (!LANGUAGES.includes(l)) return;
          saveLocal({ [STORAGE_KEYS.language]: l });
          void bootstrap(capabilities, l)
            .then((b) => {
              lang = b.lang;
              t = createTranslator(b.messages, lang);
              guidance.whyAsked = b.guidance.whyAsked;
              announced = '';
              draw();
            })
            .catch(() => {});
        }}
      />,
      panelRoot,
    );
    measure(v.mode === 'callout' ? v.target : null, v.fallbacks);
  };

  // Geometry (spotlight, callout place) is read in a task after this frame's own layout, so reading it never
  // forces a synchronous layout of Microsoft's page mid-frame.
  let measuring = 0;
  let wanted: { target: PageTarget | null; fallbacks: PageTarget[] } = { target: null, fallbacks: [] };
  const measure = (target: PageTarget | null, fallbacks: PageTarget[]) => {
    wanted = { target, fallbacks };
    if (!measuring)
      measuring = ctx.setTimeout(() => {
        measuring = 0;
        try {
          layout();
        } catch (err) {
          trace(err);
        }
      }, 0);
  };
  const find = (name: PageTarget): Element | null => findPageTarget(document, name, state.page.language);
  const box = (r: DOMRect, pad = 0): Box => ({ top: r.top - pad, bottom: r.bottom + pad, left: r.left - pad, right: r.right + pad });
  // Every read (page targets, dialog buttons, alerts, the panel's natural size) comes before every write, so one
  // layout serves the whole pass; the panel's max-height is the only thing cleared first (its natural height is needed).
  const layout = () => {
    const panel = panelRoot.firstElementChild as HTMLElement | null;
    const placing = !!panel && panel.classList.contains('pg-panel');
    if (placing && panel!.style.maxHeight) panel!.style.maxHeight = '';
    // Reads.
    let el: Element | null = null;
    let found: PageTarget | null = null;
    for (const name of wanted.target ? [wanted.target, ...wanted.fallbacks] : []) {
      el = find(name);
      found = name;
      if (el) break;
    }
    const rect = el?.getBoundingClientRect();
    const shown = rect && rect.width > 0 && rect.height > 0 ? rect : null;
    const avoid: Box[] = [];
    let dialogRect: DOMRect | undefined;
    let size: DOMRect | undefined;
    if (placing) {
      const dialogEl = el?.closest(DIALOG_SELECTOR) ?? document.querySelector(DIALOG_SELECTOR);
      if (dialogEl)
        for (const b of dialogEl.querySelectorAll('button, [role="button"], input[type="submit"]')) {
          const r = b.getBoundingClientRect();
          if (r.width > 0 && r.height > 0) avoid.push(box(r));
        }
      for (const e of document.querySelectorAll('[role="alert"], [data-testid="message-bar-error"], .ms-MessageBar')) {
        if (host.contains(e)) continue;
        const r = e.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) avoid.push(box(r));
      }
      dialogRect = dialogEl?.getBoundingClientRect();
      size = panel!.getBoundingClientRect();
    }
    const viewport = { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
    // Writes.
    if (shown && found) {
      host.dataset.target = found;
      spot.hidden = false;
      spot.style.width = `${Math.round(shown.width + 8)}px`;
      spot.style.height = `${Math.round(shown.height + 8)}px`;
      spot.style.transform = `translate(${Math.round(shown.left - 4)}px, ${Math.round(shown.top - 4)}px)`;
    } else {
      host.removeAttribute('data-target');
      spot.hidden = true;
    }
    if (!placing || !size) return;
    const p = placeCallout({
      spot: shown ? box(shown, 4) : null,
      avoid,
      dialog: dialogRect && dialogRect.width > 0 ? box(dialogRect) : null,
      size: { width: size.width, height: size.height },
      viewport,
      rtl: panel!.getAttribute('dir') === 'rtl',
    });
    panel!.style.left = `${Math.round(p.left)}px`;
    panel!.style.top = `${Math.round(p.top)}px`;
    panel!.style.maxHeight = `${Math.round(p.maxHeight)}px`;
    panel!.dataset.placed = 'true';
  };

  // First draw not in the mount task, and only once the page is idle: Microsoft's own start-up goes first,
  // at the latest after 1 s. draw() connects the page observers.
  ctx.requestIdleCallback(schedule, { timeout: 1000 });
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // The popup's "show the guide again" clears the dismissed routes: follow it without a reload.
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEYS.overlayUi in changes) dispatch({ type: 'stored-ui', ui: readOverlayUi(changes[STORAGE_KEYS.overlayUi]!.newValue) });
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
  placeHost();
}
