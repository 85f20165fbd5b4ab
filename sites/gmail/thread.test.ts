// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findComposeBodies } from './compose';
import { messageAnsweredBy, readThread, repEmailFromTitle } from './thread';
import { generateThreadHtml, loadGmailFixture, parseHtml } from './test-fixtures';

const REP = 'sam.rivera@acme.example';
const DANA_TEXT = "Hi Sam,\n\nThanks for the call. Could you just send me some information and I'll take a look when things calm down?\n\nDana";

describe('readThread', () => {
  it('reads subject, thread id and every message of the English thread', () => {
    const thread = readThread(loadGmailFixture('thread-inline-reply'));
    expect(thread.subject).toBe('Re: Fleet tracking for Northwind');
    expect(thread.threadId).toBe('18f0000000000101');
    expect(thread.messages.map(({ element: _, ...m }) => m)).toEqual([
      // Collapsed: Gmail renders a snippet but no body, so there is no text to read.
      { id: '18f0000000000201', senderName: 'Sam Rivera', senderEmail: REP, text: null },
      { id: '18f0000000000202', senderName: 'Dana Ortiz', senderEmail: 'dana.ortiz@northwind.example', text: DANA_TEXT },
    ]);
  });

  it('leaves the signature and the quoted history out of a message', () => {
    const [, dana] = readThread(loadGmailFixture('thread-inline-reply')).messages;
    expect(dana!.text).not.toMatch(/Operations Lead|wrote:|wasting your time/);
  });

  it('reads the German thread with the same hooks', () => {
    const thread = readThread(loadGmailFixture('thread-two-composes-de'));
    expect(thread.subject).toBe('Angebot Lagerlogistik');
    expect(thread.threadId).toBe('18f0000000000301');
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]).toMatchObject({
      id: '18f0000000000302',
      senderName: 'Jonas Weber',
      senderEmail: 'j.weber@lagerhaus.example',
      text: "Hi Sam, honestly the price is way too high for us this year and I'd have to run it by my boss anyway.",
    });
  });

  it('finds no thread in the inbox', () => {
    expect(readThread(loadGmailFixture('compose-popup'))).toEqual({ threadId: null, subject: '', messages: [] });
  });

  it('takes the sender from span[email] in the header, never from the recipients line', () => {
    const doc = loadGmailFixture('thread-inline-reply');
    const danaEl = doc.querySelector('[data-legacy-message-id="18f0000000000202"]')!;
    // Put the "to me" line first in document order: it must still not count as the sender.
    const recipients = danaEl.querySelector('.hb')!.parentElement!;
    danaEl.querySelector('.gs')!.prepend(recipients);
    expect(readThread(doc).messages[1]).toMatchObject({ senderName: 'Dana Ortiz', senderEmail: 'dana.ortiz@northwind.example' });

    // Without a sender span, the recipient (Sam, "me") is not taken as the sender.
    danaEl.querySelector('span.gD')!.remove();
    expect(readThread(doc).messages[1]).toMatchObject({ senderName: null, senderEmail: null });
  });

  it('falls back to the span text when Gmail leaves out the name attribute', () => {
    const doc = loadGmailFixture('thread-two-composes-de');
    doc.querySelector('span.gD')!.removeAttribute('name');
    expect(readThread(doc).messages[0]).toMatchObject({ senderName: 'Jonas Weber' });
  });

  it('falls back to the perm thread id and the data-message-id without its "#"', () => {
    const doc = loadGmailFixture('thread-inline-reply');
    doc.querySelector('h2')!.removeAttribute('data-legacy-thread-id');
    for (const el of Array.from(doc.querySelectorAll('[data-legacy-message-id]'))) el.removeAttribute('data-legacy-message-id');
    const thread = readThread(doc);
    expect(thread.threadId).toBe('thread-f:1800000000000000101');
    expect(thread.messages.map((m) => m.id)).toEqual(['msg-f:1800000000000000201', 'msg-f:1800000000000000202']);
  });

  it('counts nested elements carrying a message id as one message', () => {
    const doc = loadGmailFixture('thread-two-composes-de');
    const inner = doc.querySelector('.ii.gt')!;
    inner.setAttribute('data-message-id', '#msg-f:1800000000000000302');
    expect(readThread(doc).messages.map((m) => m.id)).toEqual(['18f0000000000302']);
  });

  it('reads all 50 messages of a long thread (timing is for `npm run bench`, not asserted here)', () => {
    const doc = parseHtml(generateThreadHtml({ messages: 50 }));
    const started = performance.now();
    const thread = readThread(doc);
    const ms = performance.now() - started;
    expect(thread.messages).toHaveLength(50);
    expect(thread.messages.every((m) => m.text !== null && m.senderEmail !== null)).toBe(true);
    expect(new Set(thread.messages.map((m) => m.id)).size).toBe(50);
    expect(thread.messages.at(-1)!.text).toContain('Could you just send me some information');
    expect(thread.messages.at(-1)!.text).not.toContain('Earlier words');
    console.info(`readThread: 50 expanded messages in ${ms.toFixed(2)} ms (happy-dom)`);
  });

  it('reads a long thread where Gmail collapsed all but the last three messages', () => {
    const thread = readThread(parseHtml(generateThreadHtml({ messages: 50, expanded: 3 })));
    expect(thread.messages).toHaveLength(50);
    expect(thread.messages.filter((m) => m.text !== null)).toHaveLength(3);
    expect(thread.messages.every((m) => m.senderEmail !== null)).toBe(true);
  });
});

