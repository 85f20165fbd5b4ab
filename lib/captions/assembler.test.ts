import { describe, expect, it } from 'vitest';
import { CaptionAssembler } from './assembler';
import { show, TIMELINES, type Timeline } from './timelines';
import type { CaptionLine, Utterance } from './types';
import { mulberry32 } from '../../scripts/bench/prng';

/** Plays a timeline; block keys become stable objects, like DOM elements. */
function play(timeline: Timeline): { assembler: CaptionAssembler; emitted: Utterance[][] } {
  const assembler = new CaptionAssembler(timeline.options);
  const elements = new Map<string, object>();
  const element = (key: string) => elements.get(key) ?? elements.set(key, { key }).get(key)!;
  const emitted = timeline.steps.map((step) => {
    if ('tick' in step) return assembler.tick(step.at);
    if ('flush' in step) return assembler.flush(step.at);
    return assembler.ingest(step.lines.map(([key, speaker, text]) => ({ key: element(key), speaker, text })), step.at);
  });
  return { assembler, emitted };
}

describe('CaptionAssembler on recorded timelines', () => {
  it.each(TIMELINES.map((t) => [t.name, t] as const))('%s', (_name, timeline) => {
    const { emitted } = play(timeline);
    timeline.steps.forEach((step, i) => {
      expect(emitted[i]?.map(show), `step ${i} at ${step.at} ms${step.note ? ` (${step.note})` : ''}`).toEqual(step.expect);
    });
  });

  it.each(TIMELINES.map((t) => [t.name, t] as const))('%s: ids, revisions and finality stay consistent', (_name, timeline) => {
    const { assembler, emitted } = play(timeline);
    const all = [...emitted.flat(), ...assembler.flush(1e9)];
    const last = new Map<string, Utterance>();
    let highest = 0;
    for (const u of all) {
      const before = last.get(u.id);
      const n = Number(u.id.slice(u.id.lastIndexOf(':') + 1));
      if (!before) {
        expect(n, `${u.id} is the next id`).toBe(highest + 1);
        highest = n;
      } else {
        expect(before.final, `${u.id} changed after it was final`).toBe(false);
        expect(u.revision - before.revision, `${u.id} revision step`).toBeLessThanOrEqual(1);
        expect(u.revision).toBeGreaterThanOrEqual(before.revision);
        expect(u.startedAt).toBe(before.startedAt);
      }
      last.set(u.id, u);
    }
    expect([...last.values()].every((u) => u.final)).toBe(true);
  });
});

describe('pause finalisation', () => {
  const line = (key: object, text: string): CaptionLine[] => [{ key, speaker: 'Sam', text }];

  it.each([
    { pauseMs: undefined, idleAt: 2499, finalAt: 2500 },
    { pauseMs: 1000, idleAt: 999, finalAt: 1000 },
  ])('tick finalises after pauseMs=$pauseMs', ({ pauseMs, idleAt, finalAt }) => {
    const a = new CaptionAssembler({ idPrefix: 'p', pauseMs });
    const key = {};
    expect(a.ingest(line(key, 'hello'), 0).map(show)).toEqual(['p:1 r0 Sam: hello']);
    expect(a.tick(idleAt)).toEqual([]);
    expect(a.tick(finalAt)).toEqual([{ id: 'p:1', speaker: 'Sam', text: 'hello', startedAt: 0, updatedAt: 0, final: true, revision: 0 }]);
    expect(a.tick(finalAt + 5000)).toEqual([]);
  });

  it('a block that grows after a silence starts a new utterance even without a tick', () => {
    const a = new CaptionAssembler({ idPrefix: 'p' });
    const key = {};
    a.ingest(line(key, 'hello'), 0);
    expect(a.ingest(line(key, 'hello there'), 1000).map(show)).toEqual(['p:1 r1 Sam: hello there']);
    expect(a.ingest(line(key, 'hello there, any questions?'), 9000)).toEqual([
      { id: 'p:1', speaker: 'Sam', text: 'hello there', startedAt: 0, updatedAt: 1000, final: true, revision: 1 },
      { id: 'p:2', speaker: 'Sam', text: 'any questions?', startedAt: 9000, updatedAt: 9000, final: false, revision: 0 },
    ]);
  });

  it('unchanged snapshots do not keep an utterance alive', () => {
    const a = new CaptionAssembler({ idPrefix: 'p' });
    const key = {};
    a.ingest(line(key, 'hello'), 0);
    expect(a.ingest(line(key, 'hello'), 2000)).toEqual([]);
    expect(a.ingest(line(key, 'hello'), 2600).map(show)).toEqual(['p:1 r0 final Sam: hello']);
  });
});

