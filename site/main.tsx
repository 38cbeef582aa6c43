// Standalone companion site entry: no extension API here (storage/items.ts hasExtensionStorage() is false).
import { render } from 'preact';
import { CompanionApp } from '@/components/companion/CompanionApp';
import { parsePolicy } from '@/core/policy';
import '@/components/guide/guide.css';
import '@/components/companion/companion.css';

/**
 * The organization this copy of the site was built for (vite.site.config.ts, PG_SITE_ORG), already
 * validated at build time, or null. Its values win over a guided link's org, tenant and help desk.
 */
declare const __PG_SITE_ORG__: Record<string, string> | null;
const org = __PG_SITE_ORG__ ? parsePolicy(__PG_SITE_ORG__).policy : undefined;

render(<CompanionApp env={{ kind: 'site', pageUrl: `${location.origin}${location.pathname}`, org }} />, document.getElementById('app')!);
