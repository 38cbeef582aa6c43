import { render } from 'preact';
import { CompanionApp } from '@/components/companion/CompanionApp';
import '@/components/guide/guide.css';
import '@/components/companion/companion.css';
import './style.css';

render(<CompanionApp env={{ kind: 'extension', pageUrl: `${location.origin}${location.pathname}` }} />, document.getElementById('app')!);
