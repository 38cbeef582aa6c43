// Captures real attestation objects from Chromium's CDP virtual authenticator (run once; output committed as fixtures).
import { writeFileSync } from 'node:fs';
import { launchBrowser, extensionIdOf, addVirtualAuthenticator } from '../test/harness/browser.mjs';
const context = await launchBrowser();
const id = await extensionIdOf(context);
for (const [transport, attestation] of [
  ['internal', 'none'],
  ['internal', 'direct'],
  ['usb', 'direct'],
]) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await addVirtualAuthenticator(page, { transport });
  const out = await page.evaluate(async (attestation) => {
    const b64 = (buf) => btoa(String.fromCharCode(...new Uint8Array(buf)));
    const cred = await navigator.credentials.create({
      publicKey: {
        rp: { name: 'Passkey Guide test' },
        user: { id: crypto.getRandomValues(new Uint8Array(16)), name: 'test', displayName: 'Test' },
        challenge: crypto.getRandomValues(new Uint8Array(32)),
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
        authenticatorSelection: { residentKey: 'discouraged', userVerification: 'preferred' },
        attestation,
      },
    });
    return {
      attestationObject: b64(cred.response.attestationObject),
      clientDataJSON: b64(cred.response.clientDataJSON),
      transports: cred.response.getTransports?.(),
    };
  }, attestation);
  writeFileSync(
    `test/fixtures/attestation/virtual-${transport}-${attestation}.json`,
    `${JSON.stringify(
      {
        source: `Chromium 156 CDP WebAuthn virtual authenticator (ctap2, transport ${transport}), navigator.credentials.create from the extension popup page, attestation "${attestation}", residentKey discouraged`,
        ...out,
      },
      null,
      2,
    )}\n`,
  );
  await page.close();
}
await context.close();
console.log('ok');
