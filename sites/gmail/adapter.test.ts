// @vitest-environment happy-dom
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdapterStatusSchema, TextReportSchema, type AdapterStatusReport, type TextReport } from '../../lib/messaging/schemas';
import { startGmailAdapter } from './adapter';
import { findComposeBodies } from './compose';
import { generateThreadHtml, gmailFixtureHtml, mainContentOf, showInDocument, type GmailFixture } from './test-fixtures';

const DEBOUNCE = 400;
const DANA_TEXT = "Hi Sam,\n\nThanks for the call. Could you just send me some information and I'll take a look when things calm down?\n\nDana";

let controller: AbortController;
let reports: TextReport[];
let statuses: AdapterStatusReport[];

/** Lets MutationObserver callbacks (microtasks) run, then moves the fake clock. */
async function elapse(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

async function start(fixture: GmailFixture | { html: string }): Promise<void> {
  showInDocument(typeof fixture === 'string' ? gmailFixtureHtml(fixture) : fixture.html);
  startGmailAdapter({
    doc: document,
    signal: controller.signal,
    debounceMs: DEBOUNCE,
    report: (r) => reports.push(v.parse(TextReportSchema, r)),
    status: (s) => statuses.push(v.parse(AdapterStatusSchema, s)),
  });
  await elapse(DEBOUNCE);
}

/** What Chrome does to the body while the rep types: the first line's text changes in place. */
function typeInto(body: HTMLElement, text: string): void {
  const line = body.firstElementChild!;
  if (line.firstChild?.nodeType === 3) line.firstChild.nodeValue = text;
  else line.textContent = text;
}

const emails = () => reports.filter((r) => r.kind === 'email');
const drafts = () => reports.filter((r) => r.kind === 'draft');
const take = () => reports.splice(0);

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  reports = [];
  statuses = [];
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('startGmailAdapter: what it reports', () => {
  it('reports nothing before the page has been quiet for the debounce time, and says it is listening', async () => {
    showInDocument(gmailFixtureHtml('thread-inline-reply'));
    startGmailAdapter({ doc: document, signal: controller.signal, report: (r) => reports.push(r), status: (s) => statuses.push(s) });
    expect(statuses).toEqual([{ source: 'gmail', state: 'listening', detail: expect.any(String), conversationId: null }]);
    await elapse(399);
    expect(reports).toEqual([]);
    await elapse(1);
    expect(reports).not.toEqual([]);
  });

  it('reports Dana’s email once, with her address and the key of the inline reply that answers it', async () => {
    await start('thread-inline-reply');
    expect(emails()).toEqual([
      {
        source: 'gmail',
        kind: 'email',
        conversationId: '18f0000000000101',
        conversationTitle: 'Re: Fleet tracking for Northwind',
        utteranceId: '18f0000000000202',
        role: 'customer',
        speaker: 'Dana Ortiz',
        speakerEmail: 'dana.ortiz@northwind.example',
        text: DANA_TEXT,
        composeKey: 'draft-msg-a:r-1001',
      },
    ]);
  });

  it('reports each open compose once as the rep’s draft, in the conversation it answers', async () => {
    await start('thread-inline-reply');
    expect(drafts()).toEqual([
      {
        source: 'gmail',
        kind: 'draft',
        conversationId: '18f0000000000101',
        conversationTitle: 'Re: Fleet tracking for Northwind',
        utteranceId: 'draft-msg-a:r-1001',
        role: 'rep',
        speaker: 'You',
        speakerEmail: 'sam.rivera@acme.example',
        text: '',
        composeKey: 'draft-msg-a:r-1001',
      },
    ]);
  });

  it('German UI with two composes: one email for Jonas tied to the inline reply, one draft per compose', async () => {
    await start('thread-two-composes-de');
    expect(emails()).toHaveLength(1);
    expect(emails()[0]).toMatchObject({ speaker: 'Jonas Weber', speakerEmail: 'j.weber@lagerhaus.example', composeKey: 'draft-msg-a:r-2001' });
    expect(drafts().map((d) => [d.composeKey, d.text, d.conversationTitle])).toEqual([
      ['draft-msg-a:r-2001', '', 'Angebot Lagerlogistik'],
      ['draft-msg-a:r-2002', 'Hallo Jonas,', 'Unterlagen'],
    ]);
  });

  it('a new message from the inbox is its own conversation, named by its subject', async () => {
    await start('compose-popup');
    expect(emails()).toEqual([]);
    expect(drafts()).toEqual([expect.objectContaining({ conversationId: 'draft-c-popup-7', conversationTitle: 'Following up', composeKey: 'draft-c-popup-7' })]);
  });

  it('never reports the rep’s own messages, nor collapsed ones', async () => {
    await start({ html: generateThreadHtml({ messages: 10, expanded: 4 }) });
    // Messages 7–10 are expanded; 8 and 10 are Dana's.
    expect(emails().map((e) => e.utteranceId)).toEqual(['gen0008', 'gen0010']);
    expect(emails().every((e) => e.role === 'customer' && e.speakerEmail === 'dana.ortiz@northwind.example')).toBe(true);
  });

  it('re-sends an email when a reply to it is opened, so Insert knows where to write', async () => {
    const html = gmailFixtureHtml('thread-inline-reply');
    showInDocument(html);
    const reply = document.querySelector('.gA.gt')!;
    reply.remove();
    startGmailAdapter({ doc: document, signal: controller.signal, debounceMs: DEBOUNCE, report: (r) => reports.push(r), status: () => {} });
    await elapse(DEBOUNCE);
    expect(take()).toEqual([expect.objectContaining({ kind: 'email', composeKey: null })]);

    document.querySelector('[data-legacy-message-id="18f0000000000202"]')!.after(reply);
    await elapse(DEBOUNCE);
    expect(take().map((r) => [r.kind, r.composeKey])).toEqual([
      ['email', 'draft-msg-a:r-1001'],
      ['draft', 'draft-msg-a:r-1001'],
    ]);
  });
});

describe('startGmailAdapter: debouncing and de-duplication', () => {
  it('typing many times within the debounce window sends one report per compose, with the final text', async () => {
    await start('thread-two-composes-de');
    take();
    const [inline, popup] = findComposeBodies(document) as [HTMLElement, HTMLElement];
    const words = 'Was wäre Ihnen wichtig bei der Entscheidung'.split(' ');
    for (let i = 1; i <= words.length; i++) {
      typeInto(inline, words.slice(0, i).join(' '));
      typeInto(popup, `Hallo Jonas, ${'!'.repeat(i)}`);
      await elapse(DEBOUNCE / 4);
    }
    expect(reports).toEqual([]);
    await elapse(DEBOUNCE);
    expect(reports.map((r) => [r.kind, r.composeKey, r.text])).toEqual([
      ['draft', 'draft-msg-a:r-2001', 'Was wäre Ihnen wichtig bei der Entscheidung'],
      ['draft', 'draft-msg-a:r-2002', 'Hallo Jonas, !!!!!!!'],
    ]);
  });

  it('still reads a compose that never goes quiet, at most once per maximum wait', async () => {
    await start('thread-inline-reply');
    take();
    const [body] = findComposeBodies(document) as [HTMLElement];
    for (let i = 1; i <= 50; i++) {
      typeInto(body, `Tell me more ${i}`);
      await elapse(100); // 5 s of changes, never 400 ms of quiet
    }
    const drafts = take().filter((r) => r.kind === 'draft');
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts.length).toBeLessThanOrEqual(3);
  });

  it('does not re-send unchanged text when the page changes around it', async () => {
    await start('thread-inline-reply');
    take();
    // Gmail re-renders things all the time: a label, a tooltip, the same draft text written again.
    document.querySelector('[role="navigation"]')!.insertAdjacentHTML('beforeend', '<span>Inbox (4)</span>');
    const [body] = findComposeBodies(document) as [HTMLElement];
    typeInto(body, 'Happy to help.');
    await elapse(DEBOUNCE);
    expect(take().map((r) => [r.kind, r.text])).toEqual([['draft', 'Happy to help.']]);

    typeInto(body, 'Happy to help.');
    document.querySelector('[role="navigation"]')!.insertAdjacentHTML('beforeend', '<span>Inbox (5)</span>');
    await elapse(DEBOUNCE * 3);
    expect(reports).toEqual([]);
  });

  it('does not count the signature or quote: editing them sends nothing', async () => {
    await start('thread-inline-reply');
    take();
    const [body] = findComposeBodies(document) as [HTMLElement];
    body.querySelector('.gmail_signature')!.append(' (mobile)');
    body.querySelector('blockquote')!.append('!');
    await elapse(DEBOUNCE);
    expect(reports).toEqual([]);
  });
});

