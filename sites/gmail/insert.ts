import type { InsertResult } from '../../lib/messaging/schemas';
import * as sel from './selectors';

/** Remembers where the caret last was in each compose, since clicking the side panel moves focus away. */
export class CaretMemory {
  private ranges = new WeakMap<Element, Range>();

  remember(doc: Document): void {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const body = (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement)?.closest(sel.composeBody);
    if (body) this.ranges.set(body, range.cloneRange());
  }

  get(body: Element): Range | null {
    const range = this.ranges.get(body);
    return range && body.contains(range.startContainer) ? range : null;
  }
}

/**
 * A caret the rep's words may go to: inside this body and outside its signature and quoted history. Why: a click
 * that left the caret in the signature (or a selection reaching into it) would otherwise write into, or delete
 * part of, the signature or the quoted email.
 */
function usable(range: Range | null, body: HTMLElement): range is Range {
  if (!range) return false;
  return [range.startContainer, range.endContainer].every((node) => {
    if (!body.contains(node)) return false;
    const protectedPart = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(`${sel.signature}, ${sel.quotedHistory}`);
    return !protectedPart || !body.contains(protectedPart);
  });
}

/** Where new words go when there is no caret: the top of the reply, above the signature and quoted history. */
function topOfReply(body: HTMLElement, doc: Document): Range {
  const range = doc.createRange();
  range.setStart(body, 0);
  range.collapse(true);
  return range;
}

/**
 * Inserts plain text (with line breaks) into a Gmail draft at the caret, or at the top when there is none.
 * Uses the browser's editing command so Ctrl+Z undoes it and Gmail sees real input events and saves the draft;
 * signature and quoted history are never touched.
 */
export function insertPlainText(body: HTMLElement, text: string, caret: Range | null, doc: Document = body.ownerDocument): InsertResult {
  if (!body.isConnected) return { ok: false, reason: 'That draft was closed. Open the reply again.' };
  body.focus();
  const selection = doc.getSelection();
  const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const range = usable(current, body) ? current : usable(caret, body) ? caret : topOfReply(body, doc);
  selection?.removeAllRanges();
  selection?.addRange(range);
  // Chrome's insertText turns "\n" into paragraphs; Firefox's turns it into <br>. Both keep one undo step per call.
  // The browser itself then fires a trusted `input` (inputType "insertText") to the page's own listeners, as typing
  // does, and Gmail saves the draft on it: a script-made input event on top would only add an untrusted duplicate.
  const inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  if (!inserted) {
    insertWithRange(range, text, doc);
    // A content script cannot make a trusted event: an input event shaped like typing is the closest it can send.
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  // Gmail saves a draft after key activity; a keyup nudges it without typing a character.
  body.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'Shift' }));
  return { ok: true };
}

/** Fallback when execCommand is unavailable: DOM insertion with <br> for line breaks (not undoable). */
function insertWithRange(range: Range, text: string, doc: Document): void {
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.appendChild(doc.createElement('br'));
    fragment.appendChild(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
  }
}
