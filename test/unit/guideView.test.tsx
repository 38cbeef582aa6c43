import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideView } from '../../components/guide/GuideView';
import { Questions, applyAnswer } from '../../components/guide/Questions';
import { decide, type Decision } from '../../core/engine';
import { createTranslator, type Translate } from '../../core/i18n';
import { parsePlatform } from '../../core/platform';
import { DEFAULT_POLICY } from '../../core/types';
import en from '../../locales/en.json';
import ar from '../../locales/ar.json';

const t = createTranslator(en, 'en') as Translate;
const caps = {
  webauthn: 'yes',
  secureContext: 'yes',
  platformAuthenticator: 'yes',
  conditionalMediation: 'yes',
  hybridTransport: 'yes',
  passkeyPlatformAuthenticator: 'yes',
  conditionalCreate: 'unknown',
  conditionalGet: 'yes',
  signalApi: 'unknown',
} as const;
const winEdge = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const pixel = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

function decision(ua: string, extra: Partial<typeof DEFAULT_POLICY> = {}, answers = {}): Decision {
  return decide({ platform: parsePlatform({ userAgent: ua }), capabilities: caps, policy: { ...DEFAULT_POLICY, ...extra }, answers });
}

afterEach(cleanup);

describe('GuideView', () => {
  it('renders the data-guide / data-step / data-warning contract with real English text', () => {
    const d = decision(winEdge);
    const { container } = render(<GuideView t={t} decision={d} current={1} />);
    const root = container.querySelector('[data-guide]');
    expect(root?.getAttribute('data-guide')).toBe('authenticator-app');
    const steps = [...container.querySelectorAll('ol > li[data-step]')].map((li) => li.getAttribute('data-step'));
    expect(steps).toEqual(d.steps.map((s) => s.id));
    const warnings = container.querySelectorAll('[data-warning]');
    expect([...warnings].map((w) => w.getAttribute('data-warning'))).toEqual(['phone-requirements']);
    for (const w of warnings) expect(w.getAttribute('role')).toBe('note');
    expect(screen.getByText(/Your phone needs iOS 17 or later/)).toBeTruthy();
    expect(container.querySelector('[data-step="add-method"]')?.textContent).toContain('+ Add sign-in method');
    // No untranslated keys leak into the UI.
    expect(container.textContent).not.toMatch(/(guides|engine)\.[a-z-]+\./);
  });

  it('marks only the current step with aria-current', () => {
    const { container } = render(<GuideView t={t} decision={decision(winEdge)} current={2} />);
    const current = container.querySelectorAll('[aria-current="step"]');
    expect(current.length).toBe(1);
    expect(current[0]?.getAttribute('data-step')).toBe('sign-in-mfa');
  });

  it('reports step clicks through onStep', () => {
    const onStep = vi.fn();
    const { container } = render(<GuideView t={t} decision={decision(winEdge)} onStep={onStep} />);
    fireEvent.click(container.querySelector('[data-step="finish-in-app"] button')!);
    expect(onStep).toHaveBeenCalledWith(7);
  });

  it('lists fallbacks and switches guide; compact mode hides them and troubleshooting', () => {
    const onSwitch = vi.fn();
    const d = decision(winEdge);
    const { container, rerender } = render(<GuideView t={t} decision={d} onSwitchGuide={onSwitch} />);
    expect([...container.querySelectorAll('[data-fallback]')].map((e) => e.getAttribute('data-fallback'))).toEqual(d.fallbacks);
    fireEvent.click(screen.getByRole('button', { name: en.guides['security-key'].title }));
    expect(onSwitch).toHaveBeenCalledWith('security-key');
    expect(container.querySelector('[data-trouble="passkey-already-exists"]')).toBeTruthy();
    rerender(<GuideView t={t} decision={d} compact />);
    expect(container.querySelector('[data-fallback]')).toBeNull();
    expect(container.querySelector('[data-trouble]')).toBeNull();
    expect(container.querySelectorAll('[data-step]').length).toBe(d.steps.length);
  });

  it('renders Arabic text for an Arabic translator', () => {
    const tAr = createTranslator(ar, 'ar') as Translate;
    const { container } = render(<GuideView t={tAr} decision={decision(winEdge)} />);
    expect(container.querySelector('[data-step="add-method"]')?.textContent).toContain('معلومات الأمان');
  });
});

describe('Questions', () => {
  it('renders one radio group per question and reports answers', () => {
    const onAnswer = vi.fn();
    const d = decision(pixel);
    render(<Questions t={t} questions={d.questions} answers={{ workProfile: 'no' }} onAnswer={onAnswer} os="android" />);
    const groups = screen.getAllByRole('group');
    expect(groups.length).toBe(d.questions.length);
    fireEvent.click(screen.getByLabelText('Android 14'));
    expect(onAnswer).toHaveBeenCalledWith('osVersionKnown', '14');
    const radios = screen.getAllByRole('radio', { name: 'No' }) as HTMLInputElement[];
    expect(radios.some((r) => r.checked)).toBe(true);
  });
  it('shows iOS versions for an iPhone', () => {
    render(<Questions t={t} questions={['osVersionKnown']} answers={{}} onAnswer={() => {}} os="ios" />);
    expect(screen.getByLabelText('iOS 18 or later')).toBeTruthy();
  });
  it('renders nothing without questions', () => {
    const { container } = render(<Questions t={t} questions={[]} answers={{}} onAnswer={() => {}} />);
    expect(container.innerHTML).toBe('');
  });
  it('applyAnswer accepts valid answers and ignores bad ones', () => {
    expect(applyAnswer({}, 'workProfile', 'yes')).toEqual({ workProfile: 'yes' });
    expect(applyAnswer({}, 'workProfile', 'maybe')).toEqual({});
    expect(applyAnswer({}, 'osVersionKnown', '15')).toEqual({ osVersionKnown: '15' });
    expect(applyAnswer({}, 'osVersionKnown', '<script>')).toEqual({});
  });
});
