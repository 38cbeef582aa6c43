/**
 * The admin view's preview: what the engine (`decide`, core/engine) recommends with this policy on a few
 * typical devices. Pure; the devices are fixed facts, not this browser.
 */
import { decide } from '@/core/engine';
import type { CapabilityFacts, GuideId, OrgPolicy, PlatformFacts, Tri } from '@/core/types';

export interface PreviewDevice {
  id: string;
  /** Product names, the same in every language. */
  label: string;
  platform: PlatformFacts;
  capabilities: CapabilityFacts;
}

function caps(platformAuthenticator: Tri, hybrid: Tri): CapabilityFacts {
  return {
    webauthn: 'yes',
    secureContext: 'yes',
    platformAuthenticator,
    conditionalMediation: 'yes',
    hybridTransport: hybrid,
    passkeyPlatformAuthenticator: platformAuthenticator,
    conditionalCreate: 'unknown',
    conditionalGet: 'yes',
    signalApi: 'unknown',
  };
}

function device(id: string, label: string, p: Omit<PlatformFacts, 'model' | 'versionSource' | 'osMajor'>, c: CapabilityFacts): PreviewDevice {
  const osMajor = p.osVersion ? Number.parseInt(p.osVersion, 10) : null;
  return { id, label, platform: { ...p, osMajor, model: null, versionSource: 'client-hints' }, capabilities: c };
}

export const PREVIEW_DEVICES: readonly PreviewDevice[] = [
  device(
    'windows11-edge',
    'Windows 11 · Edge',
    { os: 'windows', osVersion: '11', browser: 'edge', browserMajor: 140, formFactor: 'desktop' },
    caps('yes', 'yes'),
  ),
  device(
    'windows10-firefox',
    'Windows 10 · Firefox',
    { os: 'windows', osVersion: '10', browser: 'firefox', browserMajor: 140, formFactor: 'desktop' },
    caps('yes', 'no'),
  ),
  device('macos-safari', 'macOS 15 · Safari', { os: 'macos', osVersion: '15', browser: 'safari', browserMajor: 18, formFactor: 'desktop' }, caps('yes', 'yes')),
  device(
    'iphone-safari',
    'iPhone, iOS 18 · Safari',
    { os: 'ios', osVersion: '18', browser: 'safari', browserMajor: 18, formFactor: 'phone' },
    caps('yes', 'yes'),
  ),
  device(
    'android-chrome',
    'Android 15 · Chrome',
    { os: 'android', osVersion: '15', browser: 'chrome', browserMajor: 140, formFactor: 'phone' },
    caps('yes', 'yes'),
  ),
  device('linux-firefox', 'Linux · Firefox', { os: 'linux', osVersion: null, browser: 'firefox', browserMajor: 140, formFactor: 'desktop' }, caps('no', 'no')),
];

/** The recommended guide per preview device (same order as PREVIEW_DEVICES). Never throws. */
export function previewGuides(policy: OrgPolicy): { device: PreviewDevice; guide: GuideId }[] {
  return PREVIEW_DEVICES.map((device) => {
    try {
      return { device, guide: decide({ platform: device.platform, capabilities: device.capabilities, policy, answers: {} }).guide };
    } catch {
      return { device, guide: 'unsupported' as GuideId };
    }
  });
}
