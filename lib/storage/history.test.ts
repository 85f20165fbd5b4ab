import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TruthSerumDB, withDerivedFields, type MomentRecord } from './db';
import { allMatching, conversationMoments, distinctKeys, foreground, HistoryAborted, historyHead, historyPageAt, historySince, matchingKeys, momentsToCsv, momentsToJson, queryHistory, quickCount, weekStart, weeklyByCategory, weeklyCharts, weeklyOutcomes, type HistoryFilter } from './history';
import { fakeMoment } from './test-moments';
import { SOURCES } from '../sources';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5); // a Monday
const CATS = ['info_brushoff', 'stall', 'price', 'competitor'];

function seed(n: number): MomentRecord[] {
  return Array.from({ length: n }, (_, i) =>
    fakeMoment({
      id: `m${String(i).padStart(4, '0')}`,
      createdAt: T0 + i * (DAY / 4),
      updatedAt: T0 + i * (DAY / 4),
      source: SOURCES[i % 4]!,
      conversationId: `c${i % 10}`,
      categories: [CATS[i % 3]!, 'skepticism'],
      speaker: `Person ${i % 6}`,
      speakerEmail: i % 2 ? `person${i % 6}@acme.example` : null,
      text: i % 17 === 0 ? `We are happy with Vendor X (${i})` : `Send me some info (${i})`,
      feedback: i % 5 === 0 ? 'helpful' : i % 7 === 0 ? 'not_this' : null,
      usedSuggestionId: i % 4 === 0 ? 's1' : null,
    }),
  );
}

