/**
 * The overlay writes only what differs from what storage holds (core/overlay/storedWrites.ts), and the background's
 * bootstrap reply carries what the overlay stored, so the content script needs no storage read of its own.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/entrypoints/background/messages';
import { storedWriteFilter } from '@/core/overlay/storedWrites';
import { PLACE_TTL_MS } from '@/core/overlayUi';

const NOW = 1_800_000_000_000;
const place = (index: number, savedAt = NOW) => ({ type: 'save-place' as const, place: { guide: 'platform' as const, index, savedAt } });
const last = (state: string, step: string | null = null, error: string | null = null) => ({ type: 'save-last-page' as const, state, step, error, at: NOW });

describe('storedWriteFilter', () => {
  it('skips a place and a page state equal to what is stored, writes the first difference, then remembers it', () => {
    const write = storedWriteFilter(
      { wizardPlace: { guide: 'platform', index: 2, savedAt: NOW - 1000 }, lastPageState: { state: 'wizard', step: 'name', error: null, at: 1 } },
      NOW,
    );
    expect(write(place(2))).toBe(false);
    expect(write(last('wizard', 'name'))).toBe(false);
    expect(write(place(3))).toBe(true);
    expect(write(place(3))).toBe(false);
    expect(write(last('success'))).toBe(true);
    expect(write(last('success'))).toBe(false);
    expect(write({ type: 'save-place', place: { guide: 'security-key', index: 3, savedAt: NOW } })).toBe(true);
  });

  it('writes everything when nothing (or something broken or expired) is stored', () => {
    const write = storedWriteFilter({ wizardPlace: null, lastPageState: null }, NOW);
    expect(write(place(0))).toBe(true);
    expect(write(last('method-list'))).toBe(true);
    const broken = storedWriteFilter({ wizardPlace: { guide: 'nope', index: 'x' }, lastPageState: 'junk' }, NOW);
    expect(broken(place(0))).toBe(true);
    expect(broken(last('method-list'))).toBe(true);
    const expired = storedWriteFilter({ wizardPlace: { guide: 'platform', index: 2, savedAt: NOW - PLACE_TTL_MS - 1 }, lastPageState: null }, NOW);
    expect(expired(place(2))).toBe(true);
  });

  it('rewrites an unchanged place once it is half way to expiry', () => {
    const write = storedWriteFilter({ wizardPlace: { guide: 'platform', index: 1, savedAt: NOW }, lastPageState: null }, NOW);
    expect(write(place(1, NOW + PLACE_TTL_MS / 2 - 1))).toBe(false);
    expect(write(place(1, NOW + PLACE_TTL_MS / 2))).toBe(true);
  });

  it('clears a stored place once, and never clears what is not there; UI saves always pass', () => {
    const write = storedWriteFilter({ wizardPlace: { guide: 'platform', index: 1, savedAt: NOW }, lastPageState: null }, NOW);
    expect(write({ type: 'clear-place' })).toBe(true);
    expect(write({ type: 'clear-place' })).toBe(false);
    expect(write(place(1))).toBe(true);
    expect(write({ type: 'clear-place' })).toBe(true);
    expect(storedWriteFilter({ wizardPlace: undefined, lastPageState: undefined }, NOW)({ type: 'clear-place' })).toBe(false);
    const ui = { type: 'save-ui' as const, ui: { collapsed: false, side: 'end' as const, dismissed: [] } };
    expect(write(ui)).toBe(true);
    expect(write(ui)).toBe(true);
  });
});

describe('bootstrap reply carries what the overlay stored', () => {
  beforeEach(() => fakeBrowser.reset());
  const context = { runtimeId: fakeBrowser.runtime.id, extensionOrigin: `chrome-extension://${fakeBrowser.runtime.id}/` };
  const sender = { id: context.runtimeId, url: 'https://mysignins.microsoft.com/security-info', tab: { id: 1 } };

  it('UI state, place and last page state, raw; null when absent', async () => {
    const empty = (await handleMessage({ type: 'pg:overlay-bootstrap' }, sender, context)) as { stored: unknown };
    expect(empty.stored).toEqual({ overlayUi: null, wizardPlace: null, lastPageState: null });
    const stored = {
      'pg:overlay-ui': { collapsed: true, side: 'start', dismissed: ['sign-in'] },
      'pg:wizard-place': { guide: 'platform', index: 2, savedAt: 5 },
      'pg:last-page-state': { state: 'wizard', step: 'name', error: null, at: 6 },
    };
    await fakeBrowser.storage.local.set(stored);
    const reply = (await handleMessage({ type: 'pg:overlay-bootstrap' }, sender, context)) as { stored: unknown };
    expect(reply.stored).toEqual({ overlayUi: stored['pg:overlay-ui'], wizardPlace: stored['pg:wizard-place'], lastPageState: stored['pg:last-page-state'] });
  });
});
