/**
 * The pseudo-locale en-XA, generated from English at run time: every letter accented, each
 * message about 40% longer and wrapped in ⟦ ⟧. Text on screen without the brackets was not
 * localized; text cut off before the closing ⟧ was clipped. Development and tests only.
 * Pure: no browser globals.
 */
import type { Messages, MessageValue } from './i18n';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTS: Record<string, string> = {
  a: 'ȧ',
  b: 'ƀ',
  c: 'ƈ',
  d: 'ḓ',
  e: 'ḗ',
  f: 'ƒ',
  g: 'ɠ',
  h: 'ħ',
  i: 'ī',
  j: 'ĵ',
  k: 'ķ',
  l: 'ŀ',
  m: 'ḿ',
  n: 'ƞ',
  o: 'ǿ',
  p: 'ƥ',
  q: 'ɋ',
  r: 'ř',
  s: 'ş',
  t: 'ŧ',
  u: 'ŭ',
  v: 'ṽ',
  w: 'ẇ',
  x: 'ẋ',
  y: 'ẏ',
  z: 'ẑ',
  A: 'Ȧ',
  B: 'Ɓ',
  C: 'Ƈ',
  D: 'Ḓ',
  E: 'Ḗ',
  F: 'Ƒ',
  G: 'Ɠ',
  H: 'Ħ',
  I: 'Ī',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ŀ',
  M: 'Ḿ',
  N: 'Ƞ',
  O: 'Ǿ',
  P: 'Ƥ',
  Q: 'Ɋ',
  R: 'Ř',
  S: 'Ş',
  T: 'Ŧ',
  U: 'Ŭ',
  V: 'Ṽ',
  W: 'Ẇ',
  X: 'Ẋ',
  Y: 'Ẏ',
  Z: 'Ẑ',
};

/** Filler used to lengthen messages (German and Dutch run about 30–40% longer than English). */
const FILLER = ' ·ŀǿřḗḿ īƥşŭḿ ḓǿŀǿř şīŧ ȧḿḗŧ ƈǿƞşḗƈŧḗŧŭř ȧḓīƥīşƈīƞɠ ḗŀīŧ şḗḓ ḓǿ ḗīŭşḿǿḓ ŧḗḿƥǿř';

/** Accents letters outside {placeholders}, adds ~40% length, brackets the result. */
export function pseudoLocalize(text: string): string {
  const parts = text.split(/(\{\w+\})/g);
  const accented = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch))).join('');
  const visible = text.replace(/\{\w+\}/g, '').length;
  const extra = Math.max(1, Math.ceil(visible * 0.4));
  let pad = '';
  while (pad.length < extra) pad += FILLER;
  // No space right before the closing bracket, so clipping at a word boundary stays visible.
  return `${PSEUDO_OPEN}${accented}${pad.slice(0, extra).replace(/ $/, '·')}${PSEUDO_CLOSE}`;
}

function transform(value: MessageValue): MessageValue {
  if (typeof value === 'string') return pseudoLocalize(value);
  const out: Messages = {};
  for (const [key, child] of Object.entries(value)) out[key] = transform(child as MessageValue);
  return out;
}

/** The whole pseudo-locale message tree, from the English one. */
export function pseudoMessages(english: Messages): Messages {
  return transform(english) as Messages;
}
