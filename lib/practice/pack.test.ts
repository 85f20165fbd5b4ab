import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TruthSerumDB } from '../storage/db';
import { PRACTICE_PACK_FORMAT, exportPracticePack, importPracticePack, parsePracticePack } from './pack';
import { saveStory } from './stories';

const names: string[] = [];
let n = 0;
const freshDb = () => {
  const name = `practice-pack-${Date.now()}-${n++}`;
  names.push(name);
  return new TruthSerumDB(name);
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('practice packs', () => {
  it('round-trips drills and shareable stories only', async () => {
    const a = freshDb();
    await a.practiceDrills.put({ id: 'd1', category: 'stall', customerLine: 'Ping me next year.', channel: 'caption', createdAt: 1 });
    await saveStory(a, { id: 's1', title: 'Acme', text: 'Switched after a bad audit.', categories: ['competitor'], shareable: true });
    await saveStory(a, { id: 's2', title: 'Private', text: 'Named the champion.', categories: ['authority'], shareable: false });
    const pack = await exportPracticePack(a, 'Team drills');
    expect(pack).toMatchObject({ format: PRACTICE_PACK_FORMAT, version: 1, name: 'Team drills' });
    expect(pack.stories.map((s) => s.id)).toEqual(['s1']);

    const b = freshDb();
    const r = await importPracticePack(b, JSON.stringify(pack));
    expect(r).toEqual({ ok: true, summary: { drillsAdded: 1, drillsUpdated: 0, storiesAdded: 1, storiesUpdated: 0 } });
    expect(await b.practiceDrills.get('d1')).toMatchObject({ customerLine: 'Ping me next year.' });
    expect(await b.stories.get('s1')).toMatchObject({ shareable: true, categories: ['competitor'] });
    const again = await importPracticePack(b, pack);
    expect(again.ok && again.summary).toMatchObject({ drillsUpdated: 1, storiesUpdated: 1 });
    a.close();
    b.close();
  });

  it('refuses bad files with a useful error, and changes nothing', async () => {
    const db = freshDb();
    await db.practiceDrills.put({ id: 'keep', category: 'price', customerLine: 'Too dear.', channel: 'caption', createdAt: 1 });
    const before = await db.practiceDrills.toArray();
    const base = { format: PRACTICE_PACK_FORMAT, version: 1 };
    const cases: [unknown, RegExp][] = [
      ['{nope', /not valid JSON/],
      ['[]', /holds no object/],
      [{ format: 'truth-serum-pack', version: 1 }, /"format" is "truth-serum-pack"/],
      [{ ...base, version: 2 }, /newer Truth Serum/],
      [{ ...base, drills: [{ id: 'x', category: 'Bad Cat', customerLine: 'hi' }] }, /drills\[0\]\.category/],
      [{ ...base, drills: [{ id: 'keep', category: 'price', customerLine: 'new' }, { id: 'ok', category: 'price', customerLine: '' }] }, /drills\[1\]\.customerLine: the customer line is empty/],
      [{ ...base, drills: [{ id: 'a', category: 'price', customerLine: 'x' }, { id: 'a', category: 'stall', customerLine: 'y' }] }, /used twice/],
      [{ ...base, stories: [{ id: 's', title: 't', text: 'x', categories: [] }] }, /at least one category/],
    ];
    for (const [input, error] of cases) {
      const r = await importPracticePack(db, input);
      expect(r.ok, String(error)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(error);
    }
    expect(await db.practiceDrills.toArray()).toEqual(before);
    expect(await db.stories.count()).toBe(0);
    expect(parsePracticePack({ ...base }).ok).toBe(true);
    db.close();
  });
});
