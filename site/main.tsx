// Standalone companion site entry: no extension API here (probes/extensionStorage returns null).
import { render } from 'preact';
import { CompanionApp } from '@/components/companion/CompanionApp';
import '@/components/guide/guide.css';
import '@/components/companion/companion.css';

render(
  <CompanionApp env={{ kind: 'site', pageUrl: `${location.origin}${location.pathname}` }} />,
  document.getElementById('app')!,
);