describe('replay suppression', () => {
  const riley = (key: object, text: string): CaptionLine => ({ key, speaker: 'Riley', text });

  it('only applies to blocks that appear right after captions come back', () => {
    const a = new CaptionAssembler({ idPrefix: 'r' });
    a.ingest([riley({}, 'we need to think about it')], 0);
    expect(a.flush(1000).map(show)).toEqual(['r:1 r0 final Riley: we need to think about it']);
    expect(a.ingest([], 2000)).toEqual([]); // captions still hidden: the grace period has not started
    expect(a.ingest([riley({}, 'We need to think about it.')], 60_000)).toEqual([]);
    // Much later the same words are real speech again.
    expect(a.ingest([riley({}, 'We need to think about it.')], 70_000).map(show)).toEqual(['r:2 r0 Riley: We need to think about it.']);
  });

  it('without a flush, a new block repeating earlier words is new speech', () => {
    const a = new CaptionAssembler({ idPrefix: 'r' });
    a.ingest([riley({}, 'not right now')], 0);
    expect(a.ingest([riley({}, 'not right now')], 500).map(show)).toEqual(['r:1 r0 final Riley: not right now', 'r:2 r0 Riley: not right now']);
  });

  it('keeps words that were never seen before the toggle', () => {
    const a = new CaptionAssembler({ idPrefix: 'r' });
    a.ingest([riley({}, 'the budget is frozen')], 0);
    a.flush(500);
    expect(a.ingest([riley({}, 'the budget is frozen until March')], 900).map(show)).toEqual(['r:2 r0 Riley: until March']);
  });

  it('ignores history of another speaker and forgets beyond replayMemory', () => {
    const a = new CaptionAssembler({ idPrefix: 'r', replayMemory: 1 });
    a.ingest([riley({}, 'first thing we said')], 0);
    a.ingest([riley({}, 'second thing we said')], 100); // closes r:1: the new block is another element
    a.flush(200);
    expect(a.size).toBe(1);
    expect(
      a.ingest(
        [riley({}, 'first thing we said'), riley({}, 'second thing we said'), { key: {}, speaker: 'Avery', text: 'second thing we said' }],
        300,
      ).map(show),
    ).toEqual(['r:3 r0 final Riley: first thing we said', 'r:4 r0 Avery: second thing we said']); // Avery's block closes Riley's
  });
});

describe('repeated words', () => {
  const key = {};
  const grow = (a: CaptionAssembler) => [a.ingest([{ key, speaker: 'Riley', text: 'can we' }], 0), a.ingest([{ key, speaker: 'Riley', text: 'can we can we push this out' }], 300)].flat().map((u) => u.text);

  it('keeps a speaker stutter that arrives in one read when the platform never shows stale windows', () => {
    expect(grow(new CaptionAssembler({ idPrefix: 's', collapseRepeats: false }))).toEqual(['can we', 'can we can we push this out']);
  });

  it("collapses it as Zoom's stale window by default", () => {
    expect(grow(new CaptionAssembler({ idPrefix: 's' }))).toEqual(['can we', 'can we push this out']);
  });
});

describe('replay memory is bounded in characters too', () => {
  it('forgets the oldest long utterances beyond replayChars, and still suppresses the recent ones', () => {
    const a = new CaptionAssembler({ idPrefix: 'c', replayChars: 600 });
    const turn = (i: number) => Array.from({ length: 30 }, (_, j) => `t${i}w${j}`).join(' '); // ~170 characters each
    for (let i = 0; i < 10; i++) a.ingest([{ key: {}, speaker: 'Riley', text: turn(i) }], i * 100);
    a.flush(1000);
    expect(a.size).toBe(3); // 10 fingerprints would be ~1,700 characters
    // Captions back on with the last four turns as history: only the three remembered are recognised as replay.
    const back = a.ingest([6, 7, 8, 9].map((i) => ({ key: {}, speaker: 'Riley', text: turn(i) })), 1100);
    expect(back.map((u) => u.text)).toEqual([turn(6)]);
  });
});

