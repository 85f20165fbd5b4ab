// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findComposeBodies, readDraftText } from './compose';
import { CaretMemory, insertPlainText } from './insert';
import { gmailFixtureHtml, showInDocument, type GmailFixture } from './test-fixtures';

/** Fixtures go into the live document: insertion uses the document's selection and focus. */
function open(fixture: GmailFixture) {
  showInDocument(gmailFixtureHtml(fixture));
  const bodies = findComposeBodies(document);
  const outer = (sel: string, body: Element) => Array.from(body.querySelectorAll(sel), (el) => el.outerHTML).join('');
  return {
    bodies,
    body: bodies[0]!,
    /** Signature and quoted history of a body, to compare before and after. */
    untouched: (body: Element) => outer('.gmail_signature', body) + outer('.gmail_quote', body),
  };
}

function caretAt(node: Node, offset: number): Range {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  return range;
}

function select(range: Range): void {
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

describe('insertPlainText without execCommand (happy-dom has none): the Range fallback', () => {
  it('happy-dom really has no execCommand, so these tests exercise the fallback', () => {
    expect(typeof (document as { execCommand?: unknown }).execCommand).not.toBe('function');
  });

  it('inserts at the top of the reply when there is no caret, with <br> for line breaks; signature and quote untouched', () => {
    const { body, untouched } = open('thread-inline-reply');
    const before = untouched(body);
    expect(insertPlainText(body, 'Happy to.\nWhat would you look for first?', null)).toEqual({ ok: true });
    expect(body.innerHTML.startsWith('Happy to.<br>What would you look for first?<div><br></div>')).toBe(true);
    expect(untouched(body)).toBe(before);
    expect(readDraftText(body)).toBe('Happy to.\nWhat would you look for first?');
  });

  it('inserts at the remembered caret', () => {
    const { body, untouched } = open('thread-inline-reply');
    const before = untouched(body);
    const first = body.firstElementChild!;
    first.innerHTML = 'Hi Dana, ';
    expect(insertPlainText(body, 'honest question:', caretAt(first.firstChild!, 9))).toEqual({ ok: true });
    expect(first.innerHTML).toBe('Hi Dana, honest question:');
    expect(untouched(body)).toBe(before);
  });

  it('prefers the live selection inside the body over the remembered caret', () => {
    const { body } = open('thread-inline-reply');
    const first = body.firstElementChild!;
    first.innerHTML = 'AB';
    select(caretAt(first.firstChild!, 1));
    insertPlainText(body, '-', caretAt(first.firstChild!, 0));
    expect(first.textContent).toBe('A-B');
  });

  it('ignores a selection in another compose: the pop-up is never written to when inserting into the inline reply', () => {
    const { bodies, untouched } = open('thread-two-composes-de');
    const [inline, popup] = bodies as [HTMLElement, HTMLElement];
    const popupBefore = popup.innerHTML;
    const inlineBefore = untouched(inline);
    select(caretAt(popup.firstElementChild!.firstChild!, 5));
    insertPlainText(inline, 'Was wäre Ihnen wichtig?', null);
    expect(popup.innerHTML).toBe(popupBefore);
    expect(readDraftText(inline)).toBe('Was wäre Ihnen wichtig?');
    expect(untouched(inline)).toBe(inlineBefore);
  });

  it('never writes into the signature or the quote, even when the caret is there', () => {
    const { body, untouched } = open('thread-inline-reply');
    const before = untouched(body);
    const signatureText = body.querySelector('.gmail_signature')!.firstChild!;
    select(caretAt(signatureText, 1));
    insertPlainText(body, 'Fair enough.', caretAt(body.querySelector('blockquote')!.firstChild!, 3));
    expect(untouched(body)).toBe(before);
    expect(readDraftText(body)).toBe('Fair enough.');
  });

  it('tells Gmail the draft changed (an insertText input and a keyup on the body)', () => {
    const { body } = open('compose-popup');
    const events: string[] = [];
    body.addEventListener('input', (e) => events.push(`input:${(e as InputEvent).inputType}:${(e as InputEvent).data}`));
    document.addEventListener('keyup', () => events.push('keyup'));
    insertPlainText(body, 'Hi Lee', null);
    expect(events).toEqual(['input:insertText:Hi Lee', 'keyup']);
  });

  it('adds no script-made input event when execCommand inserted (the browser fires the trusted one)', () => {
    const { body } = open('compose-popup');
    const inputs: Event[] = [];
    body.addEventListener('input', (e) => inputs.push(e));
    Object.defineProperty(document, 'execCommand', { value: () => (document.getSelection()!.getRangeAt(0).insertNode(document.createTextNode('x')), true), configurable: true });
    try {
      insertPlainText(body, 'x', null);
      expect(inputs).toEqual([]);
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('reports a closed draft instead of writing into a detached body', () => {
    const { body } = open('compose-popup');
    body.closest('[role="dialog"]')!.remove();
    const result = insertPlainText(body, 'Hi', null);
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/closed/);
    expect(body.textContent).not.toContain('Hi');
  });

  it('falls back to the Range when execCommand exists but refuses (returns false)', () => {
    const { body } = open('compose-popup');
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      insertPlainText(body, 'one\ntwo', null);
      expect(execCommand).toHaveBeenCalledWith('insertText', false, 'one\ntwo');
      expect(readDraftText(body)).toBe('one\ntwo');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('uses execCommand when it works (so Ctrl+Z undoes the insert), without inserting twice', () => {
    const { body } = open('compose-popup');
    const execCommand = vi.fn((_cmd: string, _ui: boolean, text: string) => {
      document.getSelection()!.getRangeAt(0).insertNode(document.createTextNode(text));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      insertPlainText(body, 'once', null);
      expect(execCommand).toHaveBeenCalledTimes(1);
      expect(readDraftText(body)).toBe('once');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });
});

describe('CaretMemory', () => {
  it('remembers where the caret was in each compose, after focus moves away', () => {
    const { bodies } = open('thread-two-composes-de');
    const [inline, popup] = bodies as [HTMLElement, HTMLElement];
    const memory = new CaretMemory();
    const popupText = popup.firstElementChild!.firstChild!;
    select(caretAt(popupText, 5));
    memory.remember(document);
    select(caretAt(inline.firstElementChild!, 0));
    memory.remember(document);
    // Focus moves to the side panel: the page's selection goes away.
    document.getSelection()!.removeAllRanges();
    memory.remember(document);

    const remembered = memory.get(popup);
    expect(remembered?.startContainer).toBe(popupText);
    expect(remembered?.startOffset).toBe(5);
    expect(memory.get(inline)?.startContainer).toBe(inline.firstElementChild);
  });

  it('keeps a copy: later selection changes elsewhere do not move the remembered caret', () => {
    const { body } = open('compose-popup');
    const memory = new CaretMemory();
    const range = caretAt(body.firstElementChild!, 0);
    select(range);
    memory.remember(document);
    select(caretAt(document.querySelector('[role="main"]')!, 0));
    memory.remember(document);
    expect(memory.get(body)?.startContainer).toBe(body.firstElementChild);
  });

  it('remembers nothing for a selection outside any compose', () => {
    const { body } = open('thread-inline-reply');
    const memory = new CaretMemory();
    select(caretAt(document.querySelector('h2')!.firstChild!, 2));
    memory.remember(document);
    expect(memory.get(body)).toBeNull();
  });

  it('forgets the caret when Gmail re-renders the body, and a caret whose line was deleted still writes inside the body', () => {
    const { body, untouched } = open('thread-inline-reply');
    const before = untouched(body);
    const memory = new CaretMemory();
    const line = body.firstElementChild!;
    line.textContent = 'gone soon';
    select(caretAt(line.firstChild!, 4));
    memory.remember(document);
    expect(memory.get(body)).not.toBeNull();

    // The rep deleted that line: whatever is left of the caret must not send the words outside the body.
    line.remove();
    document.getSelection()!.removeAllRanges();
    insertPlainText(body, 'still here', memory.get(body));
    expect(readDraftText(body)).toBe('still here');
    expect(untouched(body)).toBe(before);

    // A re-rendered body is a new element: nothing is remembered for it.
    const rerendered = body.cloneNode(true) as HTMLElement;
    body.replaceWith(rerendered);
    expect(memory.get(rerendered)).toBeNull();
  });

  it('a remembered caret is where insertPlainText writes after the panel took focus', () => {
    const { body, untouched } = open('thread-inline-reply');
    const before = untouched(body);
    const memory = new CaretMemory();
    const line = body.firstElementChild!;
    line.textContent = 'Hi Dana,';
    select(caretAt(line.firstChild!, 8));
    memory.remember(document);
    document.getSelection()!.removeAllRanges();
    insertPlainText(body, ' what changed?', memory.get(body));
    expect(readDraftText(body)).toBe('Hi Dana, what changed?');
    expect(untouched(body)).toBe(before);
  });
});
