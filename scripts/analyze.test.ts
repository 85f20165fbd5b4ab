import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../lib/detection/index';
import type { Detector } from '../lib/detection/engine';
import {
  BRACKETS,
  analyzeLine,
  analyzeLines,
  analyzeStream,
  defaultChannel,
  formatReadable,
  highlightSpans,
  parseArgs,
  type OutputResult,
} from './analyze-lib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const detector = getDefaultDetector();

/** A detector with fixed, predictable results, so the CLI plumbing is tested apart from the trigger pack. */
const fake: Detector = {
  triggerCount: 1,
  analyze(text) {
    const i = text.indexOf('boom');
    if (text.includes('THROW')) throw new Error('kaboom');
    return i < 0
      ? { categories: [], detections: [] }
      : { categories: ['price'], detections: [{ category: 'price', trigger: 't.boom', start: i, end: i + 4, text: 'boom', speakers: 'customer' }] };
  },
};

const line = (o: unknown) => JSON.stringify(o);

describe('analyzeLine', () => {
  it('returns categories and detections without speakers', () => {
    expect(analyzeLine(line({ id: 'a', text: 'x boom', channel: 'caption' }), fake)).toEqual({
      id: 'a',
      categories: ['price'],
      detections: [{ category: 'price', trigger: 't.boom', start: 2, end: 6, text: 'boom' }],
    });
  });

  it('keeps numeric ids and uses null for a missing id', () => {
    expect(analyzeLine(line({ id: 7, text: 'quiet', channel: 'email' }), fake)).toEqual({ id: 7, categories: [], detections: [] });
    expect(analyzeLine(line({ text: 'quiet', channel: 'email' }), fake)).toEqual({ id: null, categories: [], detections: [] });
  });

  it('skips blank lines', () => {
    expect(analyzeLine('', fake)).toBeNull();
    expect(analyzeLine('   \t', fake)).toBeNull();
    expect(analyzeLine('\r', fake)).toBeNull();
  });

  it.each([
    ['{"id": "a", "text": ', null, /^line 4: invalid JSON: /],
    ['[1,2]', null, /^line 4: expected a JSON object .* got an array$/],
    ['"just a string"', null, /^line 4: expected a JSON object .* got string "just a string"$/],
    ['null', null, /^line 4: expected a JSON object .* got null$/],
    [line({ id: 'm', channel: 'email' }), 'm', /^line 4: "text" is missing$/],
    [line({ id: 'n', text: 42, channel: 'email' }), 'n', /^line 4: "text" must be a string, got number 42$/],
    [line({ id: 'o', text: null, channel: 'email' }), 'o', /^line 4: "text" must be a string, got null$/],
    [line({ id: 'p', text: 'hi' }), 'p', /^line 4: "channel" is missing; expected "email" or "caption"$/],
    [line({ id: 'q', text: 'hi', channel: 'sms' }), 'q', /^line 4: "channel" must be "email" or "caption", got string "sms"$/],
    [line({ id: 'r', text: 'hi', channel: 'email', role: 'boss' }), 'r', /^line 4: "role" must be "customer", "rep" or "any", got string "boss"$/],
    [line({ id: { nested: true }, text: 3, channel: 'email' }), null, /"text" must be a string/],
    [line({ id: 's', text: 'THROW', channel: 'email' }), 's', /^line 4: analysis failed: kaboom$/],
  ])('reports %s as an error', (input, id, message) => {
    const out = analyzeLine(input, fake, 4);
    expect(out).toMatchObject({ id });
    expect(out && 'error' in out ? out.error : '').toMatch(message);
    expect(Object.keys(out!)).toEqual(['id', 'error']);
  });

  it('accepts a BOM and a trailing carriage return', () => {
    expect(analyzeLine(`\uFEFF${line({ id: 'b', text: 'boom', channel: 'caption' })}\r`, fake)).toMatchObject({ id: 'b', categories: ['price'] });
  });
});

