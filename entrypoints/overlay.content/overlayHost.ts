// The panel's CSS, inlined into the script (no fetch, no extra task at mount; docs/performance.md).
import overlayCss from './style.css?inline';

/** `<passkey-guide-overlay>` with an open shadow root carrying the overlay's CSS; the caller appends it to the page. */
export function createOverlayHost(): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement('passkey-guide-overlay');
  const shadow = host.attachShadow({ mode: 'open' });
  let adopted = false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(overlayCss);
    shadow.adoptedStyleSheets = [sheet];
    adopted = shadow.adoptedStyleSheets.length === 1;
  } catch {
    // Firefox content scripts may not adopt a sheet built in their own compartment: use a <style> below.
  }
  if (!adopted) {
    const style = document.createElement('style');
    style.textContent = overlayCss;
    shadow.append(style);
  }
  const container = document.createElement('div');
  shadow.append(container);
  return { host, container };
}
