import { encode } from 'uqr';

interface Props {
  /** The text (usually a URL) to encode. */
  value: string;
  /** Accessible name, e.g. "QR code that opens this guide on your phone". */
  label: string;
  /** CSS size in pixels (the SVG scales). */
  size?: number;
}

/**
 * A QR code as one SVG path built from uqr's module matrix (no innerHTML). Dark modules on a
 * white quiet zone in every colour scheme, so phones can scan it in dark mode too.
 */
export function QrCode({ value, label, size = 192 }: Props) {
  const { data, size: n } = encode(value, { ecc: 'M', border: 0 });
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