describe('startGmailAdapter: navigation and shutdown', () => {
  it('after Gmail swaps in another thread, reports the new thread once and never the old one again', async () => {
    await start('thread-inline-reply');
    take();

    // Gmail is a single-page app: opening another thread replaces the [role=main] content in place.
    document.querySelector('[role="main"]')!.innerHTML = mainContentOf(gmailFixtureHtml('thread-two-composes-de'));
    await elapse(DEBOUNCE);
    const afterNavigation = take();
    expect(afterNavigation.map((r) => [r.kind, r.conversationId, r.utteranceId])).toEqual([
      ['email', '18f0000000000301', '18f0000000000302'],
      ['draft', '18f0000000000301', 'draft-msg-a:r-2001'],
    ]);
    expect(afterNavigation.some((r) => r.conversationId === '18f0000000000101' || r.speaker === 'Dana Ortiz')).toBe(false);

    // Later changes in the new thread report only the new thread.
    const [inline] = findComposeBodies(document) as [HTMLElement];
    typeInto(inline, 'Verstehe.');
    await elapse(DEBOUNCE);
    expect(take().map((r) => [r.kind, r.conversationId, r.text])).toEqual([['draft', '18f0000000000301', 'Verstehe.']]);
  });

  it('reads a 50-message thread swapped in by navigation: every customer message once, the reply tied to the last', async () => {
    await start('thread-inline-reply');
    take();
    document.querySelector('[role="main"]')!.innerHTML = mainContentOf(generateThreadHtml({ messages: 50 }));
    await elapse(DEBOUNCE);
    const mails = emails();
    expect(mails).toHaveLength(25);
    expect(new Set(mails.map((m) => m.utteranceId)).size).toBe(25);
    expect(mails.filter((m) => m.composeKey).map((m) => [m.utteranceId, m.composeKey])).toEqual([['gen0050', 'draft-msg-a:r-gen']]);
    expect(drafts()).toHaveLength(1);
  });

  it('sends nothing after abort, not even a scan that was already scheduled', async () => {
    await start('thread-inline-reply');
    take();
    const [body] = findComposeBodies(document) as [HTMLElement];
    typeInto(body, 'Sure, I will send over some info!');
    await elapse(DEBOUNCE / 2);
    controller.abort();
    await elapse(DEBOUNCE * 2);
    typeInto(body, 'Sure, I will send it today!');
    document.querySelector('[role="main"]')!.innerHTML = mainContentOf(gmailFixtureHtml('thread-two-composes-de'));
    await elapse(DEBOUNCE * 2);
    expect(reports).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('scanNow after abort does nothing', async () => {
    showInDocument(gmailFixtureHtml('thread-inline-reply'));
    const adapter = startGmailAdapter({ doc: document, signal: controller.signal, report: (r) => reports.push(r), status: () => {} });
    controller.abort();
    adapter.scanNow();
    await elapse(DEBOUNCE * 2);
    expect(reports).toEqual([]);
  });
});
