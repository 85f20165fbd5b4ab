import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, openPanel, type ExtensionBrowser } from './support/extension';
import { openGmailFixture, storedMoments } from './support/gmail';
import { MEET_CALL_URL, openMeetCall } from './support/meet-call';
import { playCall } from './support/replay/call';

/**
 * The in-page chip (sites/chip): it appears with the count of moments once the background stored one, lives in a
 * shadow root clear of the page's own controls, opens the side panel on a real click, and goes when the rep
 * dismisses it or switches it off in the options.
 */

const HOST = 'truth-serum-chip';
const chipText = (page: Page) => page.locator(`${HOST} button.open`).textContent({ timeout: 1000 }).catch(() => null);
const chipNote = (page: Page) => page.locator(`${HOST} [role="status"]`).textContent();

interface PanelLog {
  /** Every sidePanel.open call the background made, and how it ended. */
  opens: Array<{ tabId: number; ok: boolean; error?: string }>;
  /** sidePanel.onOpened events: the browser really showed the panel. */
  opened: Array<{ path: string; windowId: number }>;
}

/**
 * Records, in the service worker, each sidePanel.open call and the browser's onOpened events. The wrapper calls the
 * real open synchronously, so the user gesture the message carries is kept.
 */
async function recordPanel(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const log: PanelLog = { opens: [], opened: [] };
    (globalThis as unknown as { panelLog: PanelLog }).panelLog = log;
    const open = chrome.sidePanel.open.bind(chrome.sidePanel);
    chrome.sidePanel.open = ((options: { tabId: number }) =>
      open(options).then(
        () => void log.opens.push({ tabId: options.tabId, ok: true }),
        (error: unknown) => {
          log.opens.push({ tabId: options.tabId, ok: false, error: String(error) });
          throw error;
        },
      )) as typeof chrome.sidePanel.open;
    chrome.sidePanel.onOpened.addListener((info) => void log.opened.push({ path: info.path, windowId: info.windowId }));
  });
}
const panelLog = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as { panelLog: PanelLog }).panelLog);

/**
 * Side panels showing our page: Playwright does not attach to side panels, but the browser's target list has them
 * (as pages); the side panel opened as a tab for storedMoments is one of Playwright's pages and is left out.
 */
async function sidePanels(browser: ExtensionBrowser, page: Page): Promise<number> {
  const url = `chrome-extension://${browser.extensionId}/sidepanel.html`;
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
  await cdp.detach();
  const tabs = browser.context.pages().filter((p) => p.url() === url).length;
  return targetInfos.filter((t) => t.type === 'page' && t.url === url).length - tabs;
}

/** Where the chip is, and whether the page's own controls at these points are still what a click would hit. */
async function chipBox(page: Page) {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const chip = host?.shadowRoot?.querySelector('.chip');
    if (!host || !chip) return null;
    const r = chip.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, viewportHeight: innerHeight, viewportWidth: innerWidth, inBody: host.parentElement === document.body };
  }, HOST);
}

/** The page's own elements that a click at their centre would no longer reach (something covers them). */
const coveredControls = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll<HTMLElement>(sel))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !hit || !(el === hit || el.contains(hit));
        })
        .map((el) => el.getAttribute('aria-label') ?? el.tagName),
    selector,
  );

interface ChipSuite {
  browser: ExtensionBrowser;
  /** The service worker, its sidePanel.open calls recorded (see panelLog). */
  sw: Worker;
  /** The side panel opened as a tab: reads the stored moments. */
  panel: Page;
  /** The site page the chip shows on. */
  page: Page;
}

/**
 * Each suite's own browser with the extension, sidePanel.open recorded and the side panel open, then `openPage`'s
 * site page; closed after the suite. The fields are set once the suite's beforeAll ran.
 */
function chipSuite(openPage: (browser: ExtensionBrowser) => Promise<Page>): ChipSuite {
  const suite = {} as ChipSuite;
  beforeAll(async () => {
    suite.browser = await launchWithExtension();
    suite.sw = await suite.browser.serviceWorker();
    await recordPanel(suite.sw);
    suite.panel = await openPanel(suite.browser);
    suite.page = await openPage(suite.browser);
  });
  afterAll(async () => {
    await suite.browser?.close();
  });
  return suite;
}

