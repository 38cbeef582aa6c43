/**
 * Finds user-visible text that did not come from the pseudo-locale: every text node and every
 * accessible-text attribute must consist of ⟦…⟧ segments, placeholders' data, digits and
 * punctuation only. Anything else is a hard-coded string.
 */
const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/**
 * Text inside <code>, <kbd>, <samp> or translate="no" is skipped (identifiers, not prose).
 * allowed: data or names that are correctly not translated (endonyms in the language picker,
 * an organization's name from policy, brand names inside data).
 */
export function findUnlocalizedText(root: Element, allowed: readonly (string | RegExp)[] = []): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    // Messages nest (a translated name inside a translated sentence): strip the innermost ⟦…⟧ until none is left.
    let rest = text;
    for (let before = ''; before !== rest; ) {
      before = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    for (const ok of allowed) rest = typeof ok === 'string' ? rest.split(ok).join(' ') : rest.replace(new RegExp(ok.source, 'g'), ' ');
    if (/\p{L}/u.test(rest)) found.push(`${where}: "${text.trim()}"`);
  };
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4); // elements and text
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      // One message rendered with inline markup (**bold** names): checked once, as a whole, on its [data-rich] wrapper.
      if (parent?.closest('[data-rich]')) continue;
      if (parent && ['STYLE', 'SCRIPT'].includes(parent.tagName)) continue;
      // Technical identifiers shown as code (policy keys, ids) and marked translate="no" are not prose.
      if (parent?.closest('code, kbd, samp, [translate="no"]')) continue;
      check(node.textContent ?? '', `<${parent?.tagName.toLowerCase() ?? '?'}> text`);
    } else {
      const el = node as Element;
      if (el.hasAttribute('data-rich') && !el.parentElement?.closest('[data-rich]'))
        check(el.textContent ?? '', `<${el.tagName.toLowerCase()} data-rich> text`);
      for (const name of ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value) check(value, `<${el.tagName.toLowerCase()} ${name}>`);
      }
      if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes((el as HTMLInputElement).type))
        check((el as HTMLInputElement).value, '<input value>');
    }
  }
  return found;
}