describe('messageAnsweredBy', () => {
  it('an inline reply answers the message just before its reply box', () => {
    const doc = loadGmailFixture('thread-inline-reply');
    const thread = readThread(doc);
    const [body] = findComposeBodies(doc);
    expect(messageAnsweredBy(thread, body!, REP)?.id).toBe('18f0000000000202');
  });

  it('with an inline reply and a pop-up open, both answer Jonas in the German thread', () => {
    const doc = loadGmailFixture('thread-two-composes-de');
    const thread = readThread(doc);
    const [inline, popup] = findComposeBodies(doc);
    expect(messageAnsweredBy(thread, inline!, REP)?.senderName).toBe('Jonas Weber');
    expect(messageAnsweredBy(thread, popup!, REP)?.senderName).toBe('Jonas Weber');
  });

  it('an inline reply answers the message it follows, not a later one', () => {
    const doc = parseHtml(generateThreadHtml({ messages: 6, inlineReply: false }));
    const items = doc.querySelectorAll('[role="listitem"]');
    // Open a reply under message 3 of 6.
    items[2]!.insertAdjacentHTML(
      'beforeend',
      '<div class="gA gt"><div class="adB"><div class="M9"><div contenteditable="true" g_editable="true" role="textbox"><div><br></div></div></div></div></div>',
    );
    const thread = readThread(doc);
    const [body] = findComposeBodies(doc);
    expect(messageAnsweredBy(thread, body!, REP)?.id).toBe('gen0003');
  });

  it('a pop-up answers the last expanded message from someone other than the rep', () => {
    const doc = loadGmailFixture('thread-two-composes-de');
    // The rep's own later reply, expanded, is not what the pop-up answers.
    doc.querySelector('[role="list"]')!.insertAdjacentHTML(
      'beforeend',
      `<div class="h7" role="listitem"><div class="adn ads" data-message-id="#msg-f:303" data-legacy-message-id="303">
        <h3><span class="gD" email="${REP.toUpperCase()}" name="Sam Rivera">Sam Rivera</span></h3>
        <div class="ii gt"><div class="a3s">Danke Jonas, ich melde mich.</div></div></div></div>`,
    );
    const thread = readThread(doc);
    const popup = findComposeBodies(doc)[1]!;
    expect(messageAnsweredBy(thread, popup, REP)?.id).toBe('18f0000000000302');
  });

  it('skips collapsed messages, and without a known rep takes the last expanded message', () => {
    const doc = loadGmailFixture('compose-popup');
    const [popup] = findComposeBodies(doc);
    expect(messageAnsweredBy(readThread(doc), popup!, REP)).toBeNull();

    const long = parseHtml(generateThreadHtml({ messages: 10, expanded: 2, inlineReply: false }));
    long.body.insertAdjacentHTML('beforeend', '<div role="dialog"><div class="M9"><div contenteditable="true" g_editable="true" role="textbox"></div></div></div>');
    const thread = readThread(long);
    const [body] = findComposeBodies(long);
    expect(messageAnsweredBy(thread, body!, REP)?.id).toBe('gen0010');
    // Message 9 is the rep's; with no rep address known, it is simply the last expanded one before 10.
    expect(messageAnsweredBy({ ...thread, messages: thread.messages.slice(0, 9) }, body!, null)?.id).toBe('gen0009');
  });

  it('an inline reply under a collapsed message falls back to the last expanded message from the customer', () => {
    const doc = loadGmailFixture('thread-inline-reply');
    const reply = doc.querySelector('.gA.gt')!;
    doc.querySelector('[data-legacy-message-id="18f0000000000201"]')!.after(reply);
    const thread = readThread(doc);
    const [body] = findComposeBodies(doc);
    expect(messageAnsweredBy(thread, body!, REP)?.id).toBe('18f0000000000202');
  });
});

describe('repEmailFromTitle', () => {
  it.each([
    ['Re: Fleet tracking for Northwind - sam.rivera@acme.example - Acme Mail', REP],
    ['Angebot Lagerlogistik - sam.rivera@acme.example - Acme Mail', REP],
    ['Inbox (3) - sam.rivera+sales@acme.co.uk - Gmail', 'sam.rivera+sales@acme.co.uk'],
    // A subject may itself hold an address: the account is the one after it.
    ['Intro to lee@contoso.example - sam.rivera@acme.example - Gmail', REP],
    ['Gmail', null],
    ['', null],
  ])('%s → %s', (title, expected) => {
    expect(repEmailFromTitle(title)).toBe(expected);
  });

  it('reads the rep from each fixture’s title', () => {
    for (const name of ['thread-inline-reply', 'compose-popup', 'thread-two-composes-de'] as const) {
      expect(repEmailFromTitle(loadGmailFixture(name).title)).toBe(REP);
    }
  });
});
