/**
 * Every Microsoft Teams (web) hook the caption reader uses. `data-tid` values are Teams' test ids: the most stable
 * hooks, but renamed in 2024, 2025-06 and 2025-07. Sources: /work/shared/research/dom-selectors.md §4.
 */

/**
 * Captions wrapper candidates, most trusted first (Vexa msteams-captions.ts, verified 2026-03-19; Zerg00s PR #21).
 * `closed-captions-renderer` is the name before the 2025-07 rename (Zerg00s #20).
 */
export const CAPTIONS_WRAPPER_SELECTORS: readonly string[] = [
  '[data-tid="closed-caption-renderer-wrapper"]',
  '[data-tid="closed-caption-v2-window-wrapper"]',
  '[data-tid="closed-caption-v2-virtual-list-content"]',
  '[data-tid="closed-captions-renderer"]',
];

/** Last-resort wrapper match on any caption-ish test id; controls and caption leaves are filtered out in code. */
export const LOOSE_CAPTIONS_WRAPPER = '[data-tid*="closed-caption"]';

/** The words of one caption. */
export const CAPTION_TEXT = '[data-tid="closed-caption-text"]';

/** The speaker name next to a caption; may read "Unknown" first and be filled in later. */
export const CAPTION_AUTHOR = '[data-tid="author"]';

/**
 * A caption item, most trusted first: the list item (elsewise, Teams Personal 2026-08-13), then Fluent UI's chat
 * message roots (host view, Vexa and Zerg00s).
 */
export const CAPTION_ITEM_SELECTORS: readonly string[] = [
  '[role="listitem"]',
  '.fui-ChatMessageCompact',
  '.fui-ChatMessageContent__root',
];

/** Host-only layer between the virtual list and the messages (absent in the guest view). */
export const HOST_ITEMS_RENDERER = '[data-tid="closed-captions-v2-items-renderer"]';

/** The CC toggle when Teams exposes one with a pressed state: the menu item or the direct toolbar button. */
export const CAPTIONS_TOGGLE = '#closed-captions-button, [data-tid="cc-toggle-button"], button#captions-button';

/** Hang-up controls (Zerg00s, TranscripTonic): host "Leave", its split-button variants, and the guest button. */
export const HANG_UP_BUTTON = '#hangup-button, [data-tid^="hangup"], [data-tid="anon-hangup-button"]';

/** Interactive elements that can carry a caption-ish test id but are never the captions wrapper. */
export const CONTROL = 'button, [role="button"], [role="menuitem"], [role="menuitemcheckbox"]';
