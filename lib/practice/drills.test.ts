import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../detection/taxonomy';
import { TruthSerumDB } from '../storage/db';
import { fakeMoment } from '../storage/test-moments';
import { BOX_DAYS, DAY, buildDrills, chooseRound, drillsFromMoments, excerptAround, nextSchedule, progressByDay, recordAttempt } from './drills';
import { EXAMPLE_LINES } from './examples';
import { scoreAnswer } from './scorer';
import { saveStory, storiesFor } from './stories';

const names: string[] = [];
let n = 0;
const freshDb = () => {
  const name = `practice-test-${Date.now()}-${n++}`;
  names.push(name);
  return new TruthSerumDB(name);
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('drills from history', () => {
  it('takes the customer sentence around the detection, with the highlight inside it', () => {
    const text = 'Thanks for the call. Honestly, could you just send me some information? We are busy.';
    const start = text.indexOf('send me some information');
    const ex = excerptAround(text, start, start + 24);
    expect(ex.text).toBe('Honestly, could you just send me some information?');
    expect(ex.text.slice(ex.start, ex.end)).toBe('send me some information');
  });

  it('skips rep moments and duplicates, keeps redacted text as stored', () => {
    const moments = [
      fakeMoment({ id: 'a', text: 'Email [email] and send me some information?', detections: [{ category: 'info_brushoff', trigger: 't', start: 18, end: 42, text: 'send me some information', speakers: 'customer' }] }),
      fakeMoment({ id: 'b', text: 'Email [email] and send me some information?', detections: [{ category: 'info_brushoff', trigger: 't', start: 18, end: 42, text: 'send me some information', speakers: 'customer' }] }),
      fakeMoment({ id: 'c', role: 'rep', text: "Sure, I'll send info", categories: ['info_brushoff'] }),
    ];
    const drills = drillsFromMoments(moments);
    expect(drills).toHaveLength(1);
    expect(drills[0]).toMatchObject({ origin: 'history', category: 'info_brushoff', customerLine: 'Email [email] and send me some information?', momentId: 'a', channel: 'email' });
  });

  it('fills categories the rep has not met from the built-in examples', () => {
    const drills = buildDrills([fakeMoment({ id: 'a' })]);
    expect(drills.filter((d) => d.category === 'info_brushoff').every((d) => d.origin === 'history')).toBe(true);
    for (const c of CATEGORY_IDS.filter((c) => c !== 'info_brushoff')) {
      expect(drills.filter((d) => d.category === c && d.origin === 'playbook')).toHaveLength(EXAMPLE_LINES[c].length);
    }
  });
});

describe('spaced repetition', () => {
  it('moves a category up a box on a good answer and back to box 1 on a weak one', () => {
    const now = 1_000_000;
    const a = nextSchedule(undefined, 'price', 90, now);
    expect(a).toMatchObject({ box: 1, due: now, attempts: 1 });
    const b = nextSchedule(a, 'price', 80, now);
    expect(b).toMatchObject({ box: 2, due: now + BOX_DAYS[1] * DAY, attempts: 2 });
    expect(nextSchedule(b, 'price', 30, now)).toMatchObject({ box: 1, due: now });
    let s = b;
    for (let i = 0; i < 10; i++) s = nextSchedule(s, 'price', 100, now);
    expect(s.box).toBe(5);
  });

  it('brings weak and due categories first, and mixes a round', () => {
    const drills = buildDrills([]);
    const now = 10 * DAY;
    const schedule = CATEGORY_IDS.map((c, i) => ({ category: c, box: c === 'complaint' ? 1 : 4, due: c === 'complaint' ? now - 1 : now + (i + 1) * DAY, attempts: 3, updatedAt: 0 }));
    const round = chooseRound(drills, schedule, { categories: 'mixed', size: 8, now, random: () => 0.3 });
    expect(round[0]!.category).toBe('complaint');
    expect(new Set(round.map((d) => d.category)).size).toBe(8);
    const only = chooseRound(drills, schedule, { categories: ['price', 'stall'], size: 4, now });
    expect(only.every((d) => d.category === 'price' || d.category === 'stall')).toBe(true);
    expect(only).toHaveLength(4);
    expect(chooseRound(drills, [], { categories: ['nothing_here'], now })).toEqual([]);
  });

  it('records attempts and the schedule together, and charts progress per day', async () => {
    const db = freshDb();
    const [drill] = buildDrills([]).filter((d) => d.category === 'stall');
    const good = "Which part are you still weighing up? If it's a no, that's fine to say.";
    const t0 = 5 * DAY + 3600_000;
    await recordAttempt(db, drill!, good, scoreAnswer(good, { category: 'stall', channel: 'caption' }), t0);
    await recordAttempt(db, drill!, 'ok', scoreAnswer('ok', { category: 'stall', channel: 'caption' }), t0 + DAY);
    const attempts = await db.practiceAttempts.toArray();
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.met).toEqual(expect.arrayContaining(['customer_question', 'ok_to_say_no']));
    expect(await db.practiceSchedule.get('stall')).toMatchObject({ box: 1, attempts: 2 });
    const p = progressByDay(attempts);
    expect(p.days).toHaveLength(2);
    expect(p.attempts.stall).toBe(2);
    expect(p.scores.stall![0]).toBe(attempts[0]!.score);
    db.close();
  });
});

describe('stories', () => {
  it('finds stories by category, newest first, shareable only on request', async () => {
    const db = freshDb();
    await saveStory(db, { id: 's1', title: ' Acme ', text: 'They bought for the audit trail.', categories: ['skepticism', 'price', 'price'], shareable: false }, 1);
    await saveStory(db, { id: 's2', title: 'Globex', text: 'A colleague vouched for us.', categories: ['skepticism'], shareable: true }, 2);
    expect((await storiesFor('skepticism', { db })).map((s) => s.id)).toEqual(['s2', 's1']);
    expect((await storiesFor('skepticism', { db, shareableOnly: true })).map((s) => s.id)).toEqual(['s2']);
    expect((await storiesFor('price', { db }))[0]).toMatchObject({ title: 'Acme', categories: ['skepticism', 'price'] });
    expect(await storiesFor('stall', { db })).toEqual([]);
    db.close();
  });
});
