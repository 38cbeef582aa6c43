/**
 * Opt-in test passkey (lazy-loaded). Before consent it says what will be stored and how to remove it; then
 * one ceremony, the provider's name and the organization's verdict on it (a hint: the AAGUID is self-asserted),
 * and an honest note on cleanup (probes/testPasskey.ts).
 */
import { useState } from 'preact/hooks';
import type { Translate } from '@/core/i18n';
import type { OrgPolicy } from '@/core/types';
import { decideAaguid, type AaguidDecision } from '@/core/aaguidDecision';
import { runTestPasskey, TEST_USER_NAME, type TestPasskeyResult } from '@/probes/testPasskey';

export { TEST_USER_NAME };
const AUTHENTICATOR_AAGUIDS = ['90a3ccdf-635c-4729-a248-9b709135078f', 'de1e552d-db1d-4423-a619-566b625cdc84'];

export interface TestPasskeyProps {
  t: Translate;
  policy: OrgPolicy;
  onResult?: (result: TestPasskeyResult, decision: AaguidDecision | null) => void;
}

export function TestPasskey({ t, policy, onResult }: TestPasskeyProps) {
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ run: TestPasskeyResult; decision: AaguidDecision | null } | null>(null);

  const start = async () => {
    setBusy(true);
    setResult(null);
    const run = await runTestPasskey(TEST_USER_NAME);
    const decision = run.ok ? decideAaguid(run.aaguid, policy) : null;
    setResult({ run, decision });
    setBusy(false);
    onResult?.(run, decision);
  };

  const authenticatorAccepted = AUTHENTICATOR_AAGUIDS.some((a) => decideAaguid(a, policy).outcome === 'allowed');
  let body = null;
  if (result) {
    const { run, decision } = result;
    if (!run.ok) {
      body = <p data-test-outcome={`error-${run.error}`}>{t(`popup.test.error.${run.error}`)}</p>;
    } else if (decision) {
      const provider = decision.provider?.name ?? t('popup.test.unknownProvider');
      const summaryKey =
        decision.outcome === 'allowed' ? 'popup.test.resultAllowed' : decision.outcome === 'blocked' ? 'popup.test.resultBlocked' : 'popup.test.resultUnknown';
      body = (
        <div data-test-outcome={decision.outcome} data-aaguid={decision.aaguid ?? ''}>
          <p class={`outcome outcome-${decision.outcome}`}>
            <strong>{t(summaryKey, { provider })}</strong>
          </p>
          <p>{t(decision.reason)}</p>
          {decision.outcome === 'blocked' && <p>{t(authenticatorAccepted ? 'popup.test.useAuthenticator' : 'popup.test.askHelpDesk')}</p>}
          <p class="muted" data-aaguid-verified="false">
            {t('popup.test.selfAsserted')}
          </p>
          <p class="muted" data-test-cleanup={run.cleanup}>
            {run.cleanup === 'nothing-kept'
              ? t('popup.test.cleanupNothingKept')
              : run.cleanup === 'signalled'
                ? t('popup.test.cleanupSignalled')
                : t('popup.test.cleanupLeftover', { name: TEST_USER_NAME, provider })}
          </p>
        </div>
      );
    }
  }

  return (
    <section class="test-passkey" aria-labelledby="pg-test-title">
      <h2 id="pg-test-title">{t('popup.test.title')}</h2>
      <p>{t('popup.test.intro')}</p>
      <p class="muted" data-test-stored="">
        {t('popup.test.stored', { name: TEST_USER_NAME })}
      </p>
      <label class="consent">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent((e.currentTarget as HTMLInputElement).checked)} /> {t('popup.test.consent')}
      </label>
      <button type="button" onClick={start} disabled={!consent || busy} data-action="test-passkey">
        {busy ? t('popup.test.running') : t('popup.test.start')}
      </button>
      <div aria-live="polite">{body}</div>
    </section>
  );
}
export default TestPasskey;
