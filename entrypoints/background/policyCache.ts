/**
 * Keeps STORAGE_KEYS.policyCache (storage.local) in step with storage.managed, so surfaces get the
 * organization's policy in milliseconds instead of waiting 3–5 s for the first managed read.
 */
import { refreshPolicyCache } from '@/probes/policy';

export function startPolicyCache(): void {
  void refreshPolicyCache();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshPolicyCache();
  });
}
