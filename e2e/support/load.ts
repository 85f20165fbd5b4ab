import type { CDPSession, Page } from 'playwright-core';
import { getDefaultDetector } from '../../lib/detection';
import type { ExtensionBrowser } from './extension';
import { storedMoments, type StoredMoment } from './gmail';
import { installDriver, type MeetReplayDriver } from './replay/call';

/**
 * Shared by e2e/delivery.e2e.ts, e2e/stress.e2e.ts and `npm run bench -- extension`: distinct caption brush-offs the
 * detector catches, bland filler it does not, a caption flood played straight into the Meet DOM shape, a page
 * heartbeat, heap figures and control of the extension's service worker through the DevTools protocol.
 */

/** Thirty different brush-offs (corpus/labelled.jsonl, caption lines), one utterance each. */
export const BRUSH_OFFS = [
  'yeah look just send me some information and i will have a look',
  'do you have like a brochure or something you could send',
  'just email it to me i am not gonna make a decision on a call',
  'if you send me an overview i will have a read over the weekend maybe',
  'is there something you can send me like a summary or a fact sheet',
  'no we are not interested thanks',
  'look i am gonna stop you there we are not interested',
  'please just take me off your list okay',
  'we are going to pass on this one',
  'honestly we do not have any need for something like that',
  'i do not think this is a fit for us at all',
  'thanks but no thanks',
  'can you put us on your do not call list please',
  'yeah let me let me think about it and i will get back to you',
  'um can you call me back next quarter things are just crazy right now',
  'let me sleep on it okay',
  'can we can we push this out a couple months',
  'i am not ready to decide anything today',
  'honestly i would say try us again in the spring',
  'follow up with me in like a month or so',
  'yeah it is just it is too expensive for us',
  'um we do not have the budget for that this year',
  'i mean i can not justify that cost to my cfo',
  'our budget is frozen until next year so',
  'the other guys quoted us like way less',
  'it is out of our price range to be honest',
  'we can not spend that kind of money on a pilot',
  'uh we already use salesforce for that',
  'we are we are actually evaluating another vendor right now',
  'we already have something that does that',
];

/** 150 more, each brush-off with a different ending: a burst where every utterance is a moment. */
export const BURST_LINES = ['alright', 'anyway', 'so yeah', 'right then', 'okay bye'].flatMap((end) => BRUSH_OFFS.map((b) => `${b} ${end}`));

/** Lines nobody would call a brush-off: the bulk of a flood. */
export const FILLERS = [
  'the depot in the north handles the morning routes',
  'we moved the drivers onto the new schedule last week',
  'the trucks leave the yard at six and come back by noon',
  'our dispatch team works out of the main office',
  'the warehouse has three loading bays on the east side',
  'most of the deliveries go to stores in the city centre',
  'the fleet has forty vans and twelve larger trucks',
  'the weekend shift covers the airport and the harbour',
  'the routes change a little every season',
  'the planners use a big whiteboard in the control room',
];

/** Throws unless every brush-off fires as a customer caption and no filler does. */
export function checkScriptLines(brushOffs: readonly string[] = BRUSH_OFFS, fillers: readonly string[] = FILLERS): void {
  const detector = getDefaultDetector();
  const fires = (text: string) => detector.analyze(text, { channel: 'caption', role: 'customer', source: 'meet' }).categories.length > 0;
  const silent = brushOffs.filter((b) => !fires(b));
  const loud = fillers.filter(fires);
  if (silent.length || loud.length) throw new Error(`script lines misjudged: brush-offs not detected ${JSON.stringify(silent)}, fillers detected ${JSON.stringify(loud)}`);
  if (new Set(brushOffs).size !== brushOffs.length) throw new Error('brush-offs must be distinct');
}

