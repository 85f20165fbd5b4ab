const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'svg', 'BUTTON']);

/**
 * Plain text of an email body or draft with line breaks where Gmail renders them, leaving out `exclude`d parts
 * (signature, quoted history). Walks the DOM instead of `innerText`, which forces layout and is missing in tests.
 */
export function readableText(root: Element, exclude: string): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || (exclude && el.matches(exclude))) return;
    if (el.tagName === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) out.push('\n');
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) out.push('\n');
  };
  for (const child of Array.from(root.childNodes)) walk(child);
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