describe('the chip in Gmail', () => {
  const s = chipSuite((browser) => openGmailFixture(browser, 'thread-inline-reply', '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnz'));

  it('appears after Dana’s brush-off with the count of stored moments, in a shadow root the page’s CSS cannot reach', async () => {
    // Page CSS that would wreck any button or div it reached.
    await s.page.addStyleTag({ content: 'button, div, span { display: none !important; color: rgb(255, 0, 0) !important; font-size: 40px !important; }' });
    await expect.poll(() => chipText(s.page), { timeout: 15_000 }).toBe('Truth Serum · 1');
    expect((await storedMoments(s.panel)).length).toBe(1);

    const inside = await s.page.evaluate((tag) => {
      const host = document.querySelector(tag)!;
      const button = host.shadowRoot!.querySelector('button.open')!;
      const style = getComputedStyle(button);
      return {
        shadow: button.getRootNode() instanceof ShadowRoot,
        pageSees: Array.from(document.querySelectorAll('button')).includes(button as HTMLButtonElement),
        display: style.display,
        color: style.color,
        fontSize: style.fontSize,
        name: button.getAttribute('aria-label'),
      };
    }, HOST);
    expect(inside).toEqual({ shadow: true, pageSees: false, display: 'block', color: expect.not.stringMatching(/255, 0, 0/), fontSize: '13px', name: 'Truth Serum: 1 moment on this page. Open the side panel' });
    await s.page.evaluate(() => document.querySelector('style:last-of-type')?.remove());

    // Bottom-left, away from the compose windows Gmail opens at the bottom right.
    const box = await chipBox(s.page);
    expect(box).toMatchObject({ inBody: true });
    expect(box!.left).toBeLessThan(40);
    expect(box!.right).toBeLessThan(box!.viewportWidth / 2);
    expect(box!.viewportHeight - box!.bottom).toBeLessThan(40);
    expect(await coveredControls(s.page, '[g_editable="true"], [role="button"], button')).toEqual([]);
  });

  it('counts the rep’s caving draft as a second moment', async () => {
    await s.page.locator('.gA.gt [g_editable="true"]').click();
    await s.page.keyboard.press('Control+Home');
    await s.page.keyboard.type("Sure, I'll send over some info!");
    await expect.poll(() => chipText(s.page), { timeout: 10_000 }).toBe('Truth Serum · 2');
    expect((await storedMoments(s.panel)).map((m) => m.kind).sort()).toEqual(['draft', 'email']);
  });

  it('without a user gesture the browser refuses to open the panel, and the chip says to use the toolbar icon', async () => {
    // Chromium's transient user activation lasts 5 s; a click dispatched by a page timer after that carries none.
    // Nothing may touch the page meanwhile: Playwright's evaluations count as user gestures.
    await s.page.evaluate((tag) => {
      setTimeout(() => (document.querySelector(tag)!.shadowRoot!.querySelector('button.open') as HTMLButtonElement).click(), 6000);
    }, HOST);
    await s.page.waitForTimeout(7500);
    const log = await panelLog(s.sw);
    expect(log.opens).toEqual([{ tabId: expect.any(Number), ok: false, error: expect.stringMatching(/user gesture/) }]);
    expect(log.opened).toEqual([]);
    expect(await chipNote(s.page)).toBe('Click the Truth Serum toolbar icon to open the panel.');
    expect(await sidePanels(s.browser, s.page)).toBe(0);
  });

  it('opens the side panel for this tab on a real click', async () => {
    await s.page.locator(`${HOST} button.open`).click();
    await expect.poll(async () => (await panelLog(s.sw)).opened.length, { timeout: 5000 }).toBe(1);
    const log = await panelLog(s.sw);
    // The same tab the refused attempt named: the chip's own.
    expect(log.opens.at(-1)).toEqual({ tabId: log.opens[0]!.tabId, ok: true });
    expect(log.opened[0]!.path).toBe('/sidepanel.html');
    await expect.poll(() => sidePanels(s.browser, s.page)).toBe(1);
    await expect.poll(() => chipNote(s.page)).toBe('');
  });

  it('goes away for this page when dismissed', async () => {
    await s.page.locator(`${HOST} button.dismiss`).click();
    await expect.poll(() => s.page.locator(HOST).count()).toBe(0);
  });
});

/**
 * The page's own keyboard shortcuts, listening in the capture phase on window and document as Gmail's do, added by the
 * page's first script, long before the site adapters (document_idle) run.
 */
