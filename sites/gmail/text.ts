const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'svg', 'BUTTON']);

/**
 * Plain text of an email body or draft with line breaks where Gmail renders them, leaving out `exclude`d parts
 * (signature, quoted history). Walks the DOM instead of `innerText`, which forces layout and is missing in tests.
 */
export function readableText(root: Element, exclude: string): string {
  // Why a line-aware builder: a <div> per line is how Chrome and Gmail write a draft, so each block must start one
  // new line, not add a blank one (`<div>a</div><div>b</div>` is "a\nb"), and source-formatting whitespace between
  // blocks is not a line break. HTML collapses runs of whitespace; &nbsp; is kept until the end. Pieces go into an
  // array (never one growing string) so long threads stay linear.
  const parts: string[] = [];
  const last = (): string => parts[parts.length - 1]?.slice(-1) ?? '';
  const trimEnd = (): void => {
    while (parts.length > 0) {
      const trimmed = parts[parts.length - 1]!.replace(/[ \t]+$/, '');
      if (trimmed) {
        parts[parts.length - 1] = trimmed;
        return;
      }
      parts.pop();
    }
  };
  const push = (text: string): void => {
    if (text) parts.push(text);
  };
  const newline = (): void => {
    trimEnd();
    if (parts.length > 0 && last() !== '\n') parts.push('\n');
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      let text = node.nodeValue ?? '';
      if (!pre) {
        text = text.replace(/[ \t\n\r\f]+/g, ' ');
        const end = last();
        if (end === '' || end === '\n' || end === ' ') text = text.replace(/^ /, '');
      }
      push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || (exclude && el.matches(exclude))) return;
    if (el.tagName === 'BR') {
      trimEnd();
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) newline();
    for (const child of Array.from(el.childNodes)) walk(child, pre || el.tagName === 'PRE');
    if (block) newline();
  };
  for (const child of Array.from(root.childNodes)) walk(child, false);
  return parts
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
