import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from './index';
import { MAX_ANALYSED_CHARS } from './engine';
import type { AnalyzeOptions, AnalysisResult } from './types';
import { mulberry32 } from '../../scripts/bench/prng';

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;
const repeat = (r: Rand, n: number, f: () => string) => Array.from({ length: n }, f).join('');

const corpusLines = ['labelled', 'holdout'].flatMap((name) =>
  readFileSync(fileURLToPath(new URL(`../../corpus/${name}.jsonl`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

const WHITESPACE = [' ', '\t', '\n', '\r\n', '\r', '\u00A0', '\u2028', '\u2029', '\u3000', '\u000B', '\f'];
const EMOJI = ['🙂', '👍🏽', '👨‍👩‍👧‍👦', '🇬🇧', '❤️', '🔥', '🤷‍♀️', '✅', '💸', '🧾'];
const RTL = ['مرحبا، هل يمكنك إرسال بعض المعلومات؟', 'السعر مرتفع جدا', 'שלום, זה יקר מדי', 'אנחנו לא מעוניינים', '\u200F', '\u202B', '\u202E', '\u202C'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F', '\u180E'];
const HTML = [
  '<script>alert("send me some info")</script>',
  '<b>too expensive</b>',
  '<div class="x">',
  '</div>',
  '<br/>',
  '<img src=x onerror=alert(1)>',
  '&nbsp;',
  '&amp;',
  '<!-- not interested -->',
  '<style>p{color:red}</style>',
  '<a href="mailto:x@y.z">send me info</a>',
];
const PUNCT = ['!', '?', '.', ',', ';', ':', '-', '—', '…', "'", '"', '(', ')', '>', '*', '/', '\\', '{', '}', '[', ']', '|', '^', '$', '#'];
const TRICKY = [
  'On Mon, 2 Mar 2026 at 09:00, Dana <d@a.com> wrote:\n',
  '-----Original Message-----\n',
  'From: Dana\nSent: Monday\n',
  '-- \n',
  'Best,\n',
  '> ',
  'we we we we we ',
  'um uh erm ',
  'we- we- we- ',
  "don't n't '' ''s ",
  'organisation organise ',
  '#Value {send} (a|b) ',
];

/** Random UTF-16 code units, including lone surrogates and control characters. */
function binaryJunk(r: Rand, n: number): string {
  return String.fromCharCode(...Array.from({ length: n }, () => (r() < 0.1 ? 0xd800 + int(r, 0x800) : int(r, 0x10000))));
}

function junk(r: Rand): string {
  switch (int(r, 9)) {
    case 0: return pick(r, WHITESPACE);
    case 1: return pick(r, EMOJI);
    case 2: return pick(r, RTL);
    case 3: return pick(r, ZERO_WIDTH);
    case 4: return pick(r, HTML);
    case 5: return binaryJunk(r, 1 + int(r, 8));
    case 6: return repeat(r, 1 + int(r, 20), () => pick(r, PUNCT));
    case 7: return pick(r, TRICKY);
    default: return 'x'.repeat(1 + int(r, 60));
  }
}

/** A corpus text with junk spliced in at random points. */
function spliced(r: Rand): string {
  let text = pick(r, corpusLines);
  const cuts = 1 + int(r, 6);
  for (let i = 0; i < cuts; i++) {
    const at = int(r, text.length + 1);
    text = text.slice(0, at) + junk(r) + text.slice(at);
  }
  return text;
}

const GENERATORS: Record<string, (r: Rand) => string> = {
  empty: () => '',
  whitespace: (r) => repeat(r, int(r, 200), () => pick(r, WHITESPACE)),
  emoji: (r) => repeat(r, 1 + int(r, 50), () => (r() < 0.7 ? pick(r, EMOJI) : ' ')),
  rtl: (r) => repeat(r, 1 + int(r, 6), () => `${pick(r, RTL)} ${r() < 0.3 ? pick(r, corpusLines) : ''}`),
  zeroWidth: (r) => pick(r, corpusLines).replace(/(?:)/gu, () => (r() < 0.15 ? pick(r, ZERO_WIDTH) : '')),
  html: (r) => repeat(r, 1 + int(r, 10), () => (r() < 0.5 ? pick(r, HTML) : pick(r, corpusLines))),
  binary: (r) => binaryJunk(r, int(r, 3000)),
  longWord: (r) => `${r() < 0.5 ? 'send me ' : ''}${pick(r, ['a', 'info', 'x-', "'", 'é'])}`.repeat(1 + int(r, 20_000)),
  punctuation: (r) => repeat(r, 1 + int(r, 5), () => pick(r, PUNCT).repeat(1 + int(r, 3000))),
  tricky: (r) => repeat(r, 1 + int(r, 40), () => pick(r, TRICKY) + (r() < 0.4 ? pick(r, corpusLines) : '')),
  spliced,
  mixed: (r) => repeat(r, 1 + int(r, 30), () => (r() < 0.5 ? spliced(r) : junk(r))),
};

const detector = getDefaultDetector();
const ROLES: AnalyzeOptions['role'][] = [undefined, 'customer', 'rep', 'any'];

function check(text: string, options: AnalyzeOptions, label: string): AnalysisResult {
  let result: AnalysisResult | undefined;
  expect(() => (result = detector.analyze(text, options)), label).not.toThrow();
  const r = result!;
  expect(Array.isArray(r.categories), label).toBe(true);
  expect(Array.isArray(r.detections), label).toBe(true);
  for (const d of r.detections) {
    expect(typeof d.category === 'string' && typeof d.trigger === 'string', label).toBe(true);
    expect(Number.isInteger(d.start) && Number.isInteger(d.end), label).toBe(true);
    expect(d.start, label).toBeGreaterThanOrEqual(0);
    expect(d.end, label).toBeGreaterThan(d.start);
    expect(d.end, label).toBeLessThanOrEqual(text.length);
    expect(text.slice(d.start, d.end), label).toBe(d.text);
    expect(['customer', 'rep', 'anyone'], label).toContain(d.speakers);
  }
  expect([...new Set(r.detections.map((d) => d.category))].sort(), label).toEqual([...r.categories].sort());
  expect(new Set(r.categories).size, label).toBe(r.categories.length);
  if (text.length <= MAX_ANALYSED_CHARS) expect(r.truncated, label).toBeUndefined();
  return r;
}

describe('fuzz', () => {
  const PER_GENERATOR = 45; // 12 generators x 45 = 540 inputs, each on a random channel and role

  it.each(Object.keys(GENERATORS))('%s: never throws and returns well-formed results', (name) => {
    const seed = [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
    const r = mulberry32(seed);
    for (let i = 0; i < PER_GENERATOR; i++) {
      const text = GENERATORS[name]!(r);
      const options: AnalyzeOptions = { channel: r() < 0.5 ? 'email' : 'caption', role: pick(r, ROLES) };
      check(text, options, `${name} #${i} (seed ${seed}) ${JSON.stringify(options)} ${JSON.stringify(text.slice(0, 80))}`);
    }
  }, 120_000);

  it('still finds a brush-off surrounded by junk', () => {
    const text = `${'\u{1F642}'.repeat(50)} <div>\u200B</div> Could you just send me some information? ${'!'.repeat(500)}`;
    expect(check(text, { channel: 'caption' }, 'junk-wrapped').categories).toEqual(['info_brushoff']);
  });

  it('completes on 1 MB of mixed text and says it was truncated', () => {
    const r = mulberry32(1);
    let text = '';
    while (text.length < 1024 * 1024) text += `${r() < 0.6 ? pick(r, corpusLines) : junk(r)}${r() < 0.3 ? '\n' : ' '}`;
    text = text.slice(0, 1024 * 1024);
    for (const channel of ['email', 'caption'] as const) {
      const result = check(text, { channel }, `1 MB ${channel}`);
      expect(result.truncated).toBe(true);
      expect(result.detections.every((d) => d.end <= MAX_ANALYSED_CHARS)).toBe(true);
    }
  }, 120_000);

  it('handles a surrogate pair cut at the truncation limit', () => {
    const text = `${'a '.repeat(MAX_ANALYSED_CHARS / 2 - 1)}x\u{1F642}too expensive`;
    expect(text.length).toBeGreaterThan(MAX_ANALYSED_CHARS);
    expect(check(text, { channel: 'caption' }, 'surrogate at limit').truncated).toBe(true);
  });

  it('does not mistake non-string input for text', () => {
    for (const value of [undefined, null, 42, {}]) {
      expect(detector.analyze(value as unknown as string, { channel: 'caption' })).toEqual({ categories: [], detections: [] });
    }
  });
});
