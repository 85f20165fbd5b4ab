import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { TruthSerumDB } from '../storage/db';
import { getDefaultDetector } from '../detection';
import { createHandlers, RejectedMessage } from './handlers';
import type { InsertCommand, InsertResult, OpenPanelResult, TextReport } from '../messaging/schemas';
import type { Settings } from '../settings/settings';

const EXT = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const gmailTab = { id: EXT, url: 'https://mail.google.com/mail/u/0/#inbox/abc', tab: { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox/abc' } };
const panel = { id: EXT, url: `${ORIGIN}sidepanel.html` };
const meetTab = { id: EXT, url: 'https://meet.google.com/abc-defg-hij', tab: { id: 9, url: 'https://meet.google.com/abc-defg-hij' } };
// Literal defaults: lib/settings/settings.ts itself needs WXT's storage, which these tests do not.
const DEFAULTS: Settings = { repName: '', activeSources: ['gmail', 'meet', 'zoom', 'teams'], cooldownSeconds: 60, showChip: true, retentionDays: 0, redact: false };

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
  let settings: Settings;

  beforeEach(async () => {
    db = new TruthSerumDB(`test-${Math.random()}`);
    sendInsert = vi.fn(async (): Promise<InsertResult> => ({ ok: true }));
    settings = { ...DEFAULTS };
    handlers = createHandlers({ db, detector: getDefaultDetector, settings: async () => settings, extensionId: EXT, extensionOrigin: ORIGIN, sendInsert, now: () => 1000 });
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
    await handlers.reportText(report({ text: 'Could you just send me some information? Honestly we are not interested in a call.' }), gmailTab);
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

  it('a failed write rejects (the page keeps the report and re-sends it) and raises the storage warning until a write works', async () => {
    const failed = vi.fn();
    const stored = vi.fn();
    handlers = createHandlers({ db, detector: getDefaultDetector, settings: async () => settings, extensionId: EXT, extensionOrigin: ORIGIN, sendInsert, health: { failed, stored } });
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(db.moments, 'put').mockRejectedValueOnce(quota);
    await expect(handlers.reportText(report(), gmailTab)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(failed).toHaveBeenCalledWith(quota);
    expect(stored).not.toHaveBeenCalled();
    put.mockRestore();
    // The content script's retry: same report, now stored once.
    await handlers.reportText(report(), gmailTab);
    expect(stored).toHaveBeenCalledTimes(1);
    expect(await db.moments.count()).toBe(1);
  });

  it('refuses a report the detector cannot analyse (no retry, no storage warning)', async () => {
    const failed = vi.fn();
    const broken = () => Object.assign(Object.create(getDefaultDetector()), { analyze: () => { throw new TypeError('boom'); } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handlers = createHandlers({ db, detector: broken, settings: async () => settings, extensionId: EXT, extensionOrigin: ORIGIN, sendInsert, health: { failed, stored: vi.fn() } });
    await expect(handlers.reportText(report(), gmailTab)).rejects.toMatchObject({ name: 'RejectedMessage' });
    expect(failed).not.toHaveBeenCalled();
    expect(await db.moments.count()).toBe(0);
  });

  it('rejects a page claiming to be another site', async () => {
    await expect(handlers.reportText(report({ source: 'meet' }), gmailTab)).rejects.toThrow('cannot report for meet');
  });

  it('rejects malformed reports without storing anything', async () => {
    await expect(handlers.reportText({ ...report(), text: 42 }, gmailTab)).rejects.toThrow();
    await expect(handlers.reportText({ ...report(), source: 'myspace' }, gmailTab)).rejects.toThrow();
    // The content script's delivery queue recognises a refusal by these names and stops re-sending (sites/delivery.ts).
    await expect(handlers.reportText({ ...report(), text: 42 }, gmailTab)).rejects.toMatchObject({ name: 'ValiError' });
    await expect(handlers.reportText(report({ source: 'meet' }), gmailTab)).rejects.toMatchObject({ name: 'RejectedMessage' });
    expect(await db.moments.count()).toBe(0);
  });

  it('records adapter status per tab and forgets it when the tab closes', async () => {
    await handlers.reportStatus({ source: 'gmail', state: 'listening', detail: 'ok', conversationId: null }, gmailTab);
    expect(await db.adapters.get('7:gmail')).toMatchObject({ state: 'listening', tabId: 7 });
    await handlers.forgetTab(7);
    expect(await db.adapters.count()).toBe(0);
  });

  it('gives the settings to our content scripts on the sites we read, and to nobody else', async () => {
    settings = { ...DEFAULTS, repName: 'Sam Rivera', activeSources: ['meet'] };
    await expect(handlers.siteSettings(meetTab)).resolves.toMatchObject({ repName: 'Sam Rivera', activeSources: ['meet'] });
    await expect(handlers.siteSettings({ ...meetTab, id: 'another-extension' })).rejects.toBeInstanceOf(RejectedMessage);
    await expect(handlers.siteSettings({ id: EXT, url: 'https://example.com/', tab: { id: 3, url: 'https://example.com/' } })).rejects.toBeInstanceOf(RejectedMessage);
  });

  it('opens the side panel for the chip’s own tab in the same turn as the message (the click’s gesture), only for our content scripts', async () => {
    const openPanel = vi.fn(async (): Promise<OpenPanelResult> => ({ ok: true }));
    const withPanel = createHandlers({ db, detector: getDefaultDetector, settings: async () => settings, extensionId: EXT, extensionOrigin: ORIGIN, sendInsert, openPanel });
    const answer = withPanel.openPanel({ source: 'meet' }, meetTab);
    // Called before anything was awaited: Chrome refuses sidePanel.open once the user gesture has passed.
    expect(openPanel).toHaveBeenCalledWith(9);
    await expect(answer).resolves.toEqual({ ok: true });
    expect(() => withPanel.openPanel({ source: 'gmail' }, meetTab)).toThrow(RejectedMessage);
    expect(() => withPanel.openPanel({ source: 'meet' }, { ...meetTab, id: 'another-extension' })).toThrow(RejectedMessage);
    expect(() => withPanel.openPanel({ source: 'meet' }, panel)).toThrow(RejectedMessage);
    expect(() => withPanel.openPanel({ source: 'meet' }, { id: EXT, url: meetTab.url })).toThrow(RejectedMessage);
    expect(() => withPanel.openPanel({ source: 'skype' }, meetTab)).toThrow();
    expect(openPanel).toHaveBeenCalledOnce();
    // Without a way to open it (no dependency given), the rep is told to use the toolbar icon.
    await expect(handlers.openPanel({ source: 'meet' }, meetTab)).resolves.toMatchObject({ ok: false, reason: expect.stringMatching(/toolbar icon/) });
  });

  it('sends Insert to the tab and compose of the moment, only from extension pages', async () => {
    const { momentId } = await handlers.reportText(report(), gmailTab);
    await expect(handlers.insertIntoDraft({ momentId, text: 'Hello' }, gmailTab)).rejects.toBeInstanceOf(RejectedMessage);
    expect(await handlers.insertIntoDraft({ momentId, text: 'Hello' }, panel)).toEqual({ ok: true });
    expect(sendInsert).toHaveBeenCalledWith(7, { composeKey: 'draft-r-1', text: 'Hello' });
  });

  it('explains why Insert cannot work for a caption moment or a closed tab', async () => {
    const caption = report({ source: 'meet', kind: 'caption', utteranceId: 'u1', composeKey: null, text: 'just send me some information' });
    const { momentId } = await handlers.reportText(caption, meetTab);
    expect(await handlers.insertIntoDraft({ momentId, text: 'Hi' }, panel)).toMatchObject({ ok: false });
    const email = await handlers.reportText(report(), gmailTab);
    sendInsert.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await handlers.insertIntoDraft({ momentId: email.momentId, text: 'Hi' }, panel)).toMatchObject({ ok: false, reason: expect.stringContaining('closed') });
  });

  describe('with the rep’s settings', () => {
    it('stores nothing from a site the rep switched off, and still reads the others', async () => {
      settings = { ...DEFAULTS, activeSources: ['meet'] };
      expect(await handlers.reportText(report(), gmailTab)).toEqual({ momentId: null });
      expect(await db.moments.count()).toBe(0);
      const caption = report({ source: 'meet', kind: 'caption', utteranceId: 'u1', composeKey: null, speakerEmail: null, text: 'just send me some information' });
      expect((await handlers.reportText(caption, meetTab)).momentId).toBe('meet:thread-1:u1');
      // Switched back on: read again.
      settings = { ...DEFAULTS };
      expect((await handlers.reportText(report(), gmailTab)).momentId).toBe('gmail:thread-1:msg-1');
    });

    it('still rejects bad senders when the site is off (checks come first)', async () => {
      settings = { ...DEFAULTS, activeSources: [] };
      await expect(handlers.reportText(report(), { ...gmailTab, id: 'someone-else' })).rejects.toBeInstanceOf(RejectedMessage);
    });

    it('redacts text, title, speaker and sender before analysis, so offsets point at the redacted text', async () => {
      settings = { ...DEFAULTS, redact: true };
      const text = 'Hi, reach me at dana.ortiz@northwind.example or +44 20 7946 0958. Could you just send me some information? Card 4111 1111 1111 1111.';
      const { momentId } = await handlers.reportText(
        report({ text, speaker: 'dana.ortiz@northwind.example', conversationTitle: 'Call 555-123-4567 re fleet' }),
        gmailTab,
      );
      const moment = (await db.moments.get(momentId!))!;
      expect(moment.text).toBe('Hi, reach me at [email] or [phone]. Could you just send me some information? Card [card].');
      expect(moment).toMatchObject({ speaker: '[email]', speakerEmail: null, conversationTitle: 'Call [phone] re fleet', categories: ['info_brushoff'] });
      const d = moment.detections[0]!;
      expect(moment.text.slice(d.start, d.end)).toBe('send me some information');
      expect(JSON.stringify(moment)).not.toMatch(/northwind|7946|4111|555-123/);
    });

    it('keeps names and ordinary numbers when redacting', async () => {
      settings = { ...DEFAULTS, redact: true };
      const text = 'We have 250 trucks and a budget of $40,000 for 2025. Just send me some information.';
      const { momentId } = await handlers.reportText(report({ text }), gmailTab);
      expect(await db.moments.get(momentId!)).toMatchObject({ text, speaker: 'Dana Ortiz' });
    });

    it('stores the sender address as given when redaction is off', async () => {
      const { momentId } = await handlers.reportText(report({ text: 'Mail dana@northwind.example. Just send me some information.' }), gmailTab);
      expect(await db.moments.get(momentId!)).toMatchObject({ speakerEmail: 'dana@northwind.example', text: 'Mail dana@northwind.example. Just send me some information.' });
    });
  });
});
