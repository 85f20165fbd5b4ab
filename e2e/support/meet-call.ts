import type { Page } from 'playwright-core';
import { launchWithExtension, openPanel, routeHost, type ExtensionBrowser } from './extension';
import { controlWorker, type WorkerControl } from './load';
import { installDriver } from './replay/call';

export interface MeetCallWithWorkerControl {
  browser: ExtensionBrowser;
  /** The side panel: reads IndexedDB and shows the adapter's state. */
  panel: Page;
  /** A Meet call page, captions on, the replay driver installed (window.callReplay). */
  call: Page;
  worker: WorkerControl;
  close(): Promise<void>;
}

/** Waits until the side panel says the captions adapter is listening. */
export async function untilListening(panel: Page, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await panel.getByTestId('adapter-status').getAttribute('data-state')) !== 'listening') {
    if (Date.now() > deadline) throw new Error('the captions adapter is not listening');
    await panel.waitForTimeout(100);
  }
}

export const MEET_CALL_URL = 'https://meet.google.com/abc-defg-hij';

/**
 * Serves the Meet fixture (captions off) at meet.google.com, `edit`ed, and opens a call at `url`, the replay driver
 * installed.
 */
export async function openMeetCall(browser: ExtensionBrowser, url = MEET_CALL_URL, edit?: (html: string) => string): Promise<Page> {
  await routeHost(browser.context, 'https://meet.google.com/**', 'sites/meet/fixtures/captions-off.html', edit);
  const call = await browser.context.newPage();
  await call.goto(url);
  await installDriver(call, 'meet');
  return call;
}

/**
 * Launches the extension with the Meet fixture served at meet.google.com, opens the side panel, takes control of the
 * service worker through it, and opens a call at `url` with captions on; returns once the adapter is listening.
 */
export async function openMeetCallWithWorkerControl(url = MEET_CALL_URL): Promise<MeetCallWithWorkerControl> {
  const browser = await launchWithExtension();
  const panel = await openPanel(browser);
  const worker = await controlWorker(panel, browser.extensionId);
  const call = await openMeetCall(browser, url);
  await call.evaluate(() => window.callReplay.captionsOn());
  await untilListening(panel);
  return {
    browser,
    panel,
    call,
    worker,
    async close() {
      await worker.detach();
      await browser.close();
    },
  };
}
