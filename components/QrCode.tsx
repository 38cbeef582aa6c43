import { encode } from 'uqr';

interface Props {
  /** The text (usually a URL) to encode. */
  value: string;
  /** Accessible name, e.g. "QR code that opens this guide on your phone". */
  label: string;
  /** CSS size in pixels (the SVG scales). */
  size?: number;
  /** Shown instead of the code when the value cannot be encoded (too long); e.g. t('link.qrUnavailable'). */
  unavailable?: string;
}

/**
 * The longest value we encode, in UTF-8 bytes. uqr throws past about 2,330 bytes (version 40 at ECC level
 * M), and a code that dense cannot be scanned from a screen anyway. Longer values give a message instead.
 */
export const QR_MAX_BYTES = 1800;

/** uqr's module matrix, or null when the value is too long or uqr refuses it. Never throws. */
export function qrMatrix(value: string): { data: boolean[][]; size: number } | null {
  if (typeof value !== 'string' || new TextEncoder().encode(value).length > QR_MAX_BYTES) return null;
  try {
    const { data, size } = encode(value, { ecc: 'M', border: 0 });
    return { data, size };
  } catch {
    return null;
  }
}

/**
 * A QR code as one SVG path built from uqr's module matrix (no innerHTML). Dark modules on a
 * white quiet zone in every colour scheme, so phones can scan it in dark mode too. A value that cannot
 * be encoded gives a short message (never an exception that would blank the page).
 */
export function QrCode({ value, label, size = 192, unavailable }: Props) {
  const matrix = qrMatrix(value);
  if (!matrix) {
    return (
      <p class="pg-qr-unavailable" role="note" data-qr-error="too-long">
        {unavailable ?? label}
      </p>
    );
  }
  const { data, size: n } = matrix;
  const quiet = 4;
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    });
  });
  const total = n + quiet * 2;
  return (
    <svg
      class="pg-qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${total} ${total}`}
      shape-rendering="crispEdges"
      data-qr-value={value}
    >
      <rect width={total} height={total} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
