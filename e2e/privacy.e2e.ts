import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPanel, ROOT, type ExtensionBrowser } from './support/extension';
import { GMAIL_URL, storedMoments } from './support/gmail';

/**
 * "Nothing leaves your browser", checked in a real browser: every request the browser context makes while the
 * extension reads Gmail and the side panel is used is recorded (pages, frames and, where Chromium reports them,
 * the service worker), and the service worker's own network APIs are watched from the inside. The only requests to
 * the web may be the test's own navigations to the routed fixture pages.
 */

interface SeenRequest {
  url: string;
  method: string;
  resourceType: string;
  navigation: boolean;
  /** The page or frame that made it, or "service-worker". */
  from: string;
}

const THREAD_HASH = '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnz';
const INLINE = '.gA.gt [g_editable="true"]';

function describeRequest(request: Request): SeenRequest {
  let from = 'unknown';
  if (request.serviceWorker()) from = 'service-worker';
  else {
    try {
      from = request.frame().url();
    } catch {
      // Requests without a frame (e.g. from a worker) have none.
    }
  }
  return { url: request.url(), method: request.method(), resourceType: request.resourceType(), navigation: request.isNavigationRequest(), from };
}

const isExtensionUrl = (url: string, extensionId: string) => url.startsWith(`chrome-extension://${extensionId}/`);
const isLocalScheme = (url: string) => /^(data|blob|about):/.test(url);

/** Wraps the service worker's network APIs so any later use is logged (the CSP should block them anyway). */
async function watchWorkerNetwork(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown> & { __netLog?: string[] };
    if (g.__netLog) return;
    const log: string[] = [];
    g.__netLog = log;
    const realFetch = globalThis.fetch.bind(globalThis);
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      log.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
      return realFetch(input, init);
    }) as typeof fetch;
    const RealWebSocket = g.WebSocket as typeof WebSocket | undefined;
    if (RealWebSocket) {
      g.WebSocket = class extends RealWebSocket {
        constructor(url: string | URL, protocols?: string | string[]) {
          log.push(`websocket ${String(url)}`);
          super(url, protocols);
        }
      };
    }
    const realImportScripts = g.importScripts as ((...urls: string[]) => void) | undefined;
    if (realImportScripts) {
      g.importScripts = (...urls: string[]) => {
        log.push(`importScripts ${urls.join(' ')}`);
        realImportScripts(...urls);
      };
    }
  });
}

/** Every resource the worker or page fetched since it started, from Resource Timing (covers start-up too). */
function resourceUrls(target: Page | Worker): Promise<string[]> {
  const read = () => performance.getEntriesByType('resource').map((e) => e.name);
  return 'goto' in target ? target.evaluate(read) : target.evaluate(read);
}

