import type { CaptionLine, CaptionsState } from '../../lib/captions/types';
import type { CaptionReader } from '../captions/reader';
import { firstMatch, isNonTextWithin, visibleText } from '../captions/dom';
import {
  CAPTION_AUTHOR,
  CAPTION_ITEM_SELECTORS,
  CAPTION_TEXT,
  CAPTIONS_TOGGLE,
  CAPTIONS_WRAPPER_SELECTORS,
  CONTROL,
  HANG_UP_BUTTON,
  LOOSE_CAPTIONS_WRAPPER,
} from './selectors';

const DOCUMENT_POSITION_FOLLOWING = 4;

function findRegion(root: ParentNode): Element | null {
  const wrapper = firstMatch(root, CAPTIONS_WRAPPER_SELECTORS);
  if (wrapper) return wrapper;
  // The loose match also hits menu items like "closed-captions-button" and the caption leaves themselves.
  const candidates = Array.from(root.querySelectorAll(LOOSE_CAPTIONS_WRAPPER)).filter(
    (element) => !element.matches(CAPTION_TEXT) && !element.closest(CONTROL),
  );
  // Prefer the candidate holding the most captions; ties go to the outermost (first in document order).
  let best: Element | null = null;
  let bestCount = -1;
  for (const candidate of candidates) {
    const captions = candidate.querySelectorAll(CAPTION_TEXT).length;
    if (captions > bestCount) [best, bestCount] = [candidate, captions];
  }
  return best;
}

function precedes(first: Element, second: Element): boolean {
  return (first.compareDocumentPosition(second) & DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * The speaker is the one author in the nearest ancestor that has exactly one; this covers host and guest views
 * without a fixed path. Otherwise (flat lists, grouped runs) pair by document order like Vexa: the last author
 * before the text.
 */
function authorOf(text: Element, region: Element): string | null {
  for (let scope = text.parentElement; scope && scope !== region.parentElement; scope = scope.parentElement) {
    const [author, ...otherAuthors] = Array.from(scope.querySelectorAll(CAPTION_AUTHOR));
    if (!author) continue;
    const isOwnAuthor = otherAuthors.length === 0 && (scope.querySelectorAll(CAPTION_TEXT).length === 1 || precedes(author, text));
    if (isOwnAuthor) return visibleText(author) || null;
    break;
  }
  const before = Array.from(region.querySelectorAll(CAPTION_AUTHOR)).filter((author) => precedes(author, text));
  const last = before[before.length - 1];
  return last ? visibleText(last) || null : null;
}

/** The caption's item element: stable while Teams refines the words in place. Falls back to the text element. */
function itemOf(text: Element, region: Element): Element {
  for (const selector of CAPTION_ITEM_SELECTORS) {
    const item = text.closest(selector);
    const isOwnItem = item && item !== region && region.contains(item) && item.querySelectorAll(CAPTION_TEXT).length === 1;
    if (isOwnItem) return item;
  }
  return text;
}

function readLines(region: Element): CaptionLine[] {
  const lines: CaptionLine[] = [];
  for (const textElement of Array.from(region.querySelectorAll(CAPTION_TEXT))) {
    if (isNonTextWithin(textElement, region)) continue;
    const text = visibleText(textElement);
    if (text) lines.push({ key: itemOf(textElement, region), speaker: authorOf(textElement, region), text });
  }
  return lines;
}

/** Teams shows no reliable toggle state; a mounted wrapper is the best "on" signal (it mounts once someone speaks). */
function captionsState(root: ParentNode): CaptionsState {
  if (findRegion(root)) return 'on';
  for (const toggle of Array.from(root.querySelectorAll(CAPTIONS_TOGGLE))) {
    const pressed = toggle.getAttribute('aria-pressed') ?? toggle.getAttribute('aria-checked');
    if (pressed === 'true' || pressed === 'false') return pressed === 'true' ? 'on' : 'off';
  }
  return 'unknown';
}

function inCall(root: ParentNode): boolean {
  return root.querySelector(HANG_UP_BUTTON) !== null;
}

export const teamsReader: CaptionReader = {
  source: 'teams',
  findRegion,
  readLines,
  captionsState,
  inCall,
  turnOnHint: 'In Teams, open More (…) › Language and speech › Turn on live captions.',
};
