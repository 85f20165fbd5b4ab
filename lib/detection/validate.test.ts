import { describe, expect, it } from 'vitest';
import { createDetector } from './engine';
import { validateException, validatePattern, validatePhrase, validatePhraseOrPattern } from './validate';

const message = (r: { ok: boolean; message?: string }) => (r.ok ? 'ok' : r.message);

describe('validatePhrase', () => {
  it('accepts plain phrases', () => {
    expect(validatePhrase('circle the wagons')).toEqual({ ok: true });
    expect(validatePhrase("we'll revisit in Q3")).toEqual({ ok: true });
  });
  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['x'.repeat(301), /301 characters long; the limit is 300/],
    ['send (me|us) info', /plain words.*"\(".*Advanced patterns/],
    ['price?!', /plain words/],
    ['...', /no words/],
    ['one\ntwo', /line break/],
  ])('rejects %j', (phrase, expected) => {
    expect(message(validatePhrase(phrase))).toMatch(expected);
  });
  it('rejects what is not text', () => {
    expect(message(validatePhrase(42))).toMatch(/must be text/);
  });
});

describe('validatePattern', () => {
  it.each(['{send} (me|us) (a|the)? brochure', 'call (me|us) in #Date', '[(price|cost)] is too high', '({ring}|{phone}) me back', '(i|we) (will|can) . {read} .{0,3} later', '#Value (seats|licenses)'])(
    'accepts %j',
    (pattern) => {
      expect(validatePattern(pattern)).toEqual({ ok: true });
    },
  );

  it.each([
    ['', /empty/],
    ['a '.repeat(151), /characters long; the limit is 300/],
    ['send /(a+)+$/ now', /Regular expressions/],
    ['/.*/', /Regular expressions/],
    ['. . . . . wagons', /5 wildcards.*at most 4/],
    ['a* b* c* d* e*', /5 wildcards/],
    ['a+ b .{0,2} c . d . e .', /5 wildcards/],
    ['wagons .{0,50}', /up to 50 words; at most 8/],
    ['wagons .{2,}', /no upper bound/],
    ['wagons .{5,2}', /smallest count above its largest/],
    ['(a|(b|c)) d', /character 4 is inside "\(…": groups cannot be nested/],
    ['[a [b]] c', /cannot be nested/],
    ['(send|email me info', /"\(" at character 1 is never closed: add "\)"/],
    ['send me) info', /"\)" at character 8 has no opening "\("/],
    ['[send me) info', /"\[" at character 1 is closed by "\)" at character 9/],
    ['send () info', /empty group/],
    ['send (me||us) info', /choice in \(a\|b\) is empty/],
    ['cherry-picked|cherry picked', /only works inside a group/],
    ['#Nuon is expensive', /#Nuon is not a tag compromise knows/],
    ['# price', /followed by a tag name/],
    ['.? .*', /any (words|text)/],
  ])('rejects %j with a precise message', (pattern, expected) => {
    expect(message(validatePattern(pattern))).toMatch(expected);
  });

  it('routes phrases and patterns as the engine does', () => {
    expect(validatePhraseOrPattern('circle the wagons')).toEqual({ ok: true });
    expect(message(validatePhraseOrPattern('(a|(b|c))'))).toMatch(/nested/);
  });

  it('knows the named sets in exceptions', () => {
    expect(validateException('@buying_signal', ['buying_signal'])).toEqual({ ok: true });
    expect(message(validateException('@nope', ['buying_signal']))).toMatch(/no set called @nope.*@buying_signal/);
    expect(validateException('next steps', [])).toEqual({ ok: true });
  });
});

describe('safety: hostile input never stalls a detector built from accepted patterns', () => {
  const HOSTILE = [
    '/(a+)+$/',
    '/(x|x|x)*y/',
    '.* .* .* .* .* .* wagons',
    '(a|a|a|a)* (a|a|a|a)* (a|a|a|a)* (a|a|a|a)* (a|a|a|a)*',
    '.{0,1000} wagons',
    '((((((a))))))',
    '#NotATag',
    `${'(a|b) '.repeat(80)}`,
    '[[[[a]]]]',
    '. .',
    ')(',
  ];
  // The worst the validator lets through: the maximum wildcards, the longest repeat, optional terms, tags.
  const WORST_ACCEPTED = [
    '. . .{0,8} .{0,8} wagons',
    'a+ . .{0,8} .? circle',
    '#Noun .{0,8} #Verb .{0,8} #Noun . the',
    '(a|an|the)? .{0,8} (a|an|the)? .{0,8} (a|an|the)? . (a|an|the) .',
    'circle the wagons',
  ];

  it('rejects every hostile pattern', () => {
    for (const p of HOSTILE) expect(validatePattern(p).ok, p).toBe(false);
  });

  it('accepts the worst-case patterns, and a detector built from them finishes on 100 KB of text', () => {
    for (const p of WORST_ACCEPTED) expect(validatePhraseOrPattern(p), p).toEqual({ ok: true });
    const accepted = WORST_ACCEPTED;
    const detector = createDetector({ triggers: accepted.map((p, i) => ({ id: `t${i}`, category: 'stall', patterns: [p], speakers: 'anyone' })) });
    const words = ['a', 'the', 'circle', 'wagons', 'aaaa', 'an', 'price', 'Dana', 'sent', 'a', 'a', 'x'];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += words[(i * 7 + (i >> 3)) % words.length] + (i % 40 === 39 ? '. ' : ' ');
    const lines = ['a '.repeat(50_000), text.slice(0, 100_000)];
    for (const input of lines) {
      const started = performance.now();
      for (const channel of ['email', 'caption'] as const) {
        const result = detector.analyze(input, { channel, role: 'any' });
        expect(Array.isArray(result.detections)).toBe(true);
      }
      console.info(`validate.test: ${accepted.length} worst-case accepted patterns on ${input.length} chars, both channels: ${(performance.now() - started).toFixed(0)} ms`);
    }
  });
});
