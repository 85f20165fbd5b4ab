import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { TruthSerumDB } from '../storage/db';
import { getDefaultDetector } from '../detection';
import { createHandlers, RejectedMessage } from './handlers';
import type { InsertCommand, InsertResult, TextReport } from '../messaging/schemas';

const EXT = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const gmailTab = { id: EXT, url: 'https://mail.google.com/mail/u/0/#inbox/abc', tab: { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox/abc' } };
const panel = { id: EXT, url: `${ORIGIN}sidepanel.html` };

function report(overrides: Partial<TextReport> = {}): TextReport {
  return {
    source: 'gmail',
    kind: 'email',
    conversationId: 'thread-1',
    conversationTitle: 'Fleet tracking',
    utteranceId: 'msg-1',
    role: 'customer',
    speaker: 'Dana Ortiz',
    speakerEmail: 'dana@northwind.example',
    text: 'Could you just send me some information?',
    composeKey: 'draft-r-1',
    ...overrides,
  };
}

describe('background handlers', () => {
  let db: TruthSerumDB;
  let sendInsert: Mock<(tabId: number, command: InsertCommand) => Promise<InsertResult>>;
  let handlers: ReturnType<typeof createHandlers>;

  beforeEach(async () => {
    db = new TruthSerumDB(`test-${Math.random()}`);
    sendInsert = vi.fn(async (): Promise<InsertResult> => ({ ok: true }));
    handlers = createHandlers({ db, detector: getDefaultDetector, extensionId: EXT, extensionOrigin: ORIGIN, sendInsert, now: () => 1000 });
  });

  it('stores one moment per message, with the sender and the matched span', async () => {
    const { momentId } = await handlers.reportText(report(), gmailTab);
    expect(momentId).toBe('gmail:thread-1:msg-1');
    const moment = await db.moments.get(momentId!);
    expect(moment).toMatchObject({ categories: ['info_brushoff'], speaker: 'Dana Ortiz', speakerEmail: 'dana@northwind.example', tabId: 7, composeKey: 'draft-r-1' });
    expect(moment!.text.slice(moment!.detections[0]!.start, moment!.detections[0]!.end)).toBe('send me some information');
  });

  it('updates the same moment when the same message is reported again (idempotent delivery)', async () => {
    await handlers.reportText(report(), gmailTab);
    await handlers.reportText(report({ text: 'Could you just send me some information? We are all set otherwise.' }), gmailTab);
    expect(await db.moments.count()).toBe(1);
    expect((await db.moments.get('gmail:thread-1:msg-1'))!.categories).toEqual(['info_brushoff', 'not_interested']);
  });

  it('removes a draft moment when the rep rewrites the draft, but keeps what the customer said', async () => {
    await handlers.reportText(report({ kind: 'draft', role: 'rep', utteranceId: 'draft-r-1', text: "Sure, I'll send over some info!" }), gmailTab);
    expect((await db.moments.get('gmail:thread-1:draft-r-1'))!.detections[0]!.speakers).toBe('rep');
    await handlers.reportText(report({ kind: 'draft', role: 'rep', utteranceId: 'draft-r-1', text: 'What made you ask for information?' }), gmailTab);
    expect(await db.moments.get('gmail:thread-1:draft-r-1')).toBeUndefined();

    await handlers.reportText(report(), gmailTab);
    await handlers.reportText(report({ text: 'Thanks!' }), gmailTab);
    expect(await db.moments.get('gmail:thread-1:msg-1')).toBeDefined();
  });

  it.each([
    ['another extension', { ...gmailTab, id: 'someone-else' }],
    ['a page we do not read', { id: EXT, url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } }],
    ['plain http', { id: EXT, url: 'http://mail.google.com/', tab: { id: 3, url: 'http://mail.google.com/' } }],
  ])('rejects reports from %s', async (_name, sender) => {
    await expect(handlers.reportText(report(), sender)).rejects.toBeInstanceOf(RejectedMessage);
    expect(await db.moments.count()).toBe(0);
  });

  it('rejects a page claiming to be another site', async () => {
    await expect(handlers.reportText(report({ source: 'meet' }), gmailTab)).rejects.toThrow('cannot report for meet');
  });

  it('rejects malformed reports without storing anything', async () => {
    await expect(handlers.reportText({ ...report(), text: 42 }, gmailTab)).rejects.toThrow();
    await expect(handlers.reportText({ ...report(), source: 'myspace' }, gmailTab)).rejects.toThrow();
    expect(await db.moments.count()).toBe(0);
  });

  it('records adapter status per tab and forgets it when the tab closes', async () => {
    await handlers.reportStatus({ source: 'gmail', state: 'listening', detail: 'ok', conversationId: null }, gmailTab);
    expect(await db.adapters.get('7:gmail')).toMatchObject({ state: 'listening', tabId: 7 });
    await handlers.forgetTab(7);
    expect(await db.adapters.count()).toBe(0);
  });

  it('sends Insert to the tab and compose of the moment, only from extension pages', async () => {
    const { momentId } = await handlers.reportText(report(), gmailTab);
    await expect(handlers.insertIntoDraft({ momentId, text: 'Hello' }, gmailTab)).rejects.toBeInstanceOf(RejectedMessage);
    expect(await handlers.insertIntoDraft({ momentId, text: 'Hello' }, panel)).toEqual({ ok: true });
    expect(sendInsert).toHaveBeenCalledWith(7, { composeKey: 'draft-r-1', text: 'Hello' });
  });

  it('explains why Insert cannot work for a caption moment or a closed tab', async () => {
    const caption = report({ source: 'meet', kind: 'caption', utteranceId: 'u1', composeKey: null, text: 'just send me some information' });
    const { momentId } = await handlers.reportText(caption, { id: EXT, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 9, url: 'https://meet.google.com/abc-defg-hij' } });
    expect(await handlers.insertIntoDraft({ momentId, text: 'Hi' }, panel)).toMatchObject({ ok: false });
    const email = await handlers.reportText(report(), gmailTab);
    sendInsert.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await handlers.insertIntoDraft({ momentId: email.momentId, text: 'Hi' }, panel)).toMatchObject({ ok: false, reason: expect.stringContaining('closed') });
  });
});
