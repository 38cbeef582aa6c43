import { handleMessage } from './messages';
import { startPolicyCache } from './policyCache';

export default defineBackground(() => {
  startPolicyCache();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A first-run welcome in the companion page; updates stay silent.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/guide.html?welcome=1') });
  });
  // Not addListener(handleMessage): the third argument would be sendResponse.
  browser.runtime.onMessage.addListener((request, sender) => handleMessage(request, sender));
});
