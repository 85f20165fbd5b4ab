import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension';
import { storedMoments } from './support/gmail';
import { generateThreadHtml } from '../sites/gmail/test-fixtures';
import { BRUSH_OFFS, BURST_LINES, checkScriptLines, tally, type WorkerControl } from './support/load';
import { openMeetCallWithWorkerControl, type MeetCallWithWorkerControl } from './support/meet-call';

/**
 * "History that never loses a moment": a Meet call with thirty different brush-offs is played into the captions
 * while the extension's MV3 service worker is stopped twice in the middle of the stream (as Chromium does to an idle
 * worker). Every brush-off must end up stored exactly once, with its whole text: the content script's delivery queue
 * re-sends what the stopped worker never acknowledged, and the background's moments are keyed by utterance, so a
 * re-delivery is an update, never a second moment.
 */

const URL_ = 'https://meet.google.com/abc-defg-hij';
const SPEAKERS = ['Riley Park', 'Jordan Lee', 'Avery Chen'];
/** The worker is stopped as these lines are being said (their third word); DELIVERY_STOPS=2,5,8,… for more. */
const STOP_DURING = process.env.DELIVERY_STOPS ? process.env.DELIVERY_STOPS.split(",").map(Number) : [7, 19];

describe('delivery across service-worker restarts', () => {
  let meet: MeetCallWithWorkerControl;
  let browser: ExtensionBrowser;
  let panel: Page;
  let call: Page;
  let worker: WorkerControl;

  beforeAll(async () => {
    checkScriptLines();
    meet = await openMeetCallWithWorkerControl(URL_);
    ({ browser, panel, call, worker } = meet);
  });
  afterAll(async () => {
    await meet?.close();
  });

  it('stores every brush-off exactly once although the worker is stopped twice mid-stream', async () => {
    const t0 = Date.now();
    const stopping: Array<Promise<void>> = [];
    for (const [n, say] of BRUSH_OFFS.entries()) {
      // A new speaker each line: a new caption block, so a new utterance.
      const line = await call.evaluate((speaker) => window.callReplay.startLine(speaker), SPEAKERS[n % SPEAKERS.length]!);
      const words = say.split(' ');
      for (let i = 1; i <= words.length; i++) {
        if (STOP_DURING.includes(n) && i === 3) stopping.push(worker.stop());
        await call.evaluate(([l, t]) => window.callReplay.setText(l, t), [line, words.slice(0, i).join(' ')] as const);
        await call.waitForTimeout(15);
      }
    }
    const playedMs = Date.now() - t0;
    await Promise.all(stopping);
    expect(worker.stops(), 'the worker was stopped twice').toBeGreaterThanOrEqual(2);

    // Everything lands: the queue re-sends with backoff (250 ms, 1 s, 3 s, …).
    let result = tally(BRUSH_OFFS, await storedMoments(panel));
    const deadline = Date.now() + 20_000;
    while (result.missing.length && Date.now() < deadline) {
      await panel.waitForTimeout(250);
      result = tally(BRUSH_OFFS, await storedMoments(panel));
    }
    const settledMs = Date.now() - t0;
    // Longer than the assembler's pause and the first retries: late re-deliveries have had their chance to duplicate.
    await panel.waitForTimeout(3000);
    const stored = await storedMoments(panel);
    result = tally(BRUSH_OFFS, stored);
    console.log(
      `delivery e2e: ${BRUSH_OFFS.length} brush-offs played in ${playedMs} ms with the worker stopped ${worker.stops()}× (restarted ${worker.starts()}×); ` +
        `all stored ${settledMs} ms after the first word; ${stored.length} moments, missing ${result.missing.length}, duplicated ${result.duplicated.length}, unexpected ${result.unexpected.length}`,
    );
    expect(result.missing, 'lost brush-offs').toEqual([]);
    expect(result.duplicated, 'brush-offs stored twice').toEqual([]);
    expect(result.unexpected, 'moments that match no scripted line whole (lost final text, split utterance)').toEqual([]);
    expect(stored).toHaveLength(BRUSH_OFFS.length);
    expect(worker.starts(), 'the worker came back').toBeGreaterThanOrEqual(2);
  });

  it('Gmail: a thread with 60 brush-off messages opened while the worker is stopped, and stopped again as they are sent, stores each once', async () => {
    const THREAD = '18f0000000600000';
    const MESSAGES = 120;
    const lines = BURST_LINES.slice(0, MESSAGES / 2 - 1);
    // Customer messages are the even ones (the last, 120, is the generator's own brush-off); each says a different one.
    const html = generateThreadHtml({ messages: MESSAGES, threadId: THREAD, subject: 'Re: Many objections' })
      .replace(/Message (\d+) about route planning for the Northwind fleet\. We compared the depots and the drivers' schedules\./g, (text, i: string) =>
        Number(i) % 2 === 0 ? lines[Number(i) / 2 - 1]! : text,
      )
      .replace(/gen(\d{4})/g, 'dlv$1');
    const main = html.slice(html.indexOf('<div role="main">'), html.lastIndexOf('</body>'));
    const small = generateThreadHtml({ messages: 2, threadId: '18f0000000000002', subject: 'Re: Hello' });
    await browser.context.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: small }));
    const gmail = await browser.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnA');
    await expect.poll(async () => (await storedMoments(panel, '18f0000000000002')).length, { timeout: 10_000 }).toBe(1);

    const stopsBefore = worker.stops();
    await worker.stop();
    const t0 = Date.now();
    await gmail.evaluate((markup) => {
      history.pushState(null, '', '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnB');
      document.querySelector('[role="main"]')!.outerHTML = markup;
    }, main);
    // The adapter reads after 400 ms of quiet: stop the worker again as its 60 reports go out.
    await gmail.waitForTimeout(420);
    await worker.stop();
    expect(worker.stops() - stopsBefore).toBeGreaterThanOrEqual(2);

    const expected = MESSAGES / 2;
    let stored = await storedMoments(panel, THREAD);
    const deadline = Date.now() + 20_000;
    while (stored.length < expected && Date.now() < deadline) {
      await gmail.waitForTimeout(250);
      stored = await storedMoments(panel, THREAD);
    }
    const settledMs = Date.now() - t0;
    await gmail.waitForTimeout(2000);
    stored = await storedMoments(panel, THREAD);
    const customerIds = Array.from({ length: expected }, (_, k) => `dlv${String(2 * k + 2).padStart(4, '0')}`);
    const storedIds = stored.map((m) => m.id.split(':').at(-1)!);
    console.log(`delivery e2e (Gmail): ${expected} brush-off messages, worker stopped before and during sending; ${stored.length} stored ${settledMs} ms after the swap`);
    expect(storedIds.filter((id) => !customerIds.includes(id)), 'moments for messages that are not brush-offs').toEqual([]);
    expect(customerIds.filter((id) => !storedIds.includes(id)), 'lost messages').toEqual([]);
    expect(new Set(stored.map((m) => m.text)).size, 'one moment per message').toBe(expected);
    for (const [k, line] of lines.entries()) expect(stored.find((m) => m.id.endsWith(`:dlv${String(2 * k + 2).padStart(4, '0')}`))?.text).toContain(line);
    await gmail.close();
  });
});