describe('analyzeLines', () => {
  it('keeps the input order, skips blank lines and carries on after errors', () => {
    const out = [
      ...analyzeLines(
        [line({ id: 1, text: 'boom', channel: 'caption' }), '', 'oops', line({ id: 2, text: 'calm', channel: 'email' }), '  ', line({ id: 3, text: 'a boom', channel: 'email' })],
        fake,
      ),
    ].map((s) => JSON.parse(s) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual([1, null, 2, 3]);
    expect(out[1]!.error).toMatch(/^line 3: invalid JSON/);
    expect(out[2]).toEqual({ id: 2, categories: [], detections: [] });
    expect((out[3] as unknown as OutputResult).detections[0]!.start).toBe(2);
  });

  it('streams: each result is written before the next line is read', async () => {
    const events: string[] = [];
    async function* source() {
      for (const id of ['x', 'y', 'z']) {
        events.push(`read ${id}`);
        yield line({ id, text: 'boom', channel: 'caption' });
      }
    }
    const stats = await analyzeStream(source(), fake, (json) => {
      events.push(`write ${(JSON.parse(json) as { id: string }).id}`);
    });
    expect(events).toEqual(['read x', 'write x', 'read y', 'write y', 'read z', 'write z']);
    expect(stats).toEqual({ lines: 3, errors: 0 });
  });

  it('works with readline over a stream, with the real detector', async () => {
    const input = Readable.from([
      `${line({ id: 'r1', text: 'um could you uh send me some info', channel: 'caption' })}\r\n`,
      `\n${line({ id: 'r2', text: 'See you at 3pm.', channel: 'caption' })}\n`,
    ]);
    const out: string[] = [];
    await analyzeStream(createInterface({ input, crlfDelay: Infinity }), detector, (j) => {
      out.push(j);
    });
    const parsed = out.map((s) => JSON.parse(s) as OutputResult);
    expect(parsed.map((p) => p.id)).toEqual(['r1', 'r2']);
    expect(parsed[0]!.categories).toEqual(['info_brushoff']);
    expect(parsed[1]!.categories).toEqual([]);
  });
});

describe('the readable mode', () => {
  it('parses flags and text', () => {
    expect(parseArgs(['--channel', 'email', 'send', 'me', 'info'])).toMatchObject({ text: 'send me info', channel: 'email', role: 'customer' });
    expect(parseArgs(['--channel=caption', '--role=rep', 'hi'])).toMatchObject({ text: 'hi', channel: 'caption', role: 'rep' });
    expect(parseArgs(['Hi,\\n\\nsend info'])).toMatchObject({ text: 'Hi,\n\nsend info', channel: null });
    expect(parseArgs([])).toMatchObject({ text: null });
    expect(parseArgs(['--channel', 'sms', 'x'])).toEqual({ error: '--channel must be "email" or "caption", got "sms"' });
    expect(parseArgs(['--channel'])).toEqual({ error: '--channel needs a value' });
    expect(parseArgs(['--nope'])).toEqual({ error: 'unknown option --nope' });
    expect(parseArgs(['--', '--channel', 'x'])).toMatchObject({ text: '--channel x', channel: null });
  });

  it('defaults to email for multi-line text and caption otherwise', () => {
    expect(defaultChannel('Hi\nthere')).toBe('email');
    expect(defaultChannel('one utterance')).toBe('caption');
  });

  it('highlights spans, merging overlaps', () => {
    expect(highlightSpans('abcdefgh', [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 6, end: 7 }], BRACKETS)).toBe('a[bcd]ef[g]h');
    expect(highlightSpans('abc', [], BRACKETS)).toBe('abc');
  });

  it('prints labels, the highlighted text, trigger ids and two questions and two responses', () => {
    const text = "it's too expensive and I'd have to run it by my boss";
    const result = detector.analyze(text, { channel: 'caption' });
    const report = formatReadable(text, result, { channel: 'caption' });
    expect(report).toContain('Price or budget (price)');
    expect(report).toContain('Not the decision maker (authority)');
    expect(report).toContain("it's [too expensive] and I'd have to [run it by my boss]");
    expect(report).toContain('trigger price.too-expensive');
    expect(report).toMatch(/Ask:\n {2}- .+\n {2}- .+\nAnswer honestly:\n {2}- .+\n {2}- .+$/);
    expect(report).not.toMatch(/\x1b\[/);
  });

  it('says so when nothing is detected', () => {
    expect(formatReadable('See you at 3pm', { categories: [], detections: [] }, { channel: 'caption' })).toContain('No moments detected.');
  });

  it('names a hit the second look set aside', () => {
    const text = 'The price is fine, send the contract.';
    const aside = { category: 'price', trigger: 'price.x', start: 4, end: 9, text: 'price', speakers: 'customer' } as const;
    const report = formatReadable(text, { categories: [], detections: [], setAside: [aside] }, { channel: 'email' });
    expect(report).toContain('No moments detected.\nSet aside by the second look (reads like a look-alike): Price or budget — trigger price.x on "price"');
  });
});

describe('the CLI', () => {
  it('streams JSON lines through the real script, in order, with a malformed line', () => {
    const input = [
      line({ id: 'one', text: 'Could you just send me some info?', channel: 'caption' }),
      '{"id": "two", "text": "unterminated',
      '',
      line({ id: 'three', text: "Hi Sam,\n\nIt's too expensive for us.\n\nBest,\nDana", channel: 'email' }),
    ].join('\n');
    const run = spawnSync('npx', ['tsx', 'scripts/analyze.ts'], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.trim().split('\n').map((s) => JSON.parse(s) as Record<string, unknown>);
    expect(out).toHaveLength(3);
    expect(out.map((o) => o.id)).toEqual(['one', null, 'three']);
    expect(out[0]).toMatchObject({ categories: ['info_brushoff'] });
    expect(out[1]!.error).toMatch(/^line 2: invalid JSON: /);
    expect(out[2]).toMatchObject({ categories: ['price'] });
    const d = (out[2] as unknown as OutputResult).detections[0]!;
    expect(Object.keys(d)).toEqual(['category', 'trigger', 'start', 'end', 'text']);
    expect("Hi Sam,\n\nIt's too expensive for us.\n\nBest,\nDana".slice(d.start, d.end)).toBe(d.text);
  }, 60_000);
});
