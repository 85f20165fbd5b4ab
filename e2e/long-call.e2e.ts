import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../lib/detection';
import { mulberry32 } from '../scripts/bench/prng';
import { launchWithExtension, openPanel, routeHost, type ExtensionBrowser } from './support/extension';
import { storedMoments } from './support/gmail';
import { BRUSH_OFFS, BURST_LINES, FILLERS, pageCdp, tally } from './support/load';
import { installDriver, type MeetReplayDriver } from './support/replay/call';

/**
 * A one-hour Meet call (≥ 9,000 words) replayed at about 50× into the Meet fixture: four customers and the rep,
 * words shown half-heard before they settle, earlier words corrected in place, monologues that split into several
 * utterances and roll off the block's front, two real pauses inside a speaker's block, and captions toggled off and
 * on five times with history replayed. The page's heap (the content script's isolated world shares it) is measured
 * after a forced GC: the JS data at the end of the hour must stay within a small bound of the data after the first
 * minutes, and every scripted brush-off must be stored exactly once, with its speaker. Figures are printed.
 */

const MINUTES = 60;
const WORDS_PER_MINUTE = 125;
/**
 * JS data (objects and strings, not compiled code) after the hour vs after BASELINE_MINUTE, both after a forced GC.
 * Keeping every report would add megabytes; keeping one small record per utterance (~1,000) well over 100 KB.
 */
const MAX_DATA_GROWTH = 128 * 1024;
/** The same from half time to the end, when the bounded replay memory is long full. */
const MAX_LATE_DATA_GROWTH = 48 * 1024;
/** The whole JS heap, compiled code included. */
const MAX_HEAP_GROWTH = 512 * 1024;
const BASELINE_MINUTE = 5;
/** Meet trims a block's front past this many characters (a monologue runs to 600-1,000). */
const TRIM_AT = 700;
const SAMPLE_EVERY = 5;
const CUSTOMERS = [
  { label: 'Riley Park (Guest)', name: 'Riley Park' },
  { label: 'Jordan Lee', name: 'Jordan Lee' },
  { label: 'Avery Chen', name: 'Avery Chen' },
  { label: 'Sam Okafor (External)', name: 'Sam Okafor' },
];
const REP = 'You';
const detector = getDefaultDetector();
const fires = (text: string) => detector.analyze(text, { channel: 'caption', role: 'customer', source: 'meet' }).categories.length > 0;
/**
 * One brush-off a minute: the distinct ones, then more with other endings. Only lines the detector catches (this
 * test is about the caption pipeline; detection quality has its own tests).
 */
const SCRIPTED_BRUSH_OFFS = [...BRUSH_OFFS, ...BURST_LINES].filter(fires).slice(0, MINUTES);

type Step =
  | { kind: 'line'; speaker: string; words: string[]; brush: boolean }
  /** Captions off for `offMs` (long enough for the watcher's 1 s poll to notice), back on re-showing `replay` blocks. */
  | { kind: 'toggle'; offMs: number; replay: number }
  /** Real silence: the assembler closes the open utterance after 2.5 s. */
  | { kind: 'pause'; ms: number };

interface ScriptedBrushOff {
  text: string;
  speaker: string;
}

