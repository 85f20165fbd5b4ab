import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../storage/db';
import { fakeMoment } from '../storage/test-moments';
import type { Detection } from '../detection/types';
import { redact, redactTracked } from './redact';
import { redactMoment, redactStoredHistory } from './redact-history';

const span = (text: string, words: string, category = 'info_brushoff'): Detection => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { category, trigger: 't', start, end: start + words.length, text: words, speakers: 'customer' };
};

describe('redactTracked', () => {
  it('gives the same text as redact, and maps offsets around every kind of replacement', () => {
    const text = 'Mail a@b.io or dana.ortiz@northwind.example, call +44 20 7946 0958 or (555) 123-4567, card 4111 1111 1111 1111. Just send me some information.';
    const tracked = redactTracked(text);
    expect(tracked.text).toBe(redact(text));
    expect(tracked.changed).toBe(true);
    const words = 'send me some information';
    const at = text.indexOf(words);
    expect(tracked.text.slice(tracked.map(at, 'start'), tracked.map(at + words.length, 'end'))).toBe(words);
    // Before any replacement nothing moves.
    expect(tracked.map(4, 'start')).toBe(4);
    // A span inside an address covers its placeholder.
    const inside = text.indexOf('ortiz');
    expect(tracked.text.slice(tracked.map(inside, 'start'), tracked.map(inside + 5, 'end'))).toBe('[email]');
  });

  it('is the identity on text with nothing to redact', () => {
    const tracked = redactTracked('We are all set, thanks.');
    expect(tracked).toMatchObject({ text: 'We are all set, thanks.', changed: false });
    expect(tracked.map(7, 'start')).toBe(7);
  });
});

describe('redactMoment', () => {
  it('redacts text, title and speaker, drops the address, and keeps each highlight on its words', () => {
    const text = 'Hi, I am on 555-123-4567 or dana@contoso.example. Could you just send me some information? Also call me next quarter.';
    const m = fakeMoment({
      id: 'm1',
      text,
      conversationTitle: 'Re: pilot (dana@contoso.example)',
      speaker: 'dana@contoso.example',
      detections: [span(text, 'send me some information'), span(text, 'call me next quarter', 'stall')],
    });
    const r = redactMoment(m)!;
    expect(r.text).toBe('Hi, I am on [phone] or [email]. Could you just send me some information? Also call me next quarter.');
    expect(r.conversationTitle).toBe('Re: pilot ([email])');
    expect(r.speaker).toBe('[email]');
    expect(r.speakerEmail).toBeNull();
    expect(r.detections.map((d) => [d.text, r.text.slice(d.start, d.end)])).toEqual([
      ['send me some information', 'send me some information'],
      ['call me next quarter', 'call me next quarter'],
    ]);
  });

  it('a highlight that covered a number now covers its placeholder, never neighbouring words', () => {
    const text = 'my number is 555-123-4567 ok';
    const m = fakeMoment({ id: 'm2', text, detections: [span(text, 'number is 555-123')] });
    const r = redactMoment(m)!;
    expect(r.detections[0]).toMatchObject({ text: 'number is [phone]' });
    expect(r.text.slice(r.detections[0]!.start, r.detections[0]!.end)).toBe('number is [phone]');
  });

  it('returns null for a moment with nothing to redact', () => {
    expect(redactMoment(fakeMoment({ id: 'm3', speakerEmail: null }))).toBeNull();
    // A kept sender address alone is reason enough: it is dropped as for new moments.
    expect(redactMoment(fakeMoment({ id: 'm4' }))?.speakerEmail).toBeNull();
  });
});

describe('redactStoredHistory', () => {
  beforeEach(async () => {
    await db.moments.clear();
  });

  it('redacts every moment in chunks, reports progress and counts, and a second run changes nothing', async () => {
    const moments = Array.from({ length: 45 }, (_, i) => {
      const text = i % 3 === 0 ? `Reach me at rep${i}@example.com. Just send me some information.` : 'Just send me some information.';
      return fakeMoment({ id: `gmail:c:${String(i).padStart(3, '0')}`, text, speakerEmail: null, detections: [span(text, 'send me some information')] });
    });
    await db.moments.bulkPut(moments);
    const seen: number[] = [];
    const result = await redactStoredHistory(db, { chunkSize: 10, onProgress: (p) => seen.push(p.scanned) });
    expect(result).toEqual({ scanned: 45, changed: 15, total: 45 });
    expect(seen).toEqual([0, 10, 20, 30, 40, 45]);
    const stored = await db.moments.toArray();
    expect(stored.filter((m) => /@/.test(m.text))).toEqual([]);
    for (const m of stored) for (const d of m.detections) expect(m.text.slice(d.start, d.end)).toBe(d.text);
    expect(stored.find((m) => m.id === 'gmail:c:003')!.text).toBe('Reach me at [email]. Just send me some information.');
    expect(await redactStoredHistory(db, { chunkSize: 10 })).toEqual({ scanned: 45, changed: 0, total: 45 });
  });

  it('stops between chunks when aborted, leaving what it did redacted', async () => {
    await db.moments.bulkPut(Array.from({ length: 30 }, (_, i) => fakeMoment({ id: `m${String(i).padStart(2, '0')}`, text: 'call 555-123-4567', detections: [] })));
    const controller = new AbortController();
    await expect(redactStoredHistory(db, { chunkSize: 10, signal: controller.signal, onProgress: (p) => p.scanned === 10 && controller.abort() })).rejects.toThrow();
    const texts = (await db.moments.orderBy(':id').toArray()).map((m) => m.text);
    expect(texts.slice(0, 10).every((t) => t === 'call [phone]')).toBe(true);
    expect(texts.slice(10).every((t) => t === 'call 555-123-4567')).toBe(true);
  });
});
