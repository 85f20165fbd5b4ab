import { describe, expect, it } from 'vitest';
import { f1Of, mistakes, parseCorpus, ratio, score, type Scored } from './metrics';

const items: Scored[] = [
  { id: 'p1', kind: 'positive', labels: ['a'], predicted: ['a'] }, // a: TP
  { id: 'p2', kind: 'positive', labels: ['a'], predicted: [] }, // a: FN
  { id: 'p3', kind: 'positive', labels: ['a', 'b'], predicted: ['a', 'c'] }, // a: TP, c: FP, b: FN
  { id: 'p4', kind: 'positive', labels: ['b'], predicted: ['b'] }, // b: TP
  { id: 'h1', kind: 'hard_negative', labels: [], predicted: ['a'] }, // a: FP, fired
  { id: 'h2', kind: 'hard_negative', labels: [], predicted: [] },
  { id: 'n1', kind: 'negative', labels: [], predicted: [] },
  { id: 'n2', kind: 'negative', labels: [], predicted: [] },
];

describe('score', () => {
  const r = score(items, ['a', 'b', 'c', 'd']);
  const by = (c: string) => r.perCategory.find((x) => x.category === c)!;

  it('counts TP, FP and FN per category, multi-label', () => {
    expect(by('a')).toMatchObject({ tp: 2, fp: 1, fn: 1, support: 3 });
    expect(by('b')).toMatchObject({ tp: 1, fp: 0, fn: 1, support: 2 });
    expect(by('c')).toMatchObject({ tp: 0, fp: 1, fn: 0, support: 0 });
    expect(by('d')).toMatchObject({ tp: 0, fp: 0, fn: 0, support: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('computes precision, recall and F1', () => {
    expect(by('a').precision).toBeCloseTo(2 / 3);
    expect(by('a').recall).toBeCloseTo(2 / 3);
    expect(by('a').f1).toBeCloseTo(2 / 3);
    expect(by('b').precision).toBe(1);
    expect(by('b').recall).toBe(0.5);
    expect(by('b').f1).toBeCloseTo(2 / 3);
    expect(by('c').f1).toBe(0);
  });

  it('macro-averages over categories that occur in labels or predictions (d is left out)', () => {
    expect(r.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 0) / 3);
  });

  it('computes micro scores and exact matches', () => {
    // TP 3, FP 2, FN 2
    expect(r.micro.precision).toBeCloseTo(3 / 5);
    expect(r.micro.recall).toBeCloseTo(3 / 5);
    expect(r.micro.f1).toBeCloseTo(3 / 5);
    // p1, p4, h2, n1, n2
    expect(r.exactMatch).toBeCloseTo(5 / 8);
  });

  it('computes fire rates on negatives', () => {
    expect(r.negativeFireRate).toEqual({ fired: 1, total: 4, rate: 0.25 });
    expect(r.hardNegativeFireRate).toEqual({ fired: 1, total: 2, rate: 0.5 });
    expect(r.plainNegativeFireRate).toEqual({ fired: 0, total: 2, rate: 0 });
  });

  it('keeps the given category order and appends unseen ones', () => {
    expect(score(items, ['b']).perCategory.map((c) => c.category)).toEqual(['b', 'a', 'c']);
  });

  it('handles an empty set', () => {
    const e = score([], ['a']);
    expect(e.macroF1).toBe(0);
    expect(e.negativeFireRate).toEqual({ fired: 0, total: 0, rate: 0 });
  });

  it('ignores duplicate predictions', () => {
    expect(score([{ id: 'x', kind: 'positive', labels: ['a'], predicted: ['a', 'a'] }]).perCategory[0]).toMatchObject({ tp: 1, fp: 0 });
  });
});

describe('helpers', () => {
  it('ratio and f1 are 0 when undefined', () => {
    expect(ratio(0, 0)).toBe(0);
    expect(f1Of(0, 0)).toBe(0);
    expect(f1Of(1, 0.5)).toBeCloseTo(2 / 3);
  });

  it('lists mistakes with what was missed and what was extra', () => {
    expect(mistakes(items).map((m) => [m.id, m.missed, m.extra])).toEqual([
      ['p2', ['a'], []],
      ['p3', ['b'], ['c']],
      ['h1', [], ['a']],
    ]);
  });

  it('parses a corpus and reports bad lines with their number', () => {
    const ok = '{"id":"x","text":"t","channel":"email","labels":["a"],"kind":"positive"}\n\n{"id":"y","text":"u","channel":"caption","labels":[],"kind":"hard_negative"}\n';
    expect(parseCorpus(ok).map((l) => [l.id, l.kind])).toEqual([
      ['x', 'positive'],
      ['y', 'hard_negative'],
    ]);
    expect(() => parseCorpus('{"id":"x"}', 'c.jsonl')).toThrow('c.jsonl:1: expected');
    expect(() => parseCorpus('ok\n{', 'c.jsonl')).toThrow('c.jsonl:1: invalid JSON');
  });
});
