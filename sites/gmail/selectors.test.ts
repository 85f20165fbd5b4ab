// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as selectors from './selectors';
import { GMAIL_FIXTURES, loadGmailFixture, type GmailFixture } from './test-fixtures';

type Counts = Record<GmailFixture, number>;
const count = (doc: Document, selector: string) => doc.querySelectorAll(selector).length;

/**
 * Exact counts per fixture, worked out from the fixture markup by hand. A changed count means either the selector
 * or the fixture changed shape: check which, and that the adapter still reads the right elements.
 */
const expected: Record<keyof typeof selectors, Counts> = {
  // One inline reply; one pop-up; German: inline reply AND pop-up.
  composeBody: { 'thread-inline-reply': 1, 'compose-popup': 1, 'thread-two-composes-de': 2 },
  // .M9 + its form per compose, plus the pop-up's [role=dialog].
  composeRoot: { 'thread-inline-reply': 2, 'compose-popup': 3, 'thread-two-composes-de': 5 },
  draftIdInput: { 'thread-inline-reply': 1, 'compose-popup': 1, 'thread-two-composes-de': 2 },
  composeIdInput: { 'thread-inline-reply': 1, 'compose-popup': 1, 'thread-two-composes-de': 2 },
  // input[name=subject] in the inline reply, input[name=subjectbox] in pop-ups; the German inline reply has none.
  composeSubjectInput: { 'thread-inline-reply': 1, 'compose-popup': 1, 'thread-two-composes-de': 1 },
  // Dana's signature and the rep's; the pop-up's; the German inline reply's and pop-up's.
  signature: { 'thread-inline-reply': 2, 'compose-popup': 1, 'thread-two-composes-de': 2 },
  // div.gmail_quote + blockquote.gmail_quote in Dana's message and again in the reply.
  quotedHistory: { 'thread-inline-reply': 4, 'compose-popup': 0, 'thread-two-composes-de': 0 },
  threadSubject: { 'thread-inline-reply': 1, 'compose-popup': 0, 'thread-two-composes-de': 1 },
  // A collapsed and an expanded message; the inbox has none; one expanded German message.
  message: { 'thread-inline-reply': 2, 'compose-popup': 0, 'thread-two-composes-de': 1 },
  // .ii.gt and its .a3s in each expanded message (the adapter takes the first match).
  messageBody: { 'thread-inline-reply': 2, 'compose-popup': 0, 'thread-two-composes-de': 2 },
  // Every span[email]: senders (Sam collapsed, Dana expanded) plus the recipient in the "to" line; the inbox row's sender.
  messageSender: { 'thread-inline-reply': 3, 'compose-popup': 1, 'thread-two-composes-de': 2 },
  recipientsLine: { 'thread-inline-reply': 1, 'compose-popup': 0, 'thread-two-composes-de': 1 },
  // .gA.gt and the .adB inside it.
  replyContainer: { 'thread-inline-reply': 2, 'compose-popup': 0, 'thread-two-composes-de': 2 },
};

describe('Gmail selectors match the expected elements in each fixture', () => {
  it('covers every export of selectors.ts, and every export is a valid selector string', () => {
    const exported = Object.keys(selectors).sort();
    expect(Object.keys(expected).sort()).toEqual(exported);
    for (const [name, value] of Object.entries(selectors)) {
      expect(typeof value, name).toBe('string');
      expect(() => document.querySelectorAll(value as string), name).not.toThrow();
    }
  });

  for (const [name, perFixture] of Object.entries(expected)) {
    const selector = selectors[name as keyof typeof selectors];
    it.each(GMAIL_FIXTURES)(`${name} in %s`, (fixture) => {
      expect(count(loadGmailFixture(fixture), selector)).toBe(perFixture[fixture]);
    });
  }

  it('the language-independent hooks find the same elements in the German UI as their English shapes', () => {
    const de = loadGmailFixture('thread-two-composes-de');
    // Localized aria-labels ("Nachrichtentext") do not matter: both bodies are found by g_editable / role.
    expect(Array.from(de.querySelectorAll(selectors.composeBody), (el) => el.getAttribute('aria-label'))).toEqual(['Nachrichtentext', 'Nachrichtentext']);
    expect(de.querySelector(selectors.threadSubject)?.textContent).toBe('Angebot Lagerlogistik');
    expect(de.querySelector(selectors.messageSender)?.getAttribute('email')).toBe('j.weber@lagerhaus.example');
  });

  it('composeBody never matches an editable subject field', () => {
    const doc = loadGmailFixture('compose-popup');
    const subject = doc.createElement('div');
    subject.id = 'subject';
    subject.setAttribute('contenteditable', 'true');
    subject.setAttribute('role', 'textbox');
    doc.querySelector('form')!.appendChild(subject);
    expect(count(doc, selectors.composeBody)).toBe(1);
  });
});
