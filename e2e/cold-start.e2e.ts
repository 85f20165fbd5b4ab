import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentile, type WorkerControl } from './support/load';
import { openMeetCallWithWorkerControl, type MeetCallWithWorkerControl } from './support/meet-call';

/**
 * How long the first brush-off after a service-worker start takes to be stored, next to one said to a running
 * worker. Chromium stops an idle MV3 worker after 30 s, so in a real call the first moment after a lull pays the
 * worker's start-up; the difference between the two figures is that cost.
 */

const URL_ = 'https://meet.google.com/abc-defg-hij';
const ROUNDS = Math.min(5, Number(process.env.COLD_ROUNDS ?? 4));
/**
 * Plain brush-offs, each made unique so its moment can be found by its text. No setup topics ("the security review",
 * "the migration"): asking about those is due diligence on buying, which the detector rightly leaves alone.
 */
const TOPICS = ['pricing', 'rollout', 'contract', 'roadmap', 'integrations', 'dashboards', 'case studies', 'licences', 'support plans', 'renewal', 'reporting', 'mobile app'];
const line = (n: number) => `could you just send me some information about the ${TOPICS[n % TOPICS.length]} please`;
/** A broken start-up (a report waiting for a retry, a detector that never builds) fails; the figures are printed. */
const MAX_COLD_MS = 8000;

/** Waits in the extension page until a moment with `text` is stored; returns Date.now() then (same clock as the call page). */
function storedAt(panel: Page, text: string): Promise<number> {
  return panel.evaluate(async (want) => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if ((await indexedDB.databases()).some((d) => d.name === 'truth-serum')) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('truth-serum');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          const found = db.objectStoreNames.contains('moments')
            ? await new Promise<boolean>((resolve, reject) => {
                const request = db.transaction('moments', 'readonly').objectStore('moments').getAll();
                request.onsuccess = () => resolve((request.result as Array<{ text: string }>).some((m) => m.text.includes(want)));
                request.onerror = () => reject(request.error);
              })
            : false;
          if (found) return Date.now();
        } finally {
          db.close();
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Number.NaN;
  }, text);
}

describe('first moment after a service-worker start', () => {
  let meet: MeetCallWithWorkerControl;
  let panel: Page;
  let call: Page;
  let worker: WorkerControl;

  beforeAll(async () => {
    meet = await openMeetCallWithWorkerControl(URL_);
    ({ panel, call, worker } = meet);
  });
  afterAll(async () => {
    await meet?.close();
  });

  /** Says one whole line at once and returns ms until its moment is stored. */
  async function say(n: number): Promise<number> {
    const text = line(n);
    const handle = await call.evaluate((speaker) => window.callReplay.startLine(speaker), `Speaker ${n}`);
    const waiting = storedAt(panel, text);
    const shownAt = await call.evaluate(([l, t]) => window.callReplay.setText(l, t), [handle, text] as const);
    return (await waiting) - shownAt;
  }

  it('stores the first brush-off after each worker start, and prints how long it took next to a running worker', async () => {
    // One line first, so the page, the panel and the database are open and warm in both series.
    expect(await say(0)).toBeLessThan(MAX_COLD_MS);
    const warm: number[] = [];
    const cold: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      warm.push(await say(1 + 2 * round));
      await worker.stop();
      // Let the stop settle, as after an idle timeout: the next report has to start the worker.
      await call.waitForTimeout(300);
      cold.push(await say(2 + 2 * round));
    }
    const fmt = (xs: number[]) => `median ${percentile(xs, 0.5).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
    console.log(`cold-start e2e: caption → stored moment, worker running: ${fmt(warm)}; first after a worker stop: ${fmt(cold)}`);
    for (const ms of [...warm, ...cold]) expect(ms).toBeLessThan(MAX_COLD_MS);
    expect(worker.starts(), 'each report started the stopped worker').toBeGreaterThanOrEqual(ROUNDS);
  });
});