describe('memory over a one-hour call', () => {
  const VOCAB = [
    ...new Set(
      ('we looked at the numbers again and the price is still above what finance approved for this year so I would ' +
        'need a case for extra seats before anyone signs off on renewal next quarter honestly our team likes product ' +
        'but legal wants security review first can you send me pricing sheet maybe call back in two weeks').split(' '),
    ),
  ];
  /** Deterministic pseudo-random words, never the same word twice in a row. */
  function speech(count: number, seed = 7): string[] {
    const rand = mulberry32(seed);
    const words: string[] = [];
    while (words.length < count) {
      const word = VOCAB[Math.floor(rand() * VOCAB.length)]!;
      if (word !== words.at(-1)) words.push(word);
    }
    return words;
  }

  it('Meet: about 9,000 words in 1,000 blocks keeps size bounded and loses nothing', () => {
    const replayMemory = 200;
    const a = new CaptionAssembler({ idPrefix: 'meet:x', replayMemory });
    const words = speech(9000);
    const screen: Array<{ key: object; speaker: string; text: string }> = [];
    const finals: Utterance[] = [];
    let now = 0;
    let maxSize = 0;
    for (let turn = 0; turn < 1000; turn++) {
      const block = { key: {}, speaker: turn % 2 ? 'Riley Park' : 'Avery Chen', text: '' };
      screen.push(block);
      if (screen.length > 3) screen.shift(); // older blocks scroll away
      for (let w = 0; w < 9; w++, now += 400) {
        block.text = `${block.text} ${words[turn * 9 + w]}`.trim();
        if (w === 8) block.text += '.'; // re-punctuated as the turn ends
        // Meet re-cases the previous block after it was closed: must not create utterances.
        const previous = screen.at(-2);
        if (w === 1 && previous) previous.text = previous.text[0]!.toUpperCase() + previous.text.slice(1);
        finals.push(...a.ingest(screen.map((b) => ({ ...b })), now).filter((u) => u.final));
        maxSize = Math.max(maxSize, a.size);
      }
    }
    finals.push(...a.flush(now));
    expect(now).toBe(3_600_000);
    expect(maxSize).toBeLessThanOrEqual(replayMemory + 20);
    expect(a.size).toBe(replayMemory); // only fingerprints are left, capped
    expect(finals).toHaveLength(1000);
    expect(finals.map((u) => u.id)).toEqual(Array.from({ length: 1000 }, (_, i) => `meet:x:${i + 1}`));
    expect(finals.map((u) => u.text)).toEqual(Array.from({ length: 1000 }, (_, t) => `${words.slice(t * 9, t * 9 + 9).join(' ')}.`));
  });

  it('Zoom: one rolling root for the whole call, with pauses and a long monologue', () => {
    const replayMemory = 50;
    const a = new CaptionAssembler({ idPrefix: 'zoom:x', replayMemory, maxUtteranceChars: 600 });
    const key = {};
    const words = speech(9000, 11);
    const finals: Utterance[] = [];
    let now = 0;
    let maxSize = 0;
    for (let i = 0; i < words.length; i++) {
      now += 400;
      finals.push(...a.ingest([{ key, speaker: null, text: words.slice(Math.max(0, i - 11), i + 1).join(' ') }], now));
      // Pauses every 9 words, except for a 400-word monologue in the middle.
      if (i % 9 === 8 && (i < 4000 || i > 4400)) {
        now += 3000;
        finals.push(...a.tick(now));
      }
      maxSize = Math.max(maxSize, a.size);
    }
    finals.push(...a.flush(now));
    const closed = finals.filter((u) => u.final);
    expect(maxSize).toBeLessThanOrEqual(replayMemory + 20);
    expect(closed.map((u) => u.text).join(' ')).toBe(words.join(' '));
    expect(new Set(closed.map((u) => u.id)).size).toBe(closed.length);
    expect(Math.max(...closed.map((u) => u.text.length))).toBeLessThanOrEqual(600);
    expect(closed.filter((u) => u.text.length > 500).length).toBeGreaterThanOrEqual(3); // the monologue was split
  });
});