const PAGE_SHORTCUTS = `window.pageKeys = [];
for (const target of [window, document]) for (const type of ['keydown', 'keyup']) target.addEventListener(type, (e) => window.pageKeys.push(e.key), true);`;

describe('the chip in a Meet call', () => {
  const s = chipSuite(async (browser) => {
    const call = await openMeetCall(browser, MEET_CALL_URL, (html) => html.replace('<head>', `<head><script>${PAGE_SHORTCUTS}</script>`));
    // Meet's call controls as Meet lays them out: a bar across the bottom of the window.
    await call.addStyleTag({ content: '[role="toolbar"] { position: fixed; left: 0; right: 0; bottom: 0; height: 80px; display: flex; align-items: center; gap: 8px; padding: 0 12px; }' });
    return call;
  });

  it('shows nothing before a moment, then the count after a brush-off, above the call controls', async () => {
    await playCall(s.page, 'meet', [{ captions: 'on' }, { speaker: 'Riley Park (Guest)', say: 'thanks for setting up the call today' }, { pause: 3000 }]);
    expect(await s.page.locator(HOST).count()).toBe(0);
    await playCall(s.page, 'meet', [{ speaker: 'Riley Park (Guest)', say: 'could you just send me some information' }]);
    await expect.poll(() => chipText(s.page), { timeout: 15_000 }).toBe('Truth Serum · 1');
    const box = await chipBox(s.page);
    expect(box!.left).toBeLessThan(40);
    expect(box!.viewportHeight - box!.bottom).toBeGreaterThanOrEqual(80);
    expect(await coveredControls(s.page, '[role="toolbar"] button')).toEqual([]);
  });

  it('follows the browser’s light or dark theme', async () => {
    const background = () => s.page.evaluate((tag) => getComputedStyle(document.querySelector(tag)!.shadowRoot!.querySelector('.chip')!).backgroundColor, HOST);
    await s.page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(35, 39, 46)');
    await s.page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
  });

  it('is reached with Tab after the page’s last control, and opens the side panel with Enter', async () => {
    const focused = () =>
      s.page.evaluate((tag) => {
        const host = document.activeElement;
        return host?.localName === tag ? (host.shadowRoot?.activeElement?.className ?? null) : (host?.localName ?? null);
      }, HOST);
    await s.page.getByRole('button', { name: 'Leave call' }).focus();
    // The chip comes last in the page's tab order (the captions region may come before it).
    const path: Array<string | null> = [];
    for (let i = 0; i < 5 && path.at(-1) !== 'open'; i++) {
      await s.page.keyboard.press('Tab');
      path.push(await focused());
    }
    expect(path.at(-1), path.join(' → ')).toBe('open');
    await s.page.keyboard.press('Enter');
    await expect.poll(async () => (await panelLog(s.sw)).opened.length, { timeout: 5000 }).toBe(1);
    expect((await panelLog(s.sw)).opens).toEqual([{ tabId: expect.any(Number), ok: true }]);
    // The page heard the Tabs pressed on its own controls, and nothing of the Enter pressed on the chip.
    const pageKeys = await s.page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys);
    expect(pageKeys).toContain('Tab');
    expect(pageKeys).not.toContain('Enter');
  });

  it('goes at once when the rep switches the chip off in the options, and comes back with the same count', async () => {
    const options = await s.browser.context.newPage();
    await options.goto(`chrome-extension://${s.browser.extensionId}/options.html`);
    const checkbox = options.getByRole('checkbox', { name: /Show the small chip/ });
    await checkbox.uncheck();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => s.page.locator(HOST).count(), { timeout: 5000 }).toBe(0);
    await checkbox.check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => chipText(s.page), { timeout: 5000 }).toBe('Truth Serum · 1');
  });

  it('once dismissed, stays away when the next brush-off is stored', async () => {
    await s.page.locator(`${HOST} button.dismiss`).click();
    await expect.poll(() => s.page.locator(HOST).count()).toBe(0);
    await playCall(s.page, 'meet', [{ speaker: 'Avery Chen', say: 'honestly this is way too expensive' }]);
    await expect.poll(async () => (await storedMoments(s.panel)).length, { timeout: 15_000 }).toBe(2);
    await s.page.waitForTimeout(500);
    expect(await s.page.locator(HOST).count()).toBe(0);
  });
});
