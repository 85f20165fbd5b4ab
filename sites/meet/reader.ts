import type { CaptionLine, CaptionsState } from '../../lib/captions/types';
import type { CaptionReader } from '../captions/reader';
import {
  firstMatch,
  hasOwnText,
  isNonText,
  isNonTextWithin,
  labelStartsWithAny,
  normalizeLabel,
  visibleChildren,
  visibleText,
} from '../captions/dom';
import {
  AVATAR_IMAGE,
  BUTTON,
  CALL_END_GLYPH,
  CAPTION_REGION_LABELS,
  CAPTIONS_OFF_GLYPH,
  CAPTIONS_ON_GLYPH,
  FOCUSABLE_REGION,
  ICON_GLYPH,
  LABELLED_REGION,
  LEAVE_CALL_LABELS,
  OBFUSCATED_BLOCK,
  OBFUSCATED_REGION_SELECTORS,
  TURN_OFF_CAPTIONS_LABELS,
  TURN_ON_CAPTIONS_LABELS,
} from './selectors';

const REGION_LABELS = new Set(CAPTION_REGION_LABELS.map(normalizeLabel));

function findRegion(root: ParentNode): Element | null {
  const labelled = Array.from(root.querySelectorAll(LABELLED_REGION)).find((region) =>
    REGION_LABELS.has(normalizeLabel(region.getAttribute('aria-label'))),
  );
  if (labelled) return labelled;
  const focusable = Array.from(root.querySelectorAll(FOCUSABLE_REGION)).find((region) => region.querySelector(AVATAR_IMAGE));
  return focusable ?? firstMatch(root, OBFUSCATED_REGION_SELECTORS);
}

/** Counts elements (up to 2) that hold their own text, such as a speaker name and a caption. */
function countTextHolders(element: Element): number {
  let count = hasOwnText(element) ? 1 : 0;
  for (const descendant of Array.from(element.querySelectorAll('*'))) {
    if (count >= 2) break;
    if (hasOwnText(descendant) && !isNonTextWithin(descendant, element)) count += 1;
  }
  return count;
}

/** The smallest ancestor of an avatar that holds both a name and caption text (and no other avatar): its block. */
function blockAroundAvatar(avatar: Element, region: Element): Element | null {
  for (let current = avatar.parentElement; current && current !== region; current = current.parentElement) {
    if (current.querySelectorAll(AVATAR_IMAGE).length > 1) return null;
    if (countTextHolders(current) >= 2) return current;
  }
  return null;
}

/** The element whose children are the caption blocks; Meet has wrapped them in extra divs before. */
function blockContainer(region: Element): Element {
  // A block whose caption is still empty cannot be told from its wrapper, so use the first block that has words.
  for (const avatar of Array.from(region.querySelectorAll(AVATAR_IMAGE))) {
    const block = blockAroundAvatar(avatar, region);
    if (block) return block.parentElement ?? region;
  }
  return region.querySelector(OBFUSCATED_BLOCK)?.parentElement ?? region;
}

/** Div children that are not chrome. Empty ones count: a fresh block's text div is empty until words arrive. */
function divChildren(element: Element): Element[] {
  return Array.from(element.children).filter((child) => child.tagName.toUpperCase() === 'DIV' && !isNonText(child));
}

/**
 * The caption text is the block's last div. When the text sits inside the header wrapper
 * (`img + wrapper > (name) + (text)`), descend through single-div wrappers until a header/text pair shows up.
 */
function captionTextElement(block: Element): Element {
  let current = block;
  for (;;) {
    if (hasOwnText(current)) return current;
    const divs = divChildren(current);
    if (divs.length === 0) return current;
    if (divs.length > 1) return divs[divs.length - 1] ?? current;
    current = divs[0] ?? current;
  }
}

/** The speaker is the header right before the text: its first named span, else its whole text. */
function speakerBefore(textElement: Element): string | null {
  let header = textElement.previousElementSibling;
  while (header && (isNonText(header) || visibleText(header) === '')) header = header.previousElementSibling;
  if (!header) return null;
  const nameSpan = Array.from(header.querySelectorAll('span')).find(
    (span) => !isNonTextWithin(span, header) && visibleText(span) !== '',
  );
  return visibleText(nameSpan ?? header) || null;
}

function readLines(region: Element): CaptionLine[] {
  const lines: CaptionLine[] = [];
  for (const block of visibleChildren(blockContainer(region))) {
    const textElement = captionTextElement(block);
    const text = visibleText(textElement);
    if (!text) continue;
    const speaker = textElement === block ? null : speakerBefore(textElement);
    lines.push({ key: block, speaker, text });
  }
  return lines;
}

function glyphOf(button: Element): string {
  return normalizeLabel(button.querySelector(ICON_GLYPH)?.textContent);
}

function captionsState(root: ParentNode): CaptionsState {
  for (const button of Array.from(root.querySelectorAll(BUTTON))) {
    const label = button.getAttribute('aria-label');
    const glyph = glyphOf(button);
    const labelSaysOn = labelStartsWithAny(label, TURN_OFF_CAPTIONS_LABELS);
    const labelSaysOff = labelStartsWithAny(label, TURN_ON_CAPTIONS_LABELS);
    const isCaptionsGlyph = glyph === CAPTIONS_ON_GLYPH || glyph === CAPTIONS_OFF_GLYPH;
    if (!labelSaysOn && !labelSaysOff && !isCaptionsGlyph) continue;
    const pressed = button.getAttribute('aria-pressed');
    if (pressed === 'true' || pressed === 'false') return pressed === 'true' ? 'on' : 'off';
    if (labelSaysOn || labelSaysOff) return labelSaysOn ? 'on' : 'off';
    return glyph === CAPTIONS_ON_GLYPH ? 'on' : 'off';
  }
  return 'unknown';
}

function inCall(root: ParentNode): boolean {
  const hasHangUpGlyph = Array.from(root.querySelectorAll(ICON_GLYPH)).some(
    (glyph) => normalizeLabel(glyph.textContent) === CALL_END_GLYPH,
  );
  if (hasHangUpGlyph) return true;
  const hasLeaveButton = Array.from(root.querySelectorAll('[aria-label]')).some((element) =>
    labelStartsWithAny(element.getAttribute('aria-label'), LEAVE_CALL_LABELS),
  );
  return hasLeaveButton || findRegion(root) !== null;
}

export const meetReader: CaptionReader = {
  source: 'meet',
  findRegion,
  readLines,
  captionsState,
  inCall,
  turnOnHint: 'Click the CC button in the Meet toolbar (or press c) to turn on captions.',
};
