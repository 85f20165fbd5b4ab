import type { CaptionLine, CaptionsState } from '../../lib/captions/types';
import { cleanSpeakerName, type CaptionReader } from '../captions/reader';
import { firstMatch, frameDocument, isInlineHiddenWithin, labelStartsWithAny, visibleText } from '../captions/dom';
import {
  CAPTIONS_BUTTON,
  HIDE_CAPTIONS_LABELS,
  IN_MEETING_MARKERS,
  LABELLED_BUTTON,
  LEAVE_LABELS,
  OVERLAY_CONTAINER,
  PARTICIPANT_ROW,
  PARTICIPANT_ROW_NAME,
  PARTICIPANT_TILE,
  PARTICIPANT_TILE_NAME,
  SHOW_CAPTIONS_LABELS,
  SPEAKER_NAME_ATTRIBUTE,
  SUBTITLE_AVATAR,
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

interface Participant {
  /** As shown, e.g. "Riley Park (Guest)"; cleaned later like every speaker label. */
  name: string;
  /** Upper-case initials of the cleaned name: "RP". */
  initials: string;
  images: string[];
  /** Listed in the participants panel, which names everyone in the call (tiles show only those on screen). */
  inPanel: boolean;
}

/** Everyone the page names next to an avatar: video tiles and participants-panel rows. */
function participants(doc: ParentNode): Participant[] {
  const found: Participant[] = [];
  for (const [entry, nameSelector] of [[PARTICIPANT_TILE, PARTICIPANT_TILE_NAME], [PARTICIPANT_ROW, PARTICIPANT_ROW_NAME]] as const) {
    for (const element of Array.from(doc.querySelectorAll(entry))) {
      const nameElement = element.querySelector(nameSelector);
      const name = nameElement ? visibleText(nameElement) : '';
      const cleaned = cleanSpeakerName(name);
      if (!cleaned) continue;
      const initials = cleaned.split(' ').map((word) => Array.from(word)[0] ?? '').join('').toLocaleUpperCase();
      const images = Array.from(element.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '').filter(Boolean);
      found.push({ name, initials, images, inPanel: entry === PARTICIPANT_ROW });
    }
  }
  return found;
}

/** The one participant's name among `matches`, or null when there is none or they are different people. */
function onlyName(matches: Participant[]): string | null {
  const names = new Set(matches.map((p) => cleanSpeakerName(p.name)?.toLocaleLowerCase()));
  return names.size === 1 ? (matches[0]?.name ?? null) : null;
}

/**
 * Who the overlay's avatar shows: the participant whose tile or panel row has the same photo, or whose initials
 * the initials disc shows. Null ("unknown speaker") unless exactly one participant fits: never a guess.
 */
function avatarSpeaker(root: Element): string | null {
  // The older box layout starts a row with a bare IMG (TranscripTonic matches its src against the tiles).
  const first = root.firstElementChild;
  const avatar = root.querySelector(SUBTITLE_AVATAR) ?? (first?.tagName.toUpperCase() === 'IMG' ? first : null);
  if (!avatar) return null;
  const everyone = participants(root.ownerDocument);
  if (avatar.tagName.toUpperCase() === 'IMG') {
    const src = avatar.getAttribute('src');
    return src ? onlyName(everyone.filter((p) => p.images.includes(src))) : null;
  }
  const initials = (avatar.textContent ?? '').replace(/\s+/g, '').toLocaleUpperCase();
  if (!initials || Array.from(initials).length > 3) return null;
  // A one-letter disc ("M" for Morgan Diaz) is matched by prefix only while the participants panel lists everyone:
  // from the tiles alone it could pick the one visible "M…" while the real speaker is off screen (paged gallery).
  const everyoneListed = everyone.some((p) => p.inPanel);
  return onlyName(everyone.filter((p) => p.initials === initials || (everyoneListed && p.initials.startsWith(initials))));
}

/**
 * The overlay shows no names. In order: a name a MAIN-world helper put on the root, a name element (older box
 * layout: first child, before the text), the participant the avatar belongs to.
 */
function overlaySpeaker(root: Element, textElements: Element[]): string | null {
  const named = root.closest(`[${SPEAKER_NAME_ATTRIBUTE}]`)?.getAttribute(SPEAKER_NAME_ATTRIBUTE)?.trim();
  if (named) return named;
  const first = root.firstElementChild;
  const isNameElement =
    first && first.tagName.toUpperCase() !== 'IMG' && !first.matches(SUBTITLE_AVATAR) && !textElements.some((text) => first.contains(text) || text.contains(first));
  return (isNameElement && visibleText(first)) || avatarSpeaker(root);
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
  showsStaleWindows: true,
};
