/** Copy diagnostic + diagnostic as QR (lazy-loaded: the QR encoder is not part of the first verdict). */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/core/i18n';
import { QrCode } from '@/components/QrCode';
import { buildDiagnostic, parseLastPageState, type DiagnosticInput } from '@/core/diagnostic';

export interface DiagnosticPanelProps {
  t: Translate;
  input: Omit<DiagnosticInput, 't' | 'now' | 'lastPage'>;
  /** Reads the raw `pg:last-page-state` value (validated here). */
  readLastPage: () => Promise<unknown>;
}

export function DiagnosticPanel({ t, input, readLastPage }: DiagnosticPanelProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [showQr, setShowQr] = useState(false);
  const [lastPage, setLastPage] = useState<unknown>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once when the panel opens (callers pass a new function on every render)
  useEffect(() => {
    readLastPage().then(setLastPage, () => setLastPage(null));
  }, []);
  if (lastPage === undefined) return <p aria-busy="true">{t('common.checking')}</p>;
  const text = buildDiagnostic({ ...input, t, now: new Date(), lastPage: parseLastPageState(lastPage) });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div class="diagnostic">
      <div class="row">
        <button type="button" onClick={copy} data-action="copy-diagnostic">
          {t('popup.diagnostic.copy')}
        </button>
        <button type="button" onClick={() => setShowQr(!showQr)} aria-expanded={showQr} data-action="diagnostic-qr">
          {t('popup.diagnostic.showQr')}
        </button>
      </div>
      <p aria-live="polite" data-copy-status={status}>
        {status === 'copied' ? t('popup.diagnostic.copied') : status === 'failed' ? t('popup.diagnostic.copyFailed') : ''}
      </p>
      {showQr && <QrCode value={text} label={t('popup.diagnostic.qrLabel')} size={220} unavailable={t('popup.diagnostic.qrUnavailable')} />}
      <details>
        <summary>{t('popup.diagnostic.preview')}</summary>
        <pre data-diagnostic="">
          {/* Program output for the help desk (English tokens on purpose), not prose: <samp>. */}
          <samp>{text}</samp>
        </pre>
      </details>
    </div>
  );
}
export default DiagnosticPanel;
