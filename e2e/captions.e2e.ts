import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../lib/detection';
import type { CategoryId } from '../lib/detection/taxonomy';
import { launchWithExtension, openPanel, ROOT, routeHost, type ExtensionBrowser } from './support/extension';
import { installDriver, playCall, type CallPlatform, type CallStep, type SpokenLine } from './support/replay/call';

/**
 * Meeting captions, live and exactly once: a scripted call is played into each platform's real DOM pattern (served
 * at the real host, so the real content script runs) and the side panel must show every brush-off once, with the
 * right source, category and cleaned speaker name, across speaker changes, in-place corrections and a captions toggle
 * that replays history.
 */

interface PlatformCase {
  platform: CallPlatform;
  hostPattern: string;
  fixture: string;
  url: string;
  /** Second customer on the call. */
  colleague: { label: string; name: string };
  /** The rep's own line. Only Meet labels it ("You"); elsewhere the rep is known by configured name only. */
  rep: { label: string; say: string; isBrushOffLike: boolean };
}

const CASES: PlatformCase[] = [
  {
    platform: 'meet',
    hostPattern: 'https://meet.google.com/**',
    fixture: 'sites/meet/fixtures/captions-off.html',
    url: 'https://meet.google.com/abc-defg-hij',
    colleague: { label: 'Jordan Lee', name: 'Jordan Lee' },
    rep: { label: 'You', say: 'just send me some information is what people usually say at this point', isBrushOffLike: true },
  },
  {
    platform: 'zoom',
    hostPattern: 'https://app.zoom.us/**',
    fixture: 'sites/zoom/fixtures/captions-off.html',
    url: 'https://app.zoom.us/wc/81234567890/join',
    colleague: { label: 'Morgan Diaz', name: 'Morgan Diaz' },
    // No settings UI names the rep yet, so Zoom and Teams cannot tell the rep apart: a neutral line, not asserted.
    rep: { label: 'Sam Rivera', say: 'what would make this an easy decision for you', isBrushOffLike: false },
  },
  {
    platform: 'teams',
    hostPattern: 'https://teams.microsoft.com/**',
    fixture: 'sites/teams/fixtures/captions-off.html',
    url: 'https://teams.microsoft.com/v2/',
    colleague: { label: 'Avery Chen (External)', name: 'Avery Chen' },
    rep: { label: 'Sam Rivera', say: 'what would make this an easy decision for you', isBrushOffLike: false },
  },
];

const RILEY = { label: 'Riley Park (Guest)', name: 'Riley Park' };

interface BrushOff {
  /** The line as finally said (after any correction), lower case, no punctuation. */
  say: string;
  category: CategoryId;
  /** The speaker as the panel must show it: qualifiers like "(Guest)" removed. */
  speaker: string;
}

interface Script {
  /** Spoken once captions are on and the adapter listens. */
  beforeToggle: CallStep[];
  /** Spoken right after captions come back on, within the assembler's replay grace period. */
  afterToggle: CallStep[];
  /** Every brush-off, in the order said; `before` are those said before the toggle. */
  brushOffs: BrushOff[];
  before: BrushOff[];
  /** The one brush-off whose first word its speaker already said before the toggle ("call" in the opener). */
  repeatsEarlierWord: BrushOff;
}

function scriptFor(c: PlatformCase): Script {
  const brushOffs: BrushOff[] = [];
  const line = (who: { label: string; name: string }, say: string, category?: CategoryId, correct?: [string, string]): CallStep => {
    if (category) brushOffs.push({ say: correct ? say.replace(correct[0], correct[1]) : say, category, speaker: who.name });
    return correct ? { speaker: who.label, say, correct } : { speaker: who.label, say };
  };
  const beforeToggle: CallStep[] = [
    line(RILEY, 'thanks for setting up the call today'),
    // Same speaker keeps talking; the recogniser first hears "in formation", then corrects it in place.
    line(RILEY, 'could you just send me some in formation', 'info_brushoff', ['in formation', 'information']),
    { speaker: c.rep.label, say: c.rep.say },
    line(c.colleague, 'honestly this is way too expensive', 'price'),
  ];
  const before = [...brushOffs];
  const afterToggle: CallStep[] = [
    line(c.colleague, 'our team already built a tool in house', 'competitor'),
    line(RILEY, 'call me next quarter', 'stall'),
  ];
  const repeatsEarlierWord = brushOffs[brushOffs.length - 1];
  if (!repeatsEarlierWord) throw new Error('empty script');
  return { beforeToggle, afterToggle, brushOffs, before, repeatsEarlierWord };
}

/** A spoken line's text compared with a BrushOff's: Teams re-cases and re-punctuates. */
const plain = (text: string) => text.toLowerCase().replace(/[.?!,]/g, '');

interface Card {
  key: string;
  source: string;
  kind: string;
  categories: string[];
  speaker: string;
}

