// The QR code never takes the page down: uqr throws past about 2,330 bytes; QrCode caps its input and
// shows a message instead (components/QrCode.tsx).
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { QrCode, QR_MAX_BYTES, qrMatrix } from '@/components/QrCode';

describe('QrCode containment', () => {
  it('a value longer than a QR code can hold renders a message, not an exception', () => {
    const value = `https://intranet.contoso.com/${'p'.repeat(2400)}?v=1&g=platform`;
    const { container } = render(<QrCode value={value} label="QR code" unavailable="Too long for a QR code" />);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelector('[data-qr-error="too-long"]')?.textContent).toBe('Too long for a QR code');
  });

  it('caps the input below what uqr can encode, counting UTF-8 bytes', () => {
    expect(QR_MAX_BYTES).toBeLessThan(2330);
    expect(qrMatrix('a'.repeat(QR_MAX_BYTES))).not.toBeNull();
    expect(qrMatrix('a'.repeat(QR_MAX_BYTES + 1))).toBeNull();
    expect(qrMatrix('é'.repeat(QR_MAX_BYTES / 2 + 1))).toBeNull();
  });

  it('a normal link still renders a code', () => {
    const { container } = render(<QrCode value="https://intranet.contoso.com/?v=1&g=platform" label="QR code" />);
    expect(container.querySelector('svg.pg-qr')?.getAttribute('data-qr-value')).toBe('https://intranet.contoso.com/?v=1&g=platform');
  });
});
