import { render } from 'preact';
import { createTranslator } from '@/core/i18n';
import { recognizeSecurityInfoPage } from '@/core/page/recognize';
import type { OverlayBootstrap } from '@/entrypoints/background/messages';
import { OverlayPanel } from '@/components/overlay/OverlayPanel';
import './style.css';

export default defineContentScript({
  matches: ['https://mysignins.microsoft.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const boot = (await browser.runtime.sendMessage({ type: 'pg:overlay-bootstrap' })) as OverlayBootstrap;
    const t = createTranslator(boot.messages, boot.lang);
    const ui = await createShadowRootUi(ctx, {
      name: 'passkey-guide-overlay',
      position: 'overlay',
      anchor: 'body',
      onMount(container, _shadow, host) {
        const update = () => {
          const { state, step } = recognizeSecurityInfoPage(document, location.href);
          host.dataset.state = state;
          if (step) host.dataset.step = step;
          else delete host.dataset.step;
          render(<OverlayPanel t={t} lang={boot.lang} state={state} />, container);
        };
        update();
        const observer = new MutationObserver(update);
        observer.observe(document.body, { childList: true, subtree: true });
        return observer;
      },
      onRemove(observer) {
        observer?.disconnect();
      },
    });
    ui.mount();
  },
});
