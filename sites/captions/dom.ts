/**
 * Small DOM helpers shared by the caption readers. Pure functions of the elements they get:
 * no globals, no `instanceof` (nodes may come from a DOMParser document or a same-origin iframe).
 */

/** Elements whose text is UI chrome, never caption words. */
export const NON_TEXT_SELECTOR = [
  'button',
  '[role="button"]',
  '[aria-hidden="true"]',
  '[hidden]',
  // Icon fonts draw ligature names ("arrow_downward", "more_vert") from plain text.
  '.google-symbols',
  '.material-icons',
  '.material-icons-extended',
  '.material-symbols-outlined',
  '.material-symbols-rounded',
  'img',
  'svg',
  'script',
  'style',
  'template',
].join(', ');

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Tags whose boundaries separate words even when the markup has no whitespace between them. */
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'BR', 'SECTION', 'ARTICLE']);

/** Hidden through the `hidden` attribute or an inline `display: none` (how React hides caption roots). */
export function isInlineHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || /(^|;)\s*display\s*:\s*none/i.test(element.getAttribute('style') ?? '');
}

/** True when `element` or an ancestor (up to, not including, `stop`) is hidden inline. */
export function isInlineHiddenWithin(element: Element, stop: Element | null): boolean {
  for (let current: Element | null = element; current && current !== stop; current = current.parentElement) {
    if (isInlineHidden(current)) return true;
  }
  return false;
}

/** True for buttons, icon glyphs, images and hidden elements. */
export function isNonText(element: Element): boolean {
  return element.matches(NON_TEXT_SELECTOR) || isInlineHidden(element);
}

/** True when `element` or an ancestor up to (not including) `stop` is non-text UI. */
export function isNonTextWithin(element: Element, stop: Element): boolean {
  for (let current: Element | null = element; current && current !== stop; current = current.parentElement) {
    if (isNonText(current)) return true;
  }
  return false;
}

/** Collapses whitespace runs (and zero-width spaces) to single spaces and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
}

/** The text a reader would see in `element`, leaving out buttons, icon glyphs and hidden parts. */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      if (child.nodeType !== ELEMENT_NODE) continue;
      const childElement = child as Element;
      if (isNonText(childElement)) continue;
      const isBlock = BLOCK_TAGS.has(childElement.tagName.toUpperCase());
      if (isBlock) parts.push(' ');
      walk(childElement);
      if (isBlock) parts.push(' ');
    }
  };
  walk(element);
  return collapseWhitespace(parts.join(''));
}

/** True when `element` has a non-blank text node as a direct child. */
export function hasOwnText(element: Element): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === TEXT_NODE && collapseWhitespace(node.nodeValue ?? '') !== '');
}

/** Element children that are not UI chrome and show some text, in document order. */
export function visibleChildren(element: Element): Element[] {
  return Array.from(element.children).filter((child) => !isNonText(child) && visibleText(child) !== '');
}

/** The first element matched by the first selector in `selectors` that matches anything. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Lower-cased, NFC, single-spaced, straight apostrophes: for comparing UI labels across languages. */
export function normalizeLabel(label: string | null | undefined): string {
  const lower = collapseWhitespace((label ?? '').normalize('NFC').replace(/[\u2018\u2019]/g, "'")).toLowerCase();
  // Fold Turkish dotted/dotless i so "ALTYAZILAR" and "Altyazılar" compare equal.
  return lower.replace(/i\u0307/g, 'i').replace(/ı/g, 'i');
}

/**
 * True when `label` starts with one of `phrases` as whole words, so "Turn on captions (c)" matches
 * "Turn on captions" while "Выключить…" does not match "Включить…".
 */
export function labelStartsWithAny(label: string | null | undefined, phrases: readonly string[]): boolean {
  const normalized = normalizeLabel(label);
  return phrases.some((phrase) => {
    const wanted = normalizeLabel(phrase);
    if (!wanted || !normalized.startsWith(wanted)) return false;
    const next = normalized.charAt(wanted.length);
    return next === '' || !/[\p{L}\p{N}]/u.test(next);
  });
}

/** The document of a same-origin iframe, or null when it is cross-origin, missing or not loaded. */
export function frameDocument(frame: Element | null): Document | null {
  if (!frame) return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    // Cross-origin frames throw in some browsers instead of returning null.
    return null;
  }
}
