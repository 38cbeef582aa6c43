/** The overlay's UI state in storage.local (STORAGE_KEYS.overlayUi): shared by the content script and the popup. */
export interface OverlayUi {
  collapsed: boolean;
  side: 'end' | 'start';
  /** Routes ("security-info", "register") where the user closed the overlay. */
  dismissed: string[];
}

/** Whatever is stored (another version's shape, a broken value) becomes a valid state; never throws. */
export function readOverlayUi(raw: unknown): OverlayUi {
  const r = (raw ?? {}) as Partial<OverlayUi>;
  return {
    collapsed: r.collapsed === true,
    side: r.side === 'start' ? 'start' : 'end',
    dismissed: Array.isArray(r.dismissed) ? r.dismissed.filter((d): d is string => typeof d === 'string').slice(0, 4) : [],
  };
}
