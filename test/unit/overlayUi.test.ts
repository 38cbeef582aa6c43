import { describe, expect, it } from 'vitest';
import { guidedGuide, PLACE_TTL_MS, readOverlayUi, readWizardPlace } from '@/core/overlayUi';

describe('readOverlayUi', () => {
  it('defaults for nothing stored or a broken value', () => {
    for (const raw of [undefined, null, 42, 'x', [], { collapsed: 'yes', side: 'left', dismissed: 'security-info' }]) {
      expect(readOverlayUi(raw)).toEqual({ collapsed: false, side: 'end', dismissed: [] });
    }
  });
  it('keeps valid fields, drops non-string routes and caps the list', () => {
    expect(
      readOverlayUi({ collapsed: true, side: 'start', dismissed: ['register', 3, null, 'security-info', 'sign-in', 'ceremony', 'other', 'b', 'c'] }),
    ).toEqual({
      collapsed: true,
      side: 'start',
      dismissed: ['register', 'security-info', 'sign-in', 'ceremony', 'other', 'b'],
    });
  });
});

describe('readWizardPlace', () => {
  const now = 1_800_000_000_000;
  it('returns a fresh place, with the index made a whole non-negative number', () => {
    expect(readWizardPlace({ guide: 'security-key', index: 3.7, savedAt: now - 1000 }, now)).toEqual({ guide: 'security-key', index: 3, savedAt: now - 1000 });
    expect(readWizardPlace({ guide: 'platform', index: -2, savedAt: now }, now)?.index).toBe(0);
  });
  it('forgets a place older than the TTL, or from the future (clock changes)', () => {
    expect(readWizardPlace({ guide: 'platform', index: 1, savedAt: now - PLACE_TTL_MS }, now)).toBeNull();
    expect(readWizardPlace({ guide: 'platform', index: 1, savedAt: now - PLACE_TTL_MS + 1 }, now)).not.toBeNull();
    expect(readWizardPlace({ guide: 'platform', index: 1, savedAt: now + 60_000 }, now)).toBeNull();
  });
  it('rejects unknown guides and malformed values', () => {
    for (const raw of [
      null,
      undefined,
      'platform',
      { guide: 'nope', index: 1, savedAt: now },
      { guide: 'platform', index: '1', savedAt: now },
      { guide: 'platform', index: Number.NaN, savedAt: now },
      { guide: 'platform', index: 1 },
    ]) {
      expect(readWizardPlace(raw, now)).toBeNull();
    }
  });
});

describe('guidedGuide', () => {
  it('reads a stored guided-link choice', () => {
    const now = 1_700_000_000_000;
    const stored = { v: 1, savedAt: now - 60_000, choice: { guide: 'cross-device', workProfile: 'yes' } };
    expect(guidedGuide(stored, now)).toEqual({ guide: 'cross-device', workProfile: 'yes' });
  });
  it('expires a stored choice like the wizard place (older than PLACE_TTL_MS, from the future, or without a time)', () => {
    const now = 1_700_000_000_000;
    const choice = { guide: 'cross-device', workProfile: 'yes' };
    expect(guidedGuide({ v: 1, savedAt: now - PLACE_TTL_MS, choice }, now)).toEqual({ guide: null, workProfile: null });
    expect(guidedGuide({ v: 1, savedAt: now + 1000, choice }, now)).toEqual({ guide: null, workProfile: null });
    expect(guidedGuide({ choice }, now)).toEqual({ guide: null, workProfile: null });
  });
  it('ignores unknown guides and answers', () => {
    expect(guidedGuide({ choice: { guide: '<script>', workProfile: 'maybe' } })).toEqual({ guide: null, workProfile: null });
    expect(guidedGuide(null)).toEqual({ guide: null, workProfile: null });
    expect(guidedGuide('x')).toEqual({ guide: null, workProfile: null });
  });
});
