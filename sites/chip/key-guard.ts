/** The chip's host element (see plainSurface in chip.ts). */
export const CHIP_TAG = 'truth-serum-chip';

/**
 * Stops key events typed on the chip before the page's listeners see them, so Enter, Space or a letter pressed on its
 * buttons does not also fire a page keyboard shortcut (Gmail: "c" composes, Enter opens a thread).
 * Why on window in the capture phase, from a script that runs at document_start (entrypoints/chip-keys.content.ts):
 * window's capture phase is the first place a key event reaches, and listeners there run in the order they were added,
 * so only a listener added before the page's own scripts ran is sure to come first. It looks for the chip's tag in the
 * event's path, because the chip itself is made later, by the site's content script, in another script's scope.
 * stopImmediatePropagation does not cancel the default action, so Enter and Space still press the chip's buttons.
 */
export function keepChipKeysFromPage(win: Window, tag = CHIP_TAG): () => void {
  const guard = (event: Event) => {
    if (event.composedPath().some((node) => (node as Partial<Element>).localName === tag)) event.stopImmediatePropagation();
  };
  const types = ['keydown', 'keypress', 'keyup'] as const;
  for (const type of types) win.addEventListener(type, guard, true);
  return () => {
    for (const type of types) win.removeEventListener(type, guard, true);
  };
}
