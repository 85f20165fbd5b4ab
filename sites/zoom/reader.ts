import type { CaptionLine, CaptionsState } from '../../lib/captions/types';
import type { CaptionReader } from '../captions/reader';
import { firstMatch, frameDocument, isInlineHiddenWithin, labelStartsWithAny, visibleText } from '../captions/dom';
import {
  CAPTIONS_BUTTON,
  HIDE_CAPTIONS_LABELS,
  IN_MEETING_MARKERS,
  LABELLED_BUTTON,
  LEAVE_LABELS,
  OVERLAY_CONTAINER,
  SHOW_CAPTIONS_LABELS,
  SPEAKER_NAME_ATTRIBUTE,
  SUBTITLE_BOX,
  SUBTITLE_ROOT,
  SUBTITLE_TEXT,
  TRANSCRIPT_MESSAGE,
  TRANSCRIPT_NAME,
  TRANSCRIPT_PANEL_SELECTORS,
  TRANSCRIPT_ROW,
  WEBCLIENT_FRAME,
} from './selectors';

/** The page itself, plus the meeting frame when Zoom nests the client in a same-origin iframe. */
function scopes(root: ParentNode): ParentNode[] {
  const frame = frameDocument(root.querySelector(WEBCLIENT_FRAME));
  return frame ? [root, frame] : [root];
}

function findTranscriptPanel(scope: ParentNode): Element | null {
  const panel = firstMatch(scope, TRANSCRIPT_PANEL_SELECTORS);
  return panel && !isInlineHiddenWithin(panel, null) ? panel : null;
}

function findOverlay(scope: ParentNode): Element | null {
  const firstRoot = scope.querySelector(SUBTITLE_ROOT);
  if (firstRoot) return firstRoot.closest(`${OVERLAY_CONTAINER}, ${SUBTITLE_BOX}`) ?? firstRoot.parentElement;
  return scope.querySelector(`${OVERLAY_CONTAINER}, ${SUBTITLE_BOX}`);
}

/** Prefers the full-transcript panel (it has names) over the nameless overlay, in the page or the meeting frame. */
function findRegion(root: ParentNode): Element | null {
  const all = scopes(root);
  for (const scope of all) {
    const panel = findTranscriptPanel(scope);
    if (panel) return panel;
  }
  for (const scope of all) {
    const overlay = findOverlay(scope);
    if (overlay) return overlay;
  }
  return null;
}

/** Continuation rows leave the name out, so the last name seen carries forward. */
function transcriptLines(panel: Element): CaptionLine[] {
  const lines: CaptionLine[] = [];
  let speaker: string | null = null;
  for (const row of Array.from(panel.querySelectorAll(TRANSCRIPT_ROW))) {
    const name = row.querySelector(TRANSCRIPT_NAME);
    if (name) speaker = visibleText(name) || speaker;
    const message = row.querySelector(TRANSCRIPT_MESSAGE);
    const text = message ? visibleText(message) : '';
    if (text && !isInlineHiddenWithin(row, panel)) lines.push({ key: row, speaker, text });
  }
  return lines;
}

function subtitleRoots(overlay: Element): Element[] {
  const roots = Array.from(overlay.querySelectorAll(SUBTITLE_ROOT));
  if (roots.length > 0 || !overlay.matches(SUBTITLE_BOX)) return roots;
  return Array.from(overlay.children);
}

/** The overlay shows no names; a name element appears only in the older box layout (first child, before the text). */
function overlaySpeaker(root: Element, textElements: Element[]): string | null {
  const named = root.closest(`[${SPEAKER_NAME_ATTRIBUTE}]`)?.getAttribute(SPEAKER_NAME_ATTRIBUTE)?.trim();
  if (named) return named;
  const first = root.firstElementChild;
  const isNameElement = first && first.tagName.toUpperCase() !== 'IMG' && !textElements.some((text) => first.contains(text) || text.contains(first));
  return (isNameElement && visibleText(first)) || null;
}

function overlayLines(overlay: Element): CaptionLine[] {
  const lines: CaptionLine[] = [];
  for (const root of subtitleRoots(overlay)) {
    // Zoom hides a finished speaker's root with display:none and keeps it mounted.
    if (isInlineHiddenWithin(root, overlay)) continue;
    const items = Array.from(root.querySelectorAll(SUBTITLE_TEXT));
    const textElements = items.length > 0 ? items : [root.lastElementChild].filter((last) => last !== null);
    const text = textElements.map(visibleText).filter(Boolean).join(' ');
    if (text) lines.push({ key: root, speaker: overlaySpeaker(root, textElements), text });
  }
  return lines;
}

function isTranscriptPanel(region: Element): boolean {
  return TRANSCRIPT_PANEL_SELECTORS.some((selector) => region.matches(selector)) || region.querySelector(TRANSCRIPT_ROW) !== null;
}

function readLines(region: Element): CaptionLine[] {
  return isTranscriptPanel(region) ? transcriptLines(region) : overlayLines(region);
}

function captionsState(root: ParentNode): CaptionsState {
  for (const scope of scopes(root)) {
    const toolbarButtons = Array.from(scope.querySelectorAll(CAPTIONS_BUTTON));
    for (const button of [...toolbarButtons, ...Array.from(scope.querySelectorAll(LABELLED_BUTTON))]) {
      const label = button.getAttribute('aria-label');
      if (labelStartsWithAny(label, HIDE_CAPTIONS_LABELS)) return 'on';
      if (labelStartsWithAny(label, SHOW_CAPTIONS_LABELS)) return 'off';
      const pressed = toolbarButtons.includes(button) ? button.getAttribute('aria-pressed') : null;
      if (pressed === 'true' || pressed === 'false') return pressed === 'true' ? 'on' : 'off';
    }
  }
  return 'unknown';
}

const LEAVE_BUTTON = LEAVE_LABELS.map((label) => `[aria-label*="${label}"]`).join(', ');

function inCall(root: ParentNode): boolean {
  return scopes(root).some((scope) => scope.querySelector(`${IN_MEETING_MARKERS}, ${LEAVE_BUTTON}`) !== null);
}

export const zoomReader: CaptionReader = {
  source: 'zoom',
  findRegion,
  readLines,
  captionsState,
  inCall,
  turnOnHint: 'Click Show Captions (CC) in the Zoom toolbar; if it is missing, ask the host to enable automated captions.',
};
