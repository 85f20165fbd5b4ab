import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { CompiledPattern, compileSource } from './engine';
import { packSources, parseSnapshot, serializeSnapshot, snapshotOf, snapshotReader } from './precompiled';
import type { TriggerPack } from './types';

const pack: TriggerPack = {
  sets: { logistics: ['(agenda|invite)'], turn: ['(but|though) we (love|like) it'] },
  triggers: [
    { id: 't.send', category: 'info_brushoff', patterns: ['{send} me (some|the)? (info|brochure)'], unless: ['@logistics'] },
    { id: 't.price', category: 'price', phrases: ['too expensive'], unlessInText: ['/^zz+$/'] },
  ],
};

describe('compiled pattern snapshot', () => {
  it('lists every source a detector compiles, sets expanded', () => {
    expect(packSources(pack).sort()).toEqual(['(agenda|invite)', '(but|though) we (love|like) it', '/^zz+$/', '{send} me (some|the)? (info|brochure)', 'too expensive'].sort());
  });

  it('survives JSON, and its patterns parse to what compiling gives (Sets and RegExps included)', () => {
    const snapshot = snapshotOf(pack);
    const revived = parseSnapshot(serializeSnapshot(snapshot));
    expect(revived).toEqual(snapshot);
    const regs = revived.flatMap(([, patterns]) => patterns.flatMap((p) => new CompiledPattern(p).regs)) as unknown as Record<string, unknown>[];
    expect(regs).toEqual(revived.flatMap(([source]) => compileSource(source).flatMap((p) => p.regs)));
    expect(regs.some((r) => r.fastOr instanceof Set)).toBe(true);
    expect(regs.some((r) => r.regex instanceof RegExp)).toBe(true);
  });

  it('one entry per line, so a pack change is a small diff', () => {
    const text = serializeSnapshot(snapshotOf(pack));
    expect(text.trim().split('\n')).toHaveLength(packSources(pack).length);
  });

  it('reads a source back on demand, and nothing for a source it does not hold', () => {
    const snapshot = snapshotOf(pack);
    const read = snapshotReader(serializeSnapshot(snapshot));
    for (const [source, parts] of snapshot) expect(read(source)).toEqual(parts);
    expect(read('not in the pack')).toBeUndefined();
  });

  it('revived patterns match in compromise exactly as freshly compiled ones', () => {
    const snapshot = snapshotOf(pack);
    const revived = new Map(parseSnapshot(serializeSnapshot(snapshot)));
    const texts = ['can you send me the brochure', 'sent me some info yesterday', 'send me the agenda', 'zzz', 'but we love it', 'too expensive'];
    let found = 0;
    for (const [source, parts] of snapshot) {
      const patterns = compileSource(source);
      expect(patterns.map((p) => p.parts())).toEqual(parts);
      patterns.forEach((p, k) => {
        const again = new CompiledPattern(revived.get(source)![k]!);
        for (const text of texts) {
          const fresh = nlp(text).match(p.regs as never).text();
          found += fresh ? 1 : 0;
          expect(nlp(text).match(again.regs as never).text()).toBe(fresh);
        }
      });
    }
    expect(found).toBeGreaterThanOrEqual(5);
  });
});
