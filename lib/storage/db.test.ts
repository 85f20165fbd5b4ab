import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, TruthSerumDB, withDerivedFields, type MomentRecord } from './db';
import { fakeMoment } from './test-moments';

let counter = 0;
const names: string[] = [];
function freshName(): string {
  const name = `db-test-${Date.now()}-${counter++}`;
  names.push(name);
  return name;
}
/** A moment as schema v2 and v3 stored it: derived fields without categoryAt (added in v4). */
function v2Shape(m: MomentRecord): MomentRecord {
  const { categoryAt: _dropped, ...rest } = withDerivedFields(m);
  return rest;
}

/** Moments whose categoryAt index holds `category` (any position), as the history page asks. */
function byAnyCategory(db: TruthSerumDB, category: string) {
  return db.moments.where('categoryAt').between([category, -Infinity], [category, Infinity], true, true);
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/**
 * Writes `originals` (and whatever `seed` adds) into a fresh database at an older schema version, then opens it with
 * the current schema: the upgrade must run and keep every moment. Returns the open database and its moments by id.
 */
async function upgradeFrom(
  version: number,
  stores: Record<string, string | null>,
  originals: MomentRecord[],
  seed: (old: Dexie) => Promise<unknown>,
): Promise<{ db: TruthSerumDB; byId: Map<string, MomentRecord> }> {
  const name = freshName();
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.table('moments').bulkPut(originals);
  await seed(old);
  old.close();

  const db = new TruthSerumDB(name);
  await db.open();
  expect(db.verno).toBe(4);
  const after = await db.moments.orderBy('id').toArray();
  expect(after).toHaveLength(originals.length);
  return { db, byId: new Map(after.map((m) => [m.id, m])) };
}

describe('withDerivedFields', () => {
  it('derives primaryCategory, prospectKey and used without touching the input', () => {
    const m = fakeMoment({ id: 'a', categories: ['price', 'stall'], usedSuggestionId: 'price-q1' });
    const d = withDerivedFields(m);
    expect(d).toMatchObject({ primaryCategory: 'price', prospectKey: 'dana.ortiz@contoso.example', used: 1, categoryAt: [['price', m.createdAt], ['stall', m.createdAt]] });
    expect(withDerivedFields(fakeMoment({ id: 'dup', categories: ['price', 'price'] })).categoryAt).toEqual([['price', m.createdAt]]);
    expect(m).not.toHaveProperty('primaryCategory');
  });
  it('falls back to the speaker name, then null', () => {
    expect(withDerivedFields(fakeMoment({ id: 'b', speakerEmail: null, speaker: ' Riley Chen ' })).prospectKey).toBe('riley chen');
    expect(withDerivedFields(fakeMoment({ id: 'c', speakerEmail: null, speaker: null })).prospectKey).toBeNull();
    expect(withDerivedFields(fakeMoment({ id: 'd', categories: [] })).primaryCategory).toBe('unknown');
  });
});

describe('schema v2 upgrade', () => {
  it('keeps every v1 moment and fills the derived fields', async () => {
    const originals: MomentRecord[] = Array.from({ length: 250 }, (_, i) =>
      fakeMoment({
        id: `gmail:c${i % 7}:${i}`,
        createdAt: 1_700_000_000_000 + i * 60_000,
        conversationId: `c${i % 7}`,
        categories: i % 3 === 0 ? ['price', 'stall'] : ['stall'],
        speaker: i % 5 === 0 ? null : `Person ${i % 4}`,
        speakerEmail: i % 2 === 0 ? `Person${i % 4}@Example.COM` : null,
        feedback: i % 11 === 0 ? 'helpful' : null,
        usedSuggestionId: i % 13 === 0 ? 'stall-r1' : null,
      }),
    );
    const { db, byId } = await upgradeFrom(1, SCHEMA_V1, originals, (v1) =>
      v1.table('adapters').put({ key: '1:meet', tabId: 1, source: 'meet', state: 'listening', detail: '', conversationId: null, updatedAt: 1 }),
    );
    for (const o of originals) {
      const m = byId.get(o.id)!;
      expect(m).toMatchObject(o);
      expect(m).toEqual(withDerivedFields(o));
    }
    expect(await db.adapters.count()).toBe(1);
    // The new indexes answer queries.
    expect(await db.moments.where('primaryCategory').equals('price').count()).toBe(originals.filter((o) => o.categories[0] === 'price').length);
    expect(await db.moments.where('[prospectKey+createdAt]').between(['person0@example.com', -Infinity], ['person0@example.com', Infinity]).count()).toBe(
      originals.filter((o) => withDerivedFields(o).prospectKey === 'person0@example.com').length,
    );
    expect(await db.moments.where('[used+createdAt]').between([1, -Infinity], [1, Infinity]).count()).toBe(originals.filter((o) => o.usedSuggestionId).length);
    expect(await db.moments.where('feedback').equals('helpful').count()).toBe(originals.filter((o) => o.feedback === 'helpful').length);
    // Found by a second category too: every moment is a stall, a third of them after price.
    expect(await byAnyCategory(db, 'stall').count()).toBe(originals.length);
    expect(await byAnyCategory(db, 'price').count()).toBe(originals.filter((o) => o.categories.includes('price')).length);
    db.close();
  });
});

describe('writes keep derived fields right', () => {
  it('fills them on put and recomputes them on update', async () => {
    const db = new TruthSerumDB(freshName());
    await db.moments.put(fakeMoment({ id: 'x', categories: ['competitor'] }));
    expect(await db.moments.get('x')).toMatchObject({ primaryCategory: 'competitor', prospectKey: 'dana.ortiz@contoso.example', used: 0 });
    await db.moments.update('x', { usedSuggestionId: 'competitor-q1', categories: ['price'] });
    expect(await db.moments.get('x')).toMatchObject({ primaryCategory: 'price', used: 1 });
    await db.moments.bulkPut([fakeMoment({ id: 'y', speakerEmail: null, speaker: 'Sam' })]);
    expect((await db.moments.get('y'))?.prospectKey).toBe('sam');
    db.close();
  });
});

describe('schema v3 upgrade', () => {
  it('opens a v2 database and adds the practice tables without losing anything', async () => {
    const originals = Array.from({ length: 120 }, (_, i) =>
      v2Shape(fakeMoment({ id: `meet:c${i % 5}:${i}`, createdAt: 1_700_000_000_000 + i * 1000, categories: i % 2 ? ['complaint'] : ['price'], usedSuggestionId: i % 7 === 0 ? 'price-r1' : null })),
    );
    const { db, byId } = await upgradeFrom(2, SCHEMA_V2, originals, async (v2) => {
      await v2.table('adapters').put({ key: '2:zoom', tabId: 2, source: 'zoom', state: 'idle', detail: '', conversationId: null, updatedAt: 1 });
      await v2.table('dismissedTriggers').put({ key: 'price:too-expensive', category: 'price', trigger: 'too-expensive', momentId: 'meet:c0:0', createdAt: 5 });
    });
    for (const o of originals) expect(byId.get(o.id)).toEqual(withDerivedFields(o));
    expect(await db.adapters.count()).toBe(1);
    expect(await db.dismissedTriggers.get('price:too-expensive')).toMatchObject({ momentId: 'meet:c0:0' });
    expect(await db.moments.where('[primaryCategory+createdAt]').between(['complaint', -Infinity], ['complaint', Infinity]).count()).toBe(60);
    // The new tables work.
    await db.practiceAttempts.add({ createdAt: 10, category: 'price', drillId: 'd1', channel: 'caption', score: 80, met: ['concise'], missed: [], answer: 'x' });
    await db.practiceSchedule.put({ category: 'price', box: 2, due: 100, attempts: 1, updatedAt: 10 });
    await db.stories.put({ id: 's1', title: 'Why Acme bought', text: 'They wanted fewer outages.', categories: ['complaint', 'price'], shareable: true, createdAt: 1, updatedAt: 1 });
    await db.practiceDrills.put({ id: 'custom-1', category: 'stall', customerLine: 'Next year maybe.', channel: 'caption', createdAt: 1 });
    expect(await db.practiceAttempts.where('[category+createdAt]').between(['price', -Infinity], ['price', Infinity]).count()).toBe(1);
    expect(await db.stories.where('categories').equals('complaint').count()).toBe(1);
    expect(await db.practiceSchedule.where('due').below(200).count()).toBe(1);
    db.close();
  });
});

describe('schema v4 upgrade', () => {
  it('opens a v3 database, indexes every category of every moment and keeps the practice data', async () => {
    const originals = Array.from({ length: 300 }, (_, i) =>
      v2Shape(
        fakeMoment({
          id: `zoom:c${i % 9}:${i}`,
          createdAt: 1_700_000_000_000 + i * 60_000,
          conversationId: `c${i % 9}`,
          categories: i % 4 === 0 ? ['price', 'competitor'] : i % 4 === 1 ? ['competitor'] : ['stall'],
          feedback: i % 5 === 0 ? 'helpful' : null,
        }),
      ),
    );
    const { db, byId } = await upgradeFrom(3, SCHEMA_V3, originals, async (v3) => {
      await v3.table('practiceAttempts').add({ createdAt: 10, category: 'price', drillId: 'd1', channel: 'caption', score: 80, met: ['concise'], missed: [], answer: 'x' });
      await v3.table('practiceSchedule').put({ category: 'price', box: 2, due: 100, attempts: 1, updatedAt: 10 });
      await v3.table('stories').put({ id: 's1', title: 'Acme', text: 'They wanted fewer outages.', categories: ['complaint'], shareable: true, createdAt: 1, updatedAt: 1 });
      await v3.table('practiceDrills').put({ id: 'custom-1', category: 'stall', customerLine: 'Next year maybe.', channel: 'caption', createdAt: 1 });
      await v3.table('dismissedTriggers').put({ key: 'stall:next-year', category: 'stall', trigger: 'next-year', momentId: 'zoom:c2:2', createdAt: 5 });
    });
    for (const o of originals) {
      expect(byId.get(o.id)).toMatchObject(o);
      expect(byId.get(o.id)).toEqual(withDerivedFields(o));
    }
    // Competitor is the first category of a quarter and the second of another quarter: found either way, in time order.
    const competitor = await byAnyCategory(db, 'competitor').primaryKeys();
    expect(competitor).toEqual(originals.filter((o) => o.categories.includes('competitor')).map((o) => o.id));
    expect(competitor).toHaveLength(150);
    // A date range within one category.
    const from = 1_700_000_000_000 + 100 * 60_000;
    const to = 1_700_000_000_000 + 199 * 60_000;
    expect(await db.moments.where('categoryAt').between(['price', from], ['price', to], true, true).count()).toBe(25);
    expect(await db.practiceAttempts.count()).toBe(1);
    expect(await db.practiceSchedule.get('price')).toMatchObject({ box: 2 });
    expect(await db.stories.where('categories').equals('complaint').count()).toBe(1);
    expect(await db.practiceDrills.get('custom-1')).toMatchObject({ customerLine: 'Next year maybe.' });
    expect(await db.dismissedTriggers.count()).toBe(1);
    // New writes and updates keep the index right.
    await db.moments.update('zoom:c1:1', { categories: ['complaint', 'competitor'] });
    expect(await byAnyCategory(db, 'complaint').primaryKeys()).toEqual(['zoom:c1:1']);
    db.close();
  });
});
