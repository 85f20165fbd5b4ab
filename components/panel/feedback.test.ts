import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TruthSerumDB } from '@/lib/storage/db';
import { fakeMoment } from '@/lib/storage/test-moments';
import { setFeedback } from './feedback';

let db: TruthSerumDB;
beforeEach(() => {
  db = new TruthSerumDB(`feedback-test-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('setFeedback', () => {
  it('"Not this" stores the feedback and remembers the triggers; pressing again forgets them', async () => {
    const m = fakeMoment({ id: 'a' });
    await db.moments.put(m);
    expect(await setFeedback(db, m, 'not_this', 5)).toBe('not_this');
    expect((await db.moments.get('a'))?.feedback).toBe('not_this');
    expect(await db.dismissedTriggers.toArray()).toEqual([{ key: 'info_brushoff:send-info', category: 'info_brushoff', trigger: 'send-info', momentId: 'a', createdAt: 5 }]);

    expect(await setFeedback(db, { ...m, feedback: 'not_this' }, 'not_this')).toBeNull();
    expect((await db.moments.get('a'))?.feedback).toBeNull();
    expect(await db.dismissedTriggers.count()).toBe(0);
  });
  it('"Helpful" replaces "Not this" and un-dismisses', async () => {
    const m = fakeMoment({ id: 'b', feedback: 'not_this' });
    await db.moments.put(m);
    await db.dismissedTriggers.put({ key: 'info_brushoff:send-info', category: 'info_brushoff', trigger: 'send-info', momentId: 'b', createdAt: 1 });
    expect(await setFeedback(db, m, 'helpful')).toBe('helpful');
    expect((await db.moments.get('b'))?.feedback).toBe('helpful');
    expect(await db.dismissedTriggers.count()).toBe(0);
  });
});