/** The hour, minute by minute; deterministic (seeded). */
function scriptHour(): { minutes: Step[][]; brushOffs: ScriptedBrushOff[]; words: number } {
  const random = mulberry32(20261127);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const minutes: Step[][] = [];
  const brushOffs: ScriptedBrushOff[] = [];
  let fillerNo = 0;
  let words = 0;
  let last = '';
  const filler = () => `${FILLERS[fillerNo % FILLERS.length]} number ${fillerNo++}`.split(' ');
  for (let m = 0; m < MINUTES; m++) {
    const steps: Step[] = [];
    let count = 0;
    const line = (speaker: string, lineWords: string[], brush = false) => {
      steps.push({ kind: 'line', speaker, words: lineWords, brush });
      count += lineWords.length;
      last = speaker;
    };
    const someoneElse = (...not: string[]) => pick([...CUSTOMERS.map((c) => c.label), REP].filter((s) => !not.includes(s)));
    const brushAt = Math.floor(random() * 3); // which line of the minute carries the brush-off
    for (let i = 0; count < WORDS_PER_MINUTE; i++) {
      if (i === brushAt) {
        const who = pick(CUSTOMERS.filter((c) => c.label !== last));
        const text = SCRIPTED_BRUSH_OFFS[m]!;
        if (m % 30 === 15) {
          // The same speaker goes on in the same block after a silence: the brush-off is an utterance of its own.
          line(who.label, filler());
          steps.push({ kind: 'pause', ms: 3000 });
        }
        line(who.label, text.split(' '), true);
        brushOffs.push({ text, speaker: who.name });
        line(someoneElse(who.label), filler());
        // Captions toggled right after a brush-off: it comes back as replayed history and must not fire again.
        if (m % 10 === 9 && m < MINUTES - 1) steps.push({ kind: 'toggle', offMs: 1200, replay: 2 });
      } else if (i % 4 === 3) {
        // A monologue well past the assembler's 600 characters: it rolls over into new utterances.
        const who = someoneElse(last);
        const turn = Array.from({ length: 10 + Math.floor(random() * 5) }, filler).flat();
        line(who, turn);
      } else {
        line(someoneElse(last), filler());
      }
    }
    words += count;
    minutes.push(steps);
  }
  return { minutes, brushOffs, words };
}

interface MinuteResult {
  mutations: number;
  /** Wall time (Date.now()) each brush-off's last word was shown. */
  shown: Array<{ text: string; at: number }>;
}

/**
 * Installs the page-side player on the Meet replay driver (e2e/support/replay/meet-driver.js, Meet's DOM shape): a
 * block per speaker turn (the same speaker keeps talking in the same block), text nodes edited in place, at most six
 * blocks on screen, and a block's front trimmed once it passes TRIM_AT characters. Holds nothing but the current block.
 */
async function installPlayer(page: Page): Promise<void> {
  await installDriver(page, 'meet');
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate((trimAt) => {
    type Block = { speaker: string; node: Text; words: string[] };
    const meet = window.callReplay as MeetReplayDriver;
    let current: Block | null = null;
    const shownBlocks = () => document.querySelectorAll('[role="region"][aria-label="Captions"] > .nMcdL').length;
    (window as unknown as Record<string, unknown>).longCall = {
      start() {
        meet.captionsOn();
      },
      play(steps: Step[], wordsPerTick: number): Promise<MinuteResult> {
        const result: MinuteResult = { mutations: 0, shown: [] };
        return new Promise((resolve) => {
          let s = 0;
          let w = 0;
          let lineStart = 0;
          const next = () => {
            s++;
            w = 0;
          };
          const tick = (): void => {
            for (let k = 0; k < wordsPerTick; ) {
              const step = steps[s];
              if (!step) return resolve(result);
              if (step.kind === 'pause') {
                next();
                return void setTimeout(tick, step.ms);
              }
              if (step.kind === 'toggle') {
                next();
                // Off: Meet removes the region. Back on: a new region re-showing the last blocks as they stood.
                meet.captionsOff();
                result.mutations++;
                return void setTimeout(() => {
                  meet.captionsOn(step.replay);
                  current = null; // whoever speaks next starts a new block
                  result.mutations += 1 + shownBlocks();
                  tick();
                }, step.offMs);
              }
              if (w === 0) {
                if (current?.speaker !== step.speaker) {
                  current = { speaker: step.speaker, node: meet.addBlock(step.speaker, '', 6).node, words: [] };
                  result.mutations++;
                }
                lineStart = current.words.length;
              }
              const block = current!;
              const word = step.words[w]!;
              block.words.push(word);
              w++;
              k++;
              const lineDone = w === step.words.length;
              // The tick's last word mid-line stays half-heard until the next tick: an in-place revision the reader sees.
              const half = k === wordsPerTick && !lineDone;
              block.node.data = half ? [...block.words.slice(0, -1), word.slice(0, Math.ceil(word.length / 2))].join(' ') : block.words.join(' ');
              result.mutations++;
              if (!step.brush && w === 3 && !lineDone) {
                // The line's first word misheard, put right by the next tick.
                block.node.data = block.words.map((x, i) => (i === lineStart ? 'uh' : x)).join(' ');
                result.mutations++;
                k = wordsPerTick;
              }
              if (block.node.data.length > trimAt) {
                // Meet trims a very long block from the front.
                block.words.splice(0, 30);
                lineStart = Math.max(0, lineStart - 30);
                block.node.data = block.words.join(' ');
                result.mutations++;
              }
              if (w === step.words.length) {
                if (step.brush) result.shown.push({ text: step.words.join(' '), at: Date.now() });
                next();
              }
            }
            setTimeout(tick, 10);
          };
          tick();
        });
      },
    };
  }, TRIM_AT);
}