/** The same filter, answered by brute force. */
function expected(all: MomentRecord[], f: HistoryFilter): MomentRecord[] {
  return all
    .filter((m) => {
      const d = withDerivedFields(m);
      if (f.category && !m.categories.includes(f.category)) return false;
      if (f.source && m.source !== f.source) return false;
      if (f.from !== undefined && m.createdAt < f.from) return false;
      if (f.to !== undefined && m.createdAt > f.to) return false;
      if (f.prospect && d.prospectKey !== f.prospect.trim().toLowerCase()) return false;
      if (f.conversationId && m.conversationId !== f.conversationId) return false;
      if (f.used !== undefined && Boolean(m.usedSuggestionId) !== f.used) return false;
      if (f.helpful !== undefined && (m.feedback === 'helpful') !== f.helpful) return false;
      if (f.text && !m.text.toLowerCase().includes(f.text.toLowerCase())) return false;
      return true;
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}

let db: TruthSerumDB;
let all: MomentRecord[];
beforeEach(async () => {
  db = new TruthSerumDB(`history-test-${Math.random()}`);
  all = seed(400);
  await db.moments.bulkPut(all);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('queryHistory', () => {
  const filters: HistoryFilter[] = [
    {},
    { category: 'stall' },
    { source: 'zoom' },
    { category: 'price', source: 'meet' },
    { from: T0 + 10 * DAY, to: T0 + 40 * DAY },
    { category: 'info_brushoff', from: T0 + 20 * DAY },
    { prospect: '  PERSON3@acme.example ' },
    { prospect: 'person 2' },
    { used: true },
    { used: false, source: 'gmail' },
    { helpful: true },
    { helpful: false, category: 'stall' },
    { text: 'vendor x' },
    { text: 'VENDOR', source: 'teams', to: T0 + 60 * DAY },
    { conversationId: 'c3', category: 'price' },
    // Every moment's second category: found by it as by the first.
    { category: 'skepticism' },
    { category: 'skepticism', source: 'zoom', from: T0 + 10 * DAY },
  ];
  it.each(filters)('matches a brute-force filter: %j', async (f) => {
    const want = expected(all, f);
    const page = await queryHistory(db, { ...f, limit: 25, offset: 5 });
    expect(page.total).toBe(want.length);
    expect(page.moments.map((m) => m.id)).toEqual(want.slice(5, 30).map((m) => m.id));
  });

  it('reads deep pages from the other end, with the same result', async () => {
    for (const f of [{}, { source: 'zoom' as const }, { text: 'send' }]) {
      const want = expected(all, f);
      for (const offset of [want.length - 3, want.length - 30, Math.floor(want.length * 0.6), want.length + 5]) {
        const page = await queryHistory(db, { ...f, limit: 20, offset });
        expect(page.moments.map((m) => m.id)).toEqual(want.slice(offset, offset + 20).map((m) => m.id));
      }
      const asc = await queryHistory(db, { ...f, limit: 10, offset: want.length - 10, order: 'asc' });
      expect(asc.moments.map((m) => m.id)).toEqual([...want].reverse().slice(want.length - 10).map((m) => m.id));
    }
  });

  it('uses the most selective index', async () => {
    // 'helpful' holds 1 in 5; a source holds 1 in 4.
    expect((await queryHistory(db, { helpful: true, source: 'meet', limit: 1 })).index).toBe('[feedback+createdAt]');
    expect((await queryHistory(db, { prospect: 'person1@acme.example', category: 'stall', limit: 1 })).index).toBe('[prospectKey+createdAt]');
    expect((await queryHistory(db, { category: 'stall', limit: 1 })).index).toBe('categoryAt');
    expect((await queryHistory(db, { from: T0, limit: 1 })).index).toBe('createdAt');
  });

  it('finds a moment by any of its categories, not only the first', async () => {
    await db.moments.put(fakeMoment({ id: 'multi', createdAt: T0 + 1000 * DAY, categories: ['stall', 'complaint', 'price'] }));
    for (const category of ['stall', 'complaint', 'price'] as const) {
      expect((await queryHistory(db, { category, limit: 1 })).moments.map((m) => m.id)).toEqual(['multi']);
      expect((await historyHead(db, { category, source: 'gmail' }, 1)).map((m) => m.id)).toEqual(['multi']);
      expect((await quickCount(db, { category, from: T0 + 999 * DAY }))).toBe(1);
    }
    expect(await quickCount(db, { category: 'complaint' })).toBe(1);
    // A later edit drops a category: the moment is no longer found by it.
    await db.moments.update('multi', { categories: ['stall'] });
    expect(await quickCount(db, { category: 'complaint' })).toBe(0);
  });

  it('pages oldest first when asked', async () => {
    const page = await queryHistory(db, { conversationId: 'c1', limit: 3, order: 'asc' });
    expect(page.moments.map((m) => m.id)).toEqual(['m0001', 'm0011', 'm0021']);
  });

  it('allMatching walks every page', async () => {
    expect((await allMatching(db, { source: 'meet' }, 7)).length).toBe(100);
  });
});

/** Every combination of the filters (each off or on, with one or two values), 576 in all. */
function everyCombination(): HistoryFilter[] {
  const axes: HistoryFilter[][] = [
    [{}, { category: 'stall' }],
    [{}, { source: 'meet' }],
    [{}, { from: T0 + 10 * DAY, to: T0 + 70 * DAY }],
    [{}, { prospect: 'Person 3' }],
    [{}, { used: true }, { used: false }],
    [{}, { helpful: true }, { helpful: false }],
    [{}, { text: 'vendor' }],
    [{}, { conversationId: 'c3' }],
  ];
  return axes.reduce<HistoryFilter[]>((acc, axis) => acc.flatMap((f) => axis.map((g) => ({ ...f, ...g }))), [{}]);
}

describe('every filter combination, against brute force', () => {
  const combos = everyCombination();
  it(`answers all ${combos.length}: first rows, keys, totals and a middle page`, async () => {
    // Person 3 is on odd moments, by email: prospect keys are person3@acme.example there; use one that exists.
    for (const raw of combos) {
      const f = raw.prospect ? { ...raw, prospect: 'person3@acme.example' } : raw;
      const want = expected(all, f).map((m) => m.id);
      const head = await historyHead(db, f, 7);
      expect(head.map((m) => m.id), JSON.stringify(f)).toEqual(want.slice(0, 7));
      const { keys } = await matchingKeys(db, f, { chunk: 13 });
      expect(keys, JSON.stringify(f)).toEqual(want);
      const counted = await quickCount(db, f);
      if (counted !== null) expect(counted, JSON.stringify(f)).toBe(want.length);
      const page = await queryHistory(db, { ...f, limit: 5, offset: 3 });
      expect(page.total).toBe(want.length);
      expect(page.moments.map((m) => m.id), JSON.stringify(f)).toEqual(want.slice(3, 8));
    }
  }, 60_000);

  it('stops the first read after scanLimit moments, newest first, missing none it read', async () => {
    const f: HistoryFilter = { text: 'vendor' };
    const want = expected(all, f).map((m) => m.id);
    // 'vendor' is on every 17th moment: 40 read hold 2 or 3 of them.
    const head = await historyHead(db, f, 10, { scanLimit: 40 });
    expect(head.map((m) => m.id)).toEqual(want.slice(0, head.length));
    expect(head.length).toBeGreaterThan(0);
    expect(head.length).toBeLessThan(4);
  });

  it('reads the first rows in chunks across moments that share a createdAt, in the key order', async () => {
    const same = T0 + 1000 * DAY;
    await db.moments.bulkPut(
      Array.from({ length: 260 }, (_, i) => fakeMoment({ id: `t${String(i).padStart(3, '0')}`, createdAt: same + Math.floor(i / 90), updatedAt: same, source: i % 3 ? 'zoom' : 'meet', categories: ['stall'] })),
    );
    for (const f of [{ category: 'stall', source: 'meet' }, { source: 'zoom', text: 'send' }] as HistoryFilter[]) {
      const { keys } = await matchingKeys(db, f);
      const head = await historyHead(db, f, 40, { scanLimit: 5000 });
      expect(head.map((m) => m.id), JSON.stringify(f)).toEqual(keys.slice(0, 40));
    }
  });

  it('counts natively only when one index range answers exactly', async () => {
    expect(await quickCount(db, {})).toBe(400);
    expect(await quickCount(db, { category: 'stall', from: T0 + 10 * DAY })).toBe(expected(all, { category: 'stall', from: T0 + 10 * DAY }).length);
    expect(await quickCount(db, { category: 'stall', source: 'zoom' })).toBeNull();
    expect(await quickCount(db, { text: 'vendor' })).toBeNull();
    expect(await quickCount(db, { helpful: false })).toBeNull();
  });

  it('reads any page of a counted filter from the nearer end, ignoring moments written after the count', async () => {
    for (const f of [{}, { category: 'stall' }, { source: 'zoom', from: T0 + 5 * DAY }] as HistoryFilter[]) {
      const want = expected(all, f).map((m) => m.id);
      for (const start of [0, 7, Math.floor(want.length / 2), want.length - 9, want.length - 1]) {
        expect((await historyPageAt(db, f, start, 8, want.length)).map((m) => m.id), JSON.stringify([f, start])).toEqual(want.slice(start, start + 8));
      }
    }
    const upTo = all[all.length - 1]!.createdAt;
    await db.moments.put(fakeMoment({ id: 'later', createdAt: upTo + 1, updatedAt: upTo + 1, categories: ['stall'] }));
    const want = expected(all, { category: 'stall' }).map((m) => m.id);
    expect((await historyPageAt(db, { category: 'stall' }, 0, 3, want.length, upTo)).map((m) => m.id)).toEqual(want.slice(0, 3));
    await expect(historyPageAt(db, { category: 'stall', source: 'zoom' }, 0, 3, 10)).rejects.toThrow();
  });

  it('stops a stale key scan when aborted', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(matchingKeys(db, { text: 'send' }, { signal: abort.signal })).rejects.toBeInstanceOf(HistoryAborted);
  });

  it('reads what was written since a time, for the live list', async () => {
    const since = T0 + 399 * (DAY / 4);
    await db.moments.bulkPut([
      fakeMoment({ id: 'new-stall', createdAt: since + 1000, updatedAt: since + 1000, categories: ['stall'] }),
      fakeMoment({ id: 'new-price', createdAt: since + 2000, updatedAt: since + 2000, categories: ['price'] }),
    ]);
    expect((await historySince(db, {}, since)).map((m) => m.id)).toEqual(['new-price', 'new-stall', 'm0399']);
    expect((await historySince(db, { category: 'stall' }, since + 1)).map((m) => m.id)).toEqual(['new-stall']);
    expect(await historySince(db, { to: since - 1 }, since)).toEqual([]);
  });
});

describe('distinctKeys', () => {
  it('lists each key of an index once, ascending, up to a maximum', async () => {
    expect(await distinctKeys(db, 'categories')).toEqual([...new Set(all.flatMap((m) => m.categories))].sort());
    const prospects = [...new Set(all.map((m) => withDerivedFields(m).prospectKey).filter((p): p is string => p !== null))].sort();
    expect(await distinctKeys(db, 'prospectKey')).toEqual(prospects);
    expect(await distinctKeys(db, 'prospectKey', 3)).toEqual(prospects.slice(0, 3));
    await db.moments.clear();
    expect(await distinctKeys(db, 'categories')).toEqual([]);
  });
});

describe('conversationMoments', () => {
  it('returns one conversation, oldest first', async () => {
    const ms = await conversationMoments(db, 'c2');
    expect(ms).toHaveLength(40);
    expect(ms.every((m) => m.conversationId === 'c2')).toBe(true);
    expect(ms.map((m) => m.createdAt)).toEqual([...ms.map((m) => m.createdAt)].sort((a, b) => a - b));
  });
});

describe('weekly charts', () => {
  it('weekStart is a Monday', () => {
    expect(new Date(weekStart(T0 + 3 * DAY + 5000)).getUTCDay()).toBe(1);
    expect(weekStart(T0 + 3 * DAY)).toBe(T0);
  });
  it('counts moments per week by primary category', async () => {
    const w = await weeklyByCategory(db);
    // 400 moments, 4 a day: 100 days, 15 weeks.
    expect(w.weeks).toHaveLength(15);
    const total = Object.values(w.series).flat().reduce((a, b) => a + b, 0);
    expect(total).toBe(400);
    expect(w.series.stall?.[0]).toBe(all.filter((m) => m.createdAt < T0 + 7 * DAY && m.categories[0] === 'stall').length);
  });
  it('holds the chart counts back while a foreground read is in flight', async () => {
    let release!: () => void;
    const held = foreground(() => new Promise<void>((resolve) => (release = resolve)));
    let done = false;
    const charts = weeklyCharts(db).then((c) => ((done = true), c));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false);
    release();
    await held;
    expect((await charts).outcomes.series.moments!.reduce((a, b) => a + b, 0)).toBe(400);
  });
  it('counts used and helpful per week', async () => {
    const w = await weeklyOutcomes(db, { to: T0 + 14 * DAY - 1 });
    expect(w.weeks).toEqual([T0, T0 + 7 * DAY]);
    expect(w.series.moments).toEqual([28, 28]);
    expect(w.series.used?.[0]).toBe(all.slice(0, 28).filter((m) => m.usedSuggestionId).length);
    expect(w.series.helpful?.[1]).toBe(all.slice(28, 56).filter((m) => m.feedback === 'helpful').length);
  });
});

describe('export', () => {
  it('writes CSV with escaped quotes, commas, newlines and no formulas', () => {
    const csv = momentsToCsv([fakeMoment({ id: 'q', text: 'He said "no",\nthen =SUM(A1)', conversationTitle: '=HYPERLINK("x")' })]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('id,createdAt,source,kind,conversationId,conversationTitle,speaker,speakerEmail,categories,triggers,text,feedback,usedSuggestionId');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"He said ""no"",\nthen =SUM(A1)"');
  });
  it('writes JSON that round-trips', () => {
    const m = fakeMoment({ id: 'j' });
    expect(JSON.parse(momentsToJson([m])).moments).toEqual([m]);
  });
});