describe('privacy: nothing leaves the browser', () => {
  let browser: ExtensionBrowser;
  let sw: Worker;
  let panel: Page;
  const seen: SeenRequest[] = [];
  /** URLs the test itself navigated to: the routed fixture pages. */
  const ownNavigations = new Set<string>();

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.context.on('request', (request) => seen.push(describeRequest(request)));
    sw = await browser.serviceWorker();
    await watchWorkerNetwork(sw);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openGmail(html: string): Promise<Page> {
    await browser.context.unroute('https://mail.google.com/**');
    await browser.context.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const page = await browser.context.newPage();
    ownNavigations.add(GMAIL_URL);
    await page.goto(GMAIL_URL + THREAD_HASH);
    return page;
  }

  it('reads a Gmail thread and a draft, and the side panel shows and inserts suggestions', async () => {
    panel = await openPanel(browser);
    await expect.poll(() => panel.getByTestId('empty-state').count()).toBe(1);
    const gmail = await openGmail(readFileSync(join(ROOT, 'sites/gmail/fixtures/thread-inline-reply.html'), 'utf8'));

    const email = panel.locator('[data-testid="moment"][data-kind="email"]');
    await expect.poll(() => email.count(), { timeout: 10_000 }).toBe(1);
    const suggestion = email.getByTestId('suggestion').first();
    await suggestion.getByTestId('insert').click();
    await expect.poll(() => suggestion.getByRole('status').textContent()).toBe('Inserted into your draft');
    // Copy too (the clipboard may refuse in a headless browser; either way nothing may be sent anywhere).
    await suggestion.getByRole('button', { name: 'Copy' }).click();

    // The rep replaces the inserted answer with a cave-in: the draft is read and coached.
    await gmail.locator(INLINE).click();
    await gmail.keyboard.press('Control+a');
    await gmail.keyboard.type("Sure, I'll send over some info!");
    await expect.poll(() => panel.locator('[data-testid="moment"][data-kind="draft"]').count(), { timeout: 10_000 }).toBe(1);
    await panel.reload();
    await expect.poll(() => panel.locator('[data-testid="moment"]').count(), { timeout: 10_000 }).toBe(2);
  });

  it('redacts emails and phone numbers before storing when the rep turns redaction on', async () => {
    await panel.evaluate(async () => {
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
      await chrome.storage.sync.set({ settings: { ...settings, redact: true } });
    });
    const html = readFileSync(join(ROOT, 'sites/gmail/fixtures/thread-inline-reply.html'), 'utf8')
      .replaceAll('18f0000000000101', '18f0000000000999')
      .replace('Thanks for the call.', 'Thanks for the call. Reach me on +44 20 7946 0958 or at dana.private@northwind.example.');
    await openGmail(html);
    await expect.poll(async () => (await storedMoments(panel, '18f0000000000999')).filter((m) => m.kind === 'email').length, { timeout: 10_000 }).toBe(1);
    const [stored] = (await storedMoments(panel, '18f0000000000999')).filter((m) => m.kind === 'email');
    expect(stored!.text).toContain('Reach me on [phone] or at [email].');
    expect(stored!.text).not.toMatch(/7946|dana\.private/);
    const card = panel.locator('[data-testid="moment"][data-kind="email"]').filter({ hasText: '[phone]' });
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.locator('mark').first().textContent()).toBe('send me some information');
  });

  it('made no request to the web from the extension: pages, frames or service worker', async () => {
    // Give any deferred work (badge, retention, late reports) a moment to happen.
    await panel.waitForTimeout(1000);
    const { extensionId } = browser;
    // The listener is live: the panel's own loads were seen.
    expect(seen.some((r) => isExtensionUrl(r.url, extensionId) && r.from.startsWith('chrome-extension://'))).toBe(true);
    const offenders = seen.filter((r) => {
      if (isExtensionUrl(r.url, extensionId) || isLocalScheme(r.url)) return false;
      // The test's own navigations to the routed Gmail fixture.
      if (r.navigation && r.resourceType === 'document' && [...ownNavigations].some((u) => r.url.startsWith(u))) return false;
      return true;
    });
    expect(offenders, JSON.stringify(offenders, null, 2)).toEqual([]);

    // The service worker: nothing fetched since it started, and none of its network APIs used while we watched.
    const workerResources = await resourceUrls(sw);
    expect(workerResources.filter((url) => !isExtensionUrl(url, extensionId))).toEqual([]);
    expect(await sw.evaluate(() => (globalThis as unknown as { __netLog: string[] }).__netLog)).toEqual([]);
    // The side panel: no resource it loaded is from the web (Resource Timing lists web loads, not extension files).
    const panelResources = await resourceUrls(panel);
    expect(panelResources.filter((url) => !isExtensionUrl(url, extensionId))).toEqual([]);
  });

  it('could not send anything even if it tried: the CSP blocks connections from the worker and the panel', async () => {
    const send = () =>
      fetch('https://example.com/collect', { method: 'POST', body: 'x' }).then(
        () => 'sent',
        () => 'blocked',
      );
    const attempt = (target: Page | Worker) => ('goto' in target ? target.evaluate(send) : target.evaluate(send));
    const before = seen.length;
    expect(await attempt(panel)).toBe('blocked');
    expect(await attempt(sw)).toBe('blocked');
    expect(seen.slice(before).filter((r) => r.url.startsWith('https://example.com'))).toEqual([]);
  });

  it('would notice a leak (a web image put into the panel is recorded) and the CSP stops the image loading', async () => {
    // Control for the check above, run last: the same listener sees a request from an extension page to the web.
    const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    await panel.context().route('https://leak.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: pixel }));
    const before = seen.length;
    const loaded = await panel.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const img = document.createElement('img');
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('blocked');
          img.src = 'https://leak.invalid/pixel.png';
          document.body.append(img);
        }),
    );
    expect(loaded).toBe('blocked');
    await expect.poll(() => seen.slice(before).filter((r) => r.url === 'https://leak.invalid/pixel.png' && r.from.startsWith('chrome-extension://')).length).toBe(1);
  });
});
