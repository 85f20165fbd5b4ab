// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CHIP_TAG, keepChipKeysFromPage } from './key-guard';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.innerHTML = '';
});

/** Records keydowns a page listener sees, as "<where> <key>". */
function pageListener(seen: string[], target: EventTarget, where: string, capture: boolean): void {
  const listener = (e: Event) => void seen.push(`${where} ${(e as KeyboardEvent).key}`);
  target.addEventListener('keydown', listener, capture);
  cleanups.push(() => target.removeEventListener('keydown', listener, capture));
}

/** A chip host made the way plainSurface makes it: buttons in an open shadow root. */
function chipButton(): HTMLButtonElement {
  const host = document.createElement(CHIP_TAG);
  const button = document.createElement('button');
  host.attachShadow({ mode: 'open' }).append(button);
  document.body.append(host);
  return button;
}

const press = (target: EventTarget, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

describe('keepChipKeysFromPage', () => {
  it('keeps keys pressed on the chip from every page listener added after it, window capture phase included', () => {
    const seen: string[] = [];
    cleanups.push(keepChipKeysFromPage(window));
    // The page's scripts run after a document_start script: their shortcuts are added later, the chip later still.
    pageListener(seen, window, 'window-capture', true);
    pageListener(seen, document, 'document-capture', true);
    pageListener(seen, document, 'document', false);
    pageListener(seen, window, 'window', false);
    document.body.innerHTML = '<main><button>Page button</button></main>';
    const onChip = chipButton();

    press(onChip, 'Enter');
    press(onChip, ' ');
    expect(seen).toEqual([]);
    // Keys typed anywhere else on the page still reach it, in the usual order.
    press(document.querySelector('main button')!, 'c');
    expect(seen).toEqual(['window-capture c', 'document-capture c', 'document c', 'window c']);
  });

  it('does not cancel a key’s default action, so Enter and Space still press the chip’s buttons', () => {
    cleanups.push(keepChipKeysFromPage(window));
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
    chipButton().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('stops guarding once undone', () => {
    const seen: string[] = [];
    keepChipKeysFromPage(window)();
    pageListener(seen, window, 'window-capture', true);
    press(chipButton(), 'x');
    expect(seen).toEqual(['window-capture x']);
  });
});