/** Counts, for every expected text, the stored moments with exactly that text; and the moments matching none. */
export function tally(expected: readonly string[], stored: ReadonlyArray<{ text: string }>): { counts: Map<string, number>; missing: string[]; duplicated: string[]; unexpected: string[] } {
  const counts = new Map(expected.map((t) => [t, 0]));
  const unexpected: string[] = [];
  for (const m of stored) {
    const n = counts.get(m.text);
    if (n === undefined) unexpected.push(m.text);
    else counts.set(m.text, n + 1);
  }
  return {
    counts,
    missing: [...counts].filter(([, n]) => n === 0).map(([t]) => t),
    duplicated: [...counts].filter(([, n]) => n > 1).map(([t]) => t),
    unexpected,
  };
}

export interface WorkerControl {
  /** Stops the extension's service worker (all workers of the profile) and waits until Chromium says it stopped. */
  stop(): Promise<void>;
  /** How often the worker was seen stopped, and started again. */
  stops(): number;
  starts(): number;
  detach(): Promise<void>;
}

/**
 * Stops the MV3 service worker through the DevTools protocol of an extension page (Chromium 156: the page's
 * ServiceWorker domain sees the extension's registration; `ServiceWorker.stopAllWorkers` stops it, and the next
 * message from a content script starts it again).
 */
