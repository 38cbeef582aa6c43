import { render } from 'preact';
import { CompanionApp } from '@/components/companion/CompanionApp';
import './style.css';

render(<CompanionApp />, document.getElementById('app')!);
