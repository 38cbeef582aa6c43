/** The admin view (options page): settings in words, extension ID, profiles, bad entries, per-platform preview. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyView } from '@/components/admin/PolicyView';
import { PREVIEW_DEVICES, previewGuides } from '@/components/admin/preview';
import { createTranslator, type Translate } from '@/core/i18n';
import { parsePolicy } from '@/core/policy';
import { POLICY_KEYS } from '@/core/settings';
import { DEFAULT_POLICY } from '@/core/types';
import en from '@/locales/en.json';

afterEach(cleanup);
const t: Translate = createTranslator(en, 'en');
const AUTH_IOS = '90a3ccdf-635c-4729-a248-9b709135078f';

describe('admin view', () => {
  it('shows the extension ID and describes every setting in words', () => {
    const { getByTestId, container } = render(<PolicyView t={t} parsed={parsePolicy({})} version="1.0.0" extensionId="djhfionobnenimbnkcjiekpbngkbkibb" />);
    expect(getByTestId('policy-extension-id').textContent).toContain('djhfionobnenimbnkcjiekpbngkbkibb');
    const rows = [...container.querySelectorAll('tr[data-setting]')];
    expect(rows.map((r) => r.getAttribute('data-setting'))).toEqual([...POLICY_KEYS]);
    for (const row of rows) expect(row.querySelectorAll('td')[0]!.textContent!.length, row.getAttribute('data-setting')!).toBeGreaterThan(20);
    expect(getByTestId('policy-profiles').getAttribute('data-profile-source')).toBe('default');
  });

  it('reports bad entries by name and reason, with a short safe value, and a profile that accepts nothing', () => {
    const { container, getByTestId } = render(<PolicyView t={t} parsed={parsePolicy({ aaguidAllowList: [`bad\u202e${'x'.repeat(300)}`] })} version="1" />);
    const item = container.querySelector('[data-ignored="aaguidAllowList[0]"]')!;
    expect(item.getAttribute('data-reason')).toBe('badAaguid');
    expect(item.textContent).toContain(en.admin.reason.badAaguid);
    expect(item.textContent!.length).toBeLessThan(160);
    expect(item.textContent).not.toContain('\u202e');
    expect(getByTestId('profile-accepts-nothing').textContent).toBe(en.admin.profileAcceptsNothing);
  });

  it('says which wins when passkeyProfiles and the flat keys are both set', () => {
    const parsed = parsePolicy({
      passkeyProfiles: [{ name: 'Authenticator', passkeyTypes: ['device-bound'], aaguidMode: 'allow', aaguids: [AUTH_IOS] }],
      allowedPasskeyKinds: ['synced'],
    });
    const { getByTestId, container } = render(<PolicyView t={t} parsed={parsed} version="1" />);
    expect(getByTestId('policy-profiles').getAttribute('data-profile-source')).toBe('profiles');
    expect(getByTestId('policy-profiles').textContent).toContain(
      'Set by passkeyProfiles. It wins: allowedPasskeyKinds, attestationEnforced, aaguidAllowList, aaguidBlockList are ignored.',
    );
    expect(getByTestId('policy-profiles').textContent).toContain('Profile 1: Authenticator');
    expect(getByTestId('policy-profiles').textContent).toContain('Allows only 1 authenticator (AAGUID).');
    expect(container.querySelector('[data-ignored="allowedPasskeyKinds"]')?.getAttribute('data-reason')).toBe('overridden');
  });

  it('previews what employees on each platform are told, from the engine', () => {
    const { container } = render(<PolicyView t={t} parsed={parsePolicy({})} version="1" />);
    const rows = [...container.querySelectorAll('[data-testid="policy-preview"] tr[data-device]')];
    expect(rows.map((r) => r.getAttribute('data-device'))).toEqual(PREVIEW_DEVICES.map((d) => d.id));
    for (const row of rows) expect(row.getAttribute('data-guide')).toMatch(/^(authenticator-app|cross-device|security-key|platform|unsupported)$/);
    // A policy that accepts nothing changes what everyone is told.
    const none = previewGuides(parsePolicy({ allowedPasskeyKinds: ['nothing-valid'] }).policy);
    expect(none.every((r) => r.guide === 'unsupported')).toBe(true);
    expect(previewGuides(DEFAULT_POLICY).some((r) => r.guide !== 'unsupported')).toBe(true);
  });
});