export async function controlWorker(extensionPage: Page, extensionId: string): Promise<WorkerControl> {
  const cdp: CDPSession = await extensionPage.context().newCDPSession(extensionPage);
  const scope = `chrome-extension://${extensionId}/`;
  let status = 'unknown';
  let stops = 0;
  let starts = 0;
  const waiters: Array<{ want: string; resolve: () => void }> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(scope) || v.runningStatus === status) continue;
      if (v.runningStatus === 'stopped') stops++;
      if (v.runningStatus === 'running' && status !== 'unknown') starts++;
      status = v.runningStatus;
      for (const w of waiters.filter((x) => x.want === status)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      const stopped = new Promise<void>((resolve) => waiters.push({ want: 'stopped', resolve }));
      await cdp.send('ServiceWorker.stopAllWorkers');
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the service worker did not stop (status ${status})`)), 10_000);
      });
      await Promise.race([stopped, timeout]).finally(() => clearTimeout(timer));
    },
    stops: () => stops,
    starts: () => starts,
    detach: () => cdp.detach().catch(() => {}),
  };
}

/** Installs a 50 ms heartbeat in the page's main world; read the worst gap beyond 50 ms with `heartbeat(page)`. */
export const HEARTBEAT_SCRIPT = `(() => {
  const hb = (window.__heartbeat = { worst: 0, last: performance.now(), beats: 0 });
  setInterval(() => {
    const now = performance.now();
    hb.worst = Math.max(hb.worst, now - hb.last - 50);
    hb.last = now;
    hb.beats++;
  }, 50);
})();`;

export async function resetHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const hb = (window as unknown as { __heartbeat: { worst: number; last: number } }).__heartbeat;
    hb.worst = 0;
    hb.last = performance.now();
  });
}
export const heartbeat = (page: Page) => page.evaluate(() => (window as unknown as { __heartbeat: { worst: number; beats: number } }).__heartbeat);

/** JS heap of a page (its main world and the content scripts' isolated world share the isolate). */
export async function heapUsed(cdp: CDPSession, collect = false): Promise<number> {
  if (collect) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

export async function pageCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  return cdp;
}

export const MB = 1024 * 1024;

export interface FloodOptions {
  seconds: number;
  brushOffs: readonly string[];
  fillers: readonly string[];
  /** Words shown per timer tick (each word a partial, then a full revision); the tick is 10 ms. */
  wordsPerTick?: number;
  /** Caption blocks kept on screen; older ones scroll away, as in Meet. */
  keepBlocks?: number;
}

export interface FloodResult {
  mutations: number;
  lines: number;
  /** Timer ticks: each leaves one changed open utterance, i.e. about one report to the background. */
  ticks: number;
  ms: number;
  /** Every brush-off line with the time (Date.now()) its last word was shown. */
  brushOffs: Array<{ text: string; at: number }>;
}

/**
 * Floods a Meet fixture (the replay driver installed, captions on) with caption changes, without keeping
 * anything alive itself: each line a new block from the next of three speakers, each word first shown half-heard
 * then whole (two characterData revisions), every filler line corrected in place once, old blocks removed. The
 * brush-offs are spread evenly over the duration; every line is finished before it returns.
 */
export async function flood(page: Page, options: FloodOptions): Promise<FloodResult> {
  // Under tsx (the bench), esbuild's keepNames wraps the nested functions below in __name(): give the page one.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(({ seconds, brushOffs, fillers, wordsPerTick = 2, keepBlocks = 6 }) => {
    if (!document.querySelector('[role="region"][aria-label="Captions"]')) throw new Error('captions are off');
    if (window.callReplay?.platform !== 'meet') throw new Error('the Meet replay driver is not installed');
    const speakers = ['Riley Park', 'Jordan Lee', 'Avery Chen'];
    const started = performance.now();
    const end = started + seconds * 1000;
    const brushInterval = (seconds * 1000) / brushOffs.length;
    const shown: Array<{ text: string; at: number }> = [];
    let mutations = 0;
    let lines = 0;
    let ticks = 0;
    let nextBrush = 0;
    let current: { node: Text; words: string[]; i: number; brush: boolean; corrected: boolean } | null = null;

    function block(speaker: string): Text {
      const { node, removed } = (window.callReplay as MeetReplayDriver).addBlock(speaker, '', keepBlocks);
      mutations += 1 + removed;
      return node;
    }

    return new Promise<FloodResult>((resolve) => {
      const tick = () => {
        ticks++;
        for (let k = 0; k < wordsPerTick; k++) {
          if (!current) {
            if (performance.now() >= end && nextBrush >= brushOffs.length) {
              resolve({ mutations, lines, ticks, ms: performance.now() - started, brushOffs: shown });
              return;
            }
            const brush = nextBrush < brushOffs.length && performance.now() - started >= nextBrush * brushInterval;
            const text = brush ? brushOffs[nextBrush++]! : `${fillers[lines % fillers.length]} number ${lines}`;
            current = { node: block(speakers[lines % speakers.length]!), words: text.split(' '), i: 0, brush, corrected: false };
            lines++;
          }
          const c = current;
          const word = c.words[c.i]!;
          c.node.data = [...c.words.slice(0, c.i), word.slice(0, Math.ceil(word.length / 2))].join(' ');
          c.i++;
          c.node.data = c.words.slice(0, c.i).join(' ');
          mutations += 2;
          if (!c.brush && !c.corrected && c.i === 3) {
            // The recogniser revises an earlier word in place: shown misheard until the next tick puts it right.
            c.node.data = ['uh', ...c.words.slice(1, c.i)].join(' ');
            c.corrected = true;
            mutations++;
          }
          if (c.i === c.words.length) {
            if (c.brush) shown.push({ text: c.words.join(' '), at: Date.now() });
            current = null;
          }
        }
        setTimeout(tick, 10);
      };
      tick();
    });
  }, options);
}

/** Nearest-rank percentile, p in 0..1. */
export const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)] ?? Number.NaN;
const p95 = (xs: number[]) => percentile(xs, 0.95);

/** Samples a page's heap every 250 ms until stopped; returns the peak. */
export function samplePeak(cdp: CDPSession): () => Promise<number> {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await heapUsed(cdp).catch(() => 0));
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return peak;
  };
}

export interface FloodFigures {
  run: FloodResult;
  seconds: number;
  /** The call's stored moments once the flood settled, and how they compare with the scripted brush-offs. */
  stored: StoredMoment[];
  result: ReturnType<typeof tally>;
  /** Per brush-off: shown (last word) → stored with that whole text, ms. */
  lags: number[];
  lagP95: number;
  /** Stored moments per second, from the first brush-off shown to the last stored. */
  momentsPerSecond: number;
  /** From the end of the flood until every brush-off was found stored (polled every 250 ms; 0 when already there). */
  caughtUpMs: number;
  stallMs: number;
  heap: { baseline: number; peak: number; after: number };
}

/**
 * Opens a Meet call (captions on) at `url`, floods it, waits until every brush-off is stored (or 30 s pass) and a
 * little longer, and measures: the page's worst heartbeat delay during the flood, its heap (baseline and after a
 * forced GC, peak sampled), and how fast the background stored the moments. `extensionPage` reads IndexedDB.
 */
export async function runMeetFlood(browser: ExtensionBrowser, extensionPage: Page, url: string, options: FloodOptions): Promise<FloodFigures> {
  const conversationId = new URL(url).pathname.slice(1);
  const call = await browser.context.newPage();
  try {
    await call.addInitScript(HEARTBEAT_SCRIPT);
    await call.goto(url);
    await installDriver(call, 'meet');
    await call.evaluate(() => window.callReplay.captionsOn());
    const listening = Date.now() + 10_000;
    while ((await extensionPage.getByTestId('adapter-status').getAttribute('data-state')) !== 'listening') {
      if (Date.now() > listening) throw new Error('the Meet adapter is not listening');
      await call.waitForTimeout(100);
    }
    const cdp = await pageCdp(call);
    const baseline = await heapUsed(cdp, true);
    const stopSampling = samplePeak(cdp);
    await resetHeartbeat(call);
    const run = await flood(call, options);
    const ended = Date.now();
    const stallMs = (await heartbeat(call)).worst;
    const peak = await stopSampling();

    const read = async () => (await storedMoments(extensionPage, conversationId)).filter((m) => m.conversationId === conversationId);
    let result = tally(options.brushOffs, await read());
    const deadline = Date.now() + 30_000;
    while (result.missing.length && Date.now() < deadline) {
      await extensionPage.waitForTimeout(250);
      result = tally(options.brushOffs, await read());
    }
    const caughtUpMs = Date.now() - ended;
    await extensionPage.waitForTimeout(3000); // past the assembler's pause: late revisions and re-deliveries have landed
    const stored = await read();
    result = tally(options.brushOffs, stored);
    const after = await heapUsed(cdp, true);
    await cdp.detach();

    const lags = run.brushOffs.map((b) => (stored.find((m) => m.text === b.text)?.updatedAt ?? Number.NaN) - b.at);
    const first = Math.min(...run.brushOffs.map((b) => b.at));
    const last = Math.max(...stored.map((m) => m.updatedAt));
    return {
      run,
      seconds: run.ms / 1000,
      stored,
      result,
      lags,
      lagP95: p95(lags),
      momentsPerSecond: stored.length / Math.max(0.001, (last - first) / 1000),
      caughtUpMs,
      stallMs,
      heap: { baseline, peak, after },
    };
  } finally {
    await call.close();
  }
}

/** The figures of a flood, printed. */
export function describeFlood(label: string, f: FloodFigures): string {
  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  const s = f.seconds;
  return [
    `${label} (${s.toFixed(1)} s):`,
    `  ${(f.run.mutations / s).toFixed(0)} DOM mutations/s (${f.run.mutations}); ${(f.run.lines / s).toFixed(1)} utterances/s (${f.run.lines}); ~${(f.run.ticks / s).toFixed(0)} reports/s offered to the background (one per changed utterance per tick)`,
    `  background: ${f.stored.length} moments stored, ${f.momentsPerSecond.toFixed(1)} moments/s sustained (bounded by how fast they were said); every brush-off stored ${f.caughtUpMs} ms after the flood ended (0: already there)`,
    // updatedAt is bumped again when the assembler closes an utterance (same text): the last line's close waits for the 2.5 s pause.
    `  brush-off shown → stored with its whole text (updatedAt): p50 ${percentile(f.lags, 0.5).toFixed(0)} ms, p95 ${f.lagP95.toFixed(0)} ms`,
    `  missing ${f.result.missing.length}, duplicated ${f.result.duplicated.length}, unexpected ${f.result.unexpected.length}`,
    `  worst heartbeat delay ${f.stallMs.toFixed(0)} ms; page JS heap: baseline ${mb(f.heap.baseline)}, peak ${mb(f.heap.peak)}, after GC ${mb(f.heap.after)}`,
  ].join('\n');
}
