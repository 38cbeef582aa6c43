/**
 * The project's icon inline (same drawing as assets/icon/icon.svg, which renders public/icon/*.png), so the
 * popup, the companion page and the standalone site show it without fetching a file. Decorative: aria-hidden.
 */
export function AppIcon({ size = 20 }: { size?: number }) {
  return (
    <svg class="pg-app-icon" width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <path d="M64 5 L116 23 V60 C116 93 93 114 64 124 C35 114 12 93 12 60 V23 Z" fill="#0f5fc0" stroke="#ffffff" stroke-width="6" stroke-linejoin="round" />
      <g fill="#ffffff">
        <circle cx="64" cy="46" r="19" />
        <rect x="57" y="58" width="14" height="46" rx="3" />
        <rect x="66" y="80" width="16" height="8" rx="2" />
        <rect x="66" y="93" width="12" height="8" rx="2" />
      </g>
      <circle cx="64" cy="42" r="7" fill="#0f5fc0" />
    </svg>
  );
}