interface HeapSample {
  minute: number;
  /** V8's used heap (Runtime.getHeapUsage): the page's main world and the content scripts' isolated world. */
  js: number;
  /** Blink's own objects (performance-timeline and console buffers, layout records): not the extension's. */
  embedder: number;
}

async function sampleHeap(cdp: CDPSession, minute: number): Promise<HeapSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return { minute, js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? Number.NaN };
}

/**
 * JS data after a forced GC, from a heap snapshot: every object, string, array and closure, leaving out compiled
 * code (V8 keeps optimising hot functions for a long while, a slow bounded climb that has nothing to do with how
 * many words were read) and Blink's native objects.
 */
async function dataHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const skip = new Set(['code', 'native', 'synthetic', 'hidden'].map((t) => types.indexOf(t)));
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (!skip.has(snapshot.nodes[i + typeAt]!)) total += snapshot.nodes[i + sizeAt]!;
  }
  return total;
}

describe('a replayed one-hour call', () => {
  let browser: ExtensionBrowser;
  let panel: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await routeHost(browser.context, 'https://meet.google.com/**', 'sites/meet/fixtures/captions-off.html');
    panel = await openPanel(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`Meet, ${MINUTES} minutes (at least 9,000 words): flat content-script memory, every brush-off stored once`, { timeout: 180_000 }, async () => {
    const { minutes, brushOffs, words } = scriptHour();
    // The script must mean what it says: a brush-off every minute, and no filler line fires.
    expect(FILLERS.filter(fires)).toEqual([]);
    expect(new Set(brushOffs.map((b) => b.text)).size).toBe(MINUTES);
    expect(words).toBeGreaterThanOrEqual(9000);

    const conversationId = 'lng-call-hou';
    const call = await browser.context.newPage();
    await call.goto(`https://meet.google.com/${conversationId}`);
    await installPlayer(call);
    await call.evaluate(() => (window as unknown as { longCall: { start(): void } }).longCall.start());
    await expect.poll(() => panel.getByTestId('adapter-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('listening');
    const cdp = await pageCdp(call);
    const samples: HeapSample[] = [];
    const data = new Map<number, number>();
    const shown: MinuteResult['shown'] = [];
    let mutations = 0;
    const started = Date.now();
    for (let m = 0; m < MINUTES; m++) {
      const r = await call.evaluate(
        ([steps, perTick]) => (window as unknown as { longCall: { play(s: unknown, n: number): Promise<MinuteResult> } }).longCall.play(steps, perTick),
        [minutes[m]!, 2] as const,
      );
      mutations += r.mutations;
      shown.push(...r.shown);
      if ((m + 1) % SAMPLE_EVERY === 0) samples.push(await sampleHeap(cdp, m + 1));
      if (m + 1 === BASELINE_MINUTE || m + 1 === MINUTES / 2) data.set(m + 1, await dataHeap(cdp));
    }
    const replaySeconds = (Date.now() - started) / 1000;

    // Let the last reports land (past the assembler's pause), then read the store.
    const read = async () => storedMoments(panel, conversationId);
    const deadline = Date.now() + 20_000;
    while (tally(brushOffs.map((b) => b.text), await read()).missing.length && Date.now() < deadline) await call.waitForTimeout(250);
    await call.waitForTimeout(3000);
    const end = await sampleHeap(cdp, MINUTES);
    data.set(MINUTES, await dataHeap(cdp));
    const stored = await read();
    const result = tally(brushOffs.map((b) => b.text), stored);
    await cdp.detach();

    const baseline = samples.find((x) => x.minute === BASELINE_MINUTE)!;
    const peak = Math.max(...samples.map((x) => x.js), end.js);
    const [dataStart, dataHalf, dataEnd] = [BASELINE_MINUTE, MINUTES / 2, MINUTES].map((minute) => data.get(minute) ?? Number.NaN) as [number, number, number];
    const lags = shown.map((b) => (stored.find((m) => m.text === b.text)?.updatedAt ?? Number.NaN) - b.at).sort((a, b) => a - b);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    console.log(
      [
        `long-call e2e (Meet, ${MINUTES} call-minutes replayed in ${replaySeconds.toFixed(1)} s, ${((MINUTES * 60) / replaySeconds).toFixed(0)}× speed):`,
        `  ${words} words, ${(words / replaySeconds).toFixed(0)} words/s, ${mutations} DOM mutations; 5 caption toggles, 2 pauses, monologues rolling over`,
        `  JS heap after GC (page + content script, Runtime.getHeapUsage): minute ${BASELINE_MINUTE} ${kb(baseline.js)}, peak ${kb(peak)}, end ${kb(end.js)} (+${kb(end.js - baseline.js)})`,
        `  of which data, not compiled code (heap snapshot): minute ${BASELINE_MINUTE} ${kb(dataStart)}, minute ${MINUTES / 2} ${kb(dataHalf)}, end ${kb(dataEnd)} (+${kb(dataEnd - dataStart)}; second half ${dataEnd >= dataHalf ? '+' : '−'}${kb(Math.abs(dataEnd - dataHalf))})`,
        `  samples (JS / Blink): ${samples.map((x) => `${x.minute}′ ${kb(x.js)}/${kb(x.embedder)}`).join(', ')}`,
        `  moments stored: ${stored.length} for ${brushOffs.length} scripted brush-offs (missing ${result.missing.length}, duplicated ${result.duplicated.length}, unexpected ${result.unexpected.length}); shown → stored p50 ${lags[Math.floor(lags.length / 2)]} ms`,
      ].join('\n'),
    );
    expect(result.missing, 'lost brush-offs').toEqual([]);
    expect(result.duplicated, 'brush-offs stored twice').toEqual([]);
    expect(result.unexpected, 'moments for filler, or brush-offs stored with other words').toEqual([]);
    expect(stored).toHaveLength(brushOffs.length);
    for (const b of brushOffs) expect(stored.find((m) => m.text === b.text)?.speaker, b.text).toBe(b.speaker);
    expect(dataEnd - dataStart, `JS data after the hour ${kb(dataEnd)} vs minute ${BASELINE_MINUTE} ${kb(dataStart)}`).toBeLessThan(MAX_DATA_GROWTH);
    // What the first minutes fill (the assembler's replay memory, capped in characters) is full by half time.
    expect(dataEnd - dataHalf, `JS data after the hour ${kb(dataEnd)} vs minute ${MINUTES / 2} ${kb(dataHalf)}`).toBeLessThan(MAX_LATE_DATA_GROWTH);
    expect(end.js - baseline.js, `JS heap after the hour ${kb(end.js)} vs minute ${BASELINE_MINUTE} ${kb(baseline.js)}`).toBeLessThan(MAX_HEAP_GROWTH);
    await call.close();
  });
});