async function cards(panel: Page): Promise<Card[]> {
  return panel.locator('[data-testid="moment"]').evaluateAll((elements) =>
    elements.map((el) => ({
      key: el.getAttribute('aria-labelledby') ?? '',
      source: el.getAttribute('data-source') ?? '',
      kind: el.getAttribute('data-kind') ?? '',
      categories: (el.getAttribute('data-categories') ?? '').split(' ').filter(Boolean),
      speaker: el.querySelector('[data-testid="speaker"]')?.textContent ?? '',
    })),
  );
}

/** Every stored moment (speaker, categories, text), read from the extension's IndexedDB: context for failures. */
async function storedMoments(panel: Page): Promise<string> {
  const rows = await panel.evaluate(
    () =>
      new Promise<Array<{ speaker: string | null; categories: string[]; text: string }>>((resolve, reject) => {
        const open = indexedDB.open('truth-serum');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('moments').objectStore('moments').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
  return rows.map((m) => `${m.speaker ?? '?'} [${m.categories.join(',')}] "${m.text}"`).join('\n');
}

const adapterState = (panel: Page) => panel.getByTestId('adapter-status').getAttribute('data-state');

/** How many cards show this brush-off: same source, its category among the card's, the cleaned speaker. */
function matches(all: Card[], platform: CallPlatform, b: BrushOff): number {
  return all.filter((card) => card.source === platform && card.kind === 'caption' && card.categories.includes(b.category) && card.speaker === b.speaker).length;
}

interface Appearance {
  key: string;
  at: number;
  categories: string;
}

/** Records, in the panel page, when each moment card first appears (Date.now() in a MutationObserver). */
async function watchAppearances(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { momentAppearances: Appearance[] };
    w.momentAppearances = [];
    const seen = new Set<string>();
    const scan = () => {
      const at = Date.now();
      for (const el of Array.from(document.querySelectorAll('[data-testid="moment"]'))) {
        const key = el.getAttribute('aria-labelledby') ?? '';
        if (seen.has(key)) continue;
        seen.add(key);
        w.momentAppearances.push({ key, at, categories: el.getAttribute('data-categories') ?? '' });
      }
    };
    new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
    scan();
  });
}

const appearances = (panel: Page) => panel.evaluate(() => (window as unknown as { momentAppearances: Appearance[] }).momentAppearances);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

/** A generous ceiling so a broken pipeline fails; the 250 ms target is for `npm run bench`, not for this test. */
const MAX_LATENCY_MS = 5000;

describe.each(CASES)('$platform captions: live and exactly once', (c) => {
  let browser: ExtensionBrowser;
  let panel: Page;
  let call: Page;
  const script = scriptFor(c);
  const spoken: SpokenLine[] = [];

  /** Waits until the brush-off shows in exactly one card; on failure says what the store holds. */
  async function expectOnce(b: BrushOff, timeout = 10_000): Promise<void> {
    try {
      await expect.poll(async () => matches(await cards(panel), c.platform, b), { timeout }).toBe(1);
    } catch (error) {
      throw new Error(`"${b.say}" (${b.category}, ${b.speaker}) is not shown exactly once. Stored moments:\n${await storedMoments(panel)}`, { cause: error });
    }
  }

  beforeAll(async () => {
    // A browser per platform: the panel follows the most recently updated conversation.
    browser = await launchWithExtension();
    await routeHost(browser.context, c.hostPattern, c.fixture);
    panel = await openPanel(browser);
    await panel.getByTestId('empty-state').waitFor();
    await watchAppearances(panel);
    call = await browser.context.newPage();
    await call.goto(c.url);
    await installDriver(call, c.platform);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reports captions off while the call has none', async () => {
    await expect.poll(() => adapterState(panel), { timeout: 5000 }).toBe('captions_off');
  });

  it('shows each brush-off once as it is said, with source, category and cleaned speaker', async () => {
    await playCall(call, c.platform, [{ captions: 'on' }]);
    await expect.poll(() => adapterState(panel), { timeout: 5000 }).toBe('listening');
    spoken.push(...(await playCall(call, c.platform, script.beforeToggle)));
    expect(script.before.map((b) => b.category)).toEqual(['info_brushoff', 'price']);
    for (const b of script.before) await expectOnce(b);
    const all = await cards(panel);
    expect(all, await storedMoments(panel)).toHaveLength(script.before.length);
    // The rep's own brush-off-like line ("You" in Meet) must not fire: no card for it, and info_brushoff only once.
    if (c.rep.isBrushOffLike) expect(all.filter((card) => card.speaker === 'You' || card.speaker === c.rep.label)).toEqual([]);
  });

  it('shows "captions off" when captions are turned off, and listens again when they come back', async () => {
    await playCall(call, c.platform, [{ captions: 'off' }]);
    await expect.poll(() => adapterState(panel), { timeout: 5000 }).toBe('captions_off');
    // Coming back, the platform shows the last turns again: history that must not fire a second time.
    await playCall(call, c.platform, [{ captions: 'on', replay: 3 }]);
    await expect.poll(() => adapterState(panel), { timeout: 5000 }).toBe('listening');
    spoken.push(...(await playCall(call, c.platform, script.afterToggle)));
  });

  it('detects lines after the toggle, and replayed history does not duplicate moments', async () => {
    const competitor = script.brushOffs.find((b) => b.category === 'competitor');
    if (!competitor) throw new Error('no competitor line in the script');
    await expectOnce(competitor);
    // Longer than the assembler's pause (2.5 s): final revisions of every utterance have landed too.
    await panel.waitForTimeout(3000);
    const all = await cards(panel);
    const context = await storedMoments(panel);
    for (const b of script.brushOffs.filter((x) => x !== script.repeatsEarlierWord)) expect(matches(all, c.platform, b), `${b.category} by ${b.speaker}\n${context}`).toBe(1);
    // Every card is one of the scripted brush-offs, and no moment is shown twice.
    expect(all.filter((card) => !script.brushOffs.some((b) => matches([card], c.platform, b) === 1)), context).toEqual([]);
    expect(matches(all, c.platform, script.repeatsEarlierWord), context).toBeLessThanOrEqual(1);
    expect(new Set(all.map((card) => card.key)).size).toBe(all.length);
  });

  it('reads a line after the toggle whole, even when its first word was said before the toggle', async () => {
    // "call me next quarter" from Riley, who opened with "thanks for setting up the call today".
    await expectOnce(script.repeatsEarlierWord, 5000);
  });

  it('re-attaches when a layout change replaces the captions container, and reads on without repeating history', async () => {
    const before = await cards(panel);
    await call.evaluate(() => window.callReplay.relayout());
    const price: BrushOff = { say: 'um we do not have the budget for that this year', category: 'price', speaker: RILEY.name };
    await playCall(call, c.platform, [{ speaker: RILEY.label, say: price.say }]);
    await expectOnce(price);
    await expect.poll(() => adapterState(panel), { timeout: 5000 }).toBe('listening');
    await panel.waitForTimeout(3000); // past the assembler's pause: re-shown history has been read too
    const after = await cards(panel);
    expect(after, await storedMoments(panel)).toHaveLength(before.length + 1);
    expect(new Set(after.map((card) => card.key)).size).toBe(after.length);
  });

  it('shows "lost" when the container vanishes with captions still on, then listens and reads again when it is back', async () => {
    const before = await cards(panel);
    await call.evaluate(() => window.callReplay.vanish());
    await expect.poll(() => adapterState(panel), { timeout: 5000 }).toBe('lost');
    await call.evaluate(() => window.callReplay.restore());
    await expect.poll(() => adapterState(panel), { timeout: 5000 }).toBe('listening');
    const stall: BrushOff = { say: 'let me sleep on it okay', category: 'stall', speaker: c.colleague.name };
    await playCall(call, c.platform, [{ speaker: c.colleague.label, say: stall.say }]);
    await expectOnce(stall);
    await panel.waitForTimeout(3000);
    const after = await cards(panel);
    expect(after, await storedMoments(panel)).toHaveLength(before.length + 1);
    expect(new Set(after.map((card) => card.key)).size).toBe(after.length);
  });

  // Latency is measured on Meet only; the other platforms share the same pipeline.
  if (c.platform === 'meet') it('measures caption → panel latency for each brush-off', async () => {
    const detector = getDefaultDetector();
    const seen = await appearances(panel);
    const samples = [];
    const missing: string[] = [];
    for (const b of script.brushOffs) {
      const line = spoken.find((s) => plain(s.text) === b.say);
      if (!line) throw new Error(`"${b.say}" was not played`);
      // Counted from the revision that completed the brush-off: for these lines, the last word or the correction.
      const trigger = line.revisions.find((r) => detector.analyze(r.text, { channel: 'caption' }).categories.includes(b.category)) ?? line.revisions[line.revisions.length - 1];
      const appeared = seen.find((a) => a.categories.split(' ').includes(b.category));
      if (!trigger || !appeared) {
        missing.push(b.say); // not shown at all: the exactly-once tests above report it
        continue;
      }
      samples.push({
        line: b.say,
        category: b.category,
        triggerIsLastRevision: trigger === line.revisions[line.revisions.length - 1],
        shownAt: trigger.at,
        appearedAt: appeared.at,
        latencyMs: appeared.at - trigger.at,
      });
    }
    const sorted = samples.map((s) => s.latencyMs).sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    console.log(`caption → side panel latency (Meet, ${samples.length} brush-offs): p50 ${p50} ms, p95 ${p95} ms; samples ${sorted.join(', ')} ms`);
    const dir = join(ROOT, 'e2e', '.artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'caption-latency.json'),
      `${JSON.stringify({ platform: 'meet', measuredAt: new Date().toISOString(), unit: 'ms', targetP95Ms: 250, p50, p95, samples, missing }, null, 2)}\n`,
    );
    expect(samples.length).toBeGreaterThanOrEqual(script.brushOffs.length - 1);
    for (const s of samples) {
      expect(s.latencyMs, s.line).toBeGreaterThanOrEqual(0);
      expect(s.latencyMs, s.line).toBeLessThan(MAX_LATENCY_MS);
    }
  });
});
