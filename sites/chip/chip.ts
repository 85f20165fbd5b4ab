import type { OpenPanelResult } from '../../lib/messaging/schemas';
import { CHIP_TAG } from './key-guard';

/**
 * The small in-page chip: "Truth Serum · 2", the moments found on this page, and a button that opens the side panel.
 * Plain DOM (no React in content scripts), page text never rendered (the chip only shows its own words and a count,
 * always through textContent), and everything inside a shadow root so page CSS neither reaches it nor is touched.
 */

/** Where the chip sits: distances from the viewport's bottom-left corner, in CSS pixels. */
export interface ChipPlacement {
  bottom: number;
  left: number;
}

/** Puts the chip's element on the page inside a shadow root, and takes it away again. */
export interface ChipSurface {
  show(element: HTMLElement): void;
  hide(): void;
}

export interface ChipOptions {
  doc: Document;
  /** Asks the background to open the side panel; resolves with what happened. */
  openPanel: () => Promise<OpenPanelResult>;
  placement?: ChipPlacement;
  /** Defaults to a plain open shadow root on a <truth-serum-chip> under <body> (see plainSurface). */
  surface?: ChipSurface;
}

export { CHIP_TAG };

/** Bottom-left, above the call controls of Meet (~80 px bar) and Zoom (~60 px bar, Mute and Video at its left). */
export const CALL_PLACEMENT: ChipPlacement = { bottom: 96, left: 16 };
/** Bottom-left in Gmail: compose windows open at the bottom right and stack leftwards from there. */
export const GMAIL_PLACEMENT: ChipPlacement = { bottom: 16, left: 16 };

export const CHIP_CSS = `
:host { all: initial !important; }
.chip {
  position: fixed; z-index: 2147483000; display: flex; align-items: center; gap: 2px; max-width: 320px;
  padding: 2px; border-radius: 999px; box-sizing: border-box;
  font: 500 13px/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color-scheme: light dark; color: #1f2328; background: #ffffff; border: 1px solid #c9ced6;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.18);
}
button {
  font: inherit; color: inherit; background: transparent; border: 0; margin: 0; cursor: pointer;
  border-radius: 999px; padding: 6px 10px;
}
button:hover { background: rgba(127, 127, 127, 0.16); }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.dismiss { padding: 6px 9px; font-size: 15px; line-height: 1; }
.note { margin: 0 8px 0 2px; font-size: 12px; font-weight: 400; }
.note:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .chip { color: #e6e8eb; background: #23272e; border-color: #454c57; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.5); }
  button:focus-visible { outline-color: #8ab4f8; }
}
`;

/**
 * A plain shadow root rather than WXT's createShadowRootUi: that one brings wait-element, isolated-element and a
 * custom-element-name regex, +9.2 KB per content script (zoom 27.4 -> 36.6 KB), over the 30 KB budget; this is the
 * part of it we need. Open so the e2e test and assistive tools can see inside; the page can too, but it only
 * finds a count and our own words.
 */
export function plainSurface(doc: Document): ChipSurface {
  let host: HTMLElement | null = null;
  return {
    show(element) {
      if (!host) {
        host = doc.createElement(CHIP_TAG);
        const root = host.attachShadow({ mode: 'open' });
        const style = doc.createElement('style');
        style.textContent = CHIP_CSS;
        root.append(style, element);
      }
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    },
    hide() {
      host?.remove();
    },
  };
}

const label = (count: number) => `Truth Serum: ${count} ${count === 1 ? 'moment' : 'moments'} on this page. Open the side panel`;

export function createChip({ doc, openPanel, placement = CALL_PLACEMENT, surface = plainSurface(doc) }: ChipOptions) {
  /** Report key → the moment the background stored for it; a key whose moment went away is deleted. */
  const moments = new Map<string, string>();
  let dismissed = false;
  let enabled: AbortSignal | null = null;
  let shown = false;

  const chip = doc.createElement('div');
  chip.className = 'chip';
  chip.setAttribute('role', 'group');
  chip.setAttribute('aria-label', 'Truth Serum');
  chip.style.bottom = `${placement.bottom}px`;
  chip.style.left = `${placement.left}px`;
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'dismiss';
  dismiss.textContent = '×';
  dismiss.setAttribute('aria-label', 'Hide the Truth Serum chip on this page');
  dismiss.title = 'Hide on this page';
  const note = doc.createElement('span');
  note.className = 'note';
  note.setAttribute('role', 'status');
  chip.append(open, note, dismiss);

  const count = () => new Set(moments.values()).size;

  function render(): void {
    const n = count();
    const visible = enabled !== null && !enabled.aborted && !dismissed && n > 0;
    if (!visible) {
      if (shown) surface.hide();
      shown = false;
      return;
    }
    open.textContent = `Truth Serum · ${n}`;
    open.setAttribute('aria-label', label(n));
    if (!shown) surface.show(chip);
    shown = true;
  }

  open.addEventListener('click', () => {
    note.textContent = '';
    // Sent straight from the click: Chrome lets the background open the panel only while this gesture is active.
    openPanel().then(
      (result) => {
        note.textContent = result.ok ? '' : (result.reason ?? 'Click the Truth Serum toolbar icon to open the panel.');
      },
      () => {
        note.textContent = 'Truth Serum is restarting. Click the toolbar icon to open the panel.';
      },
    );
  });
  dismiss.addEventListener('click', () => {
    dismissed = true;
    render();
  });

  return {
    /** The background's answer to the report with this key: the moment it stored, or null (none, or removed). */
    acknowledged(key: string, momentId: string | null | undefined): void {
      if (momentId) moments.set(key, momentId);
      else if (!moments.delete(key)) return;
      render();
    },
    /** Shows the chip, once there is a moment, until the signal aborts (the site or Settings.showChip switched off). */
    enable(signal: AbortSignal): void {
      if (signal.aborted) return;
      enabled = signal;
      signal.addEventListener(
        'abort',
        () => {
          if (enabled === signal) enabled = null;
          render();
        },
        { once: true },
      );
      render();
    },
    /** Distinct moments found on this page. */
    count,
    /** Taken away for good: the content script is going away. */
    destroy(): void {
      enabled = null;
      render();
    },
  };
}

export type Chip = ReturnType<typeof createChip>;
