import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPanel, ROOT, type ExtensionBrowser } from './support/extension';
import { seededMoment, seedMoments } from './support/seed';

const TOTAL = 100_000;
const BATCH = 10_000;
/** A generous ceiling so a broken pipeline fails; the figures themselves are printed. */
const MAX_MS = 5000;

/**
 * Writes `count` moments straight into the extension's IndexedDB, from one of its pages. `firstCategory` puts
 * another category before the seeded one (which is then the moment's second).
 */
async function seed(page: Page, start: number, count: number, now: number, firstCategory?: string): Promise<void> {
  const CATS = ['info_brushoff', 'not_interested', 'stall', 'price', 'competitor', 'authority', 'complaint', 'skepticism'] as const;
  const SOURCES = ['gmail', 'meet', 'zoom', 'teams'] as const;
  const moments = Array.from({ length: count }, (_, k) => {
    const i = start + k;
    const category = CATS[i % CATS.length]!;
    const source = SOURCES[Math.floor(i / 8) % SOURCES.length]!;
    return seededMoment({
      id: `${source}:conv-${Math.floor(i / 4)}:${i}`,
      createdAt: now - i * 5 * 60_000, // one every five minutes: about a year back
      source,
      kind: source === 'gmail' ? 'email' : 'caption',
      conversationId: `conv-${Math.floor(i / 4)}`,
      conversationTitle: `Call with Prospect ${i % 500} <b>(${Math.floor(i / 4)})</b>`,
      speaker: `Prospect ${i % 500}`,
      speakerEmail: source === 'gmail' ? `prospect${i % 500}@example.com` : null,
      text: `Moment ${i}: honestly, could you just send me some information about it?`,
      categories: firstCategory ? [firstCategory, category] : [category],
      feedback: i % 9 === 0 ? 'helpful' : null,
      usedSuggestionId: i % 6 === 0 ? `${category}-r1` : null,
    });
  });
  await seedMoments(page, moments);
}

const rowCategories = (page: Page) => page.locator('[data-testid="history-row"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-category')));
const fmt = (n: number) => n.toLocaleString('en-US');
const countText = (n: number) => `${fmt(n)} moments`;
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const show = (xs: number[]) => `p50 ${Math.round(p50(xs))} ms (runs: ${xs.map((x) => Math.round(x)).join(', ')})`;
const figures: string[] = [];

/** Opens the page and times, from navigation start (the page's own clock), the first row and the counted total. */
async function timeOpen(page: Page, url: string): Promise<{ firstRow: number; counted: number; marks: Record<string, number> }> {
  await page.goto('about:blank');
  await page.goto(url);
  const firstRow = (await (await page.waitForFunction(() => document.querySelector('[data-testid="history-row"]') && performance.now(), undefined, { polling: 'raf', timeout: MAX_MS })).jsonValue()) as number;
  const counted = (await (await page.waitForFunction((text) => document.querySelector('[data-testid="history-count"]')?.textContent === text && performance.now(), countText(TOTAL), { polling: 'raf', timeout: MAX_MS })).jsonValue()) as number;
  // Let the page settle (the category list read) before the next navigation, so one open's background reads do
  // not queue ahead of the next one's.
  await page.waitForFunction(() => performance.getEntriesByName('history:lists').length > 0, undefined, { timeout: MAX_MS });
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('history:', ''), Math.round(m.startTime)])));
  return { firstRow, counted, marks };
}

/**
 * Changes a filter and times, from the change event (the page's own clock), the list showing only matching rows
 * and the count showing `total`. Watched in the page on every animation frame, so the test's polling adds nothing.
 */
async function timeFilter(page: Page, label: string, value: string, match: { category?: string; source?: string }, total: number): Promise<{ rows: number; counted: number }> {
  await page.evaluate(
    ({ match, text }) => {
      const w = window as unknown as { __filterTiming?: { start?: number; rows?: number; counted?: number } };
      const t: { start?: number; rows?: number; counted?: number } = {};
      w.__filterTiming = t;
      document.addEventListener('change', () => (t.start = performance.now()), { capture: true, once: true });
      const tick = () => {
        if (t.start !== undefined) {
          const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="history-row"]')];
          if (t.rows === undefined && rows.length > 0 && rows.every((r) => (!match.category || r.dataset.category === match.category) && (!match.source || r.dataset.source === match.source))) t.rows = performance.now();
          if (t.rows !== undefined && document.querySelector('[data-testid="history-count"]')?.textContent === text) t.counted = performance.now();
        }
        if (t.counted === undefined) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    { match, text: countText(total) },
  );
  await page.getByLabel(label).selectOption(value);
  await page.waitForFunction(() => (window as unknown as { __filterTiming: { counted?: number } }).__filterTiming.counted !== undefined, undefined, { timeout: MAX_MS });
  const t = await page.evaluate(() => (window as unknown as { __filterTiming: { start: number; rows: number; counted: number } }).__filterTiming);
  return { rows: t.rows - t.start, counted: t.counted - t.start };
}

/**
 * The seed writes with plain IndexedDB, which Dexie cannot see. In the extension moments are written by the
 * background's Dexie, which announces each write to the other extension pages on this BroadcastChannel; this
 * announces "something changed" the same way.
 */
async function announceWrite(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bc = new BroadcastChannel('x-storagemutated-1');
    bc.postMessage({ all: true });
    bc.close();
  });
}

describe('history page with 100,000 moments', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let url: string;
  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    url = `chrome-extension://${browser.extensionId}/history-page.html`;
    // Opening the page creates the database (schema v4); the seed then writes into it.
    await page.goto(url);
    await page.getByTestId('history-count').filter({ hasText: '0 moments' }).waitFor();
    const now = Date.now();
    const seeded = Date.now();
    for (let start = 0; start < TOTAL; start += BATCH) await seed(page, start, BATCH, now);
    console.info(`history e2e: seeded ${TOTAL.toLocaleString()} moments in ${Date.now() - seeded} ms`);
  }, 240_000);
  afterAll(async () => {
    if (figures.length) console.info(`history e2e figures (targets: open ≤ 300 ms, filter ≤ 100 ms):\n  ${figures.join('\n  ')}`);
    await browser?.close();
  });

  it('renders the first rows quickly after navigation, virtualised', async () => {
    const runs: Awaited<ReturnType<typeof timeOpen>>[] = [];
    for (let i = 0; i < 7; i++) runs.push(await timeOpen(page, url));
    // The first open after seeding is cold (IndexedDB caches, code cache): reported, left out of the p50.
    const warm = runs.slice(1);
    figures.push(`open → first history-row: ${show(warm.map((r) => r.firstRow))}; cold ${Math.round(runs[0]!.firstRow)} ms`);
    figures.push(`open → total count shown: ${show(warm.map((r) => r.counted))}; cold ${Math.round(runs[0]!.counted)} ms`);
    for (const r of runs) expect(r.firstRow).toBeLessThan(MAX_MS);
    // Where the time goes, per open (ms from navigation): script running, first-page query sent and answered,
    // total counted, charts counted.
    for (const r of runs) figures.push(`  marks: ${JSON.stringify(r.marks)}`);
    await expect.poll(() => page.getByTestId('history-count').textContent()).toBe(countText(TOTAL));
    // Only a screenful (plus overscan) is in the DOM.
    const rendered = await page.locator('[data-testid="history-row"]').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(60);
    // Page text is text: the seeded <b> in titles is not markup.
    expect(await page.locator('[data-testid="history-row"] b').count()).toBe(0);
    expect(await page.locator('[data-testid="history-row"]').first().textContent()).toContain('<b>');
  });

  it('filters by category quickly', async () => {
    const category: { rows: number; counted: number }[] = [];
    for (const c of ['price', 'stall', 'competitor', 'price']) {
      const t = await timeFilter(page, 'Category', c, { category: c }, TOTAL / 8);
      category.push(t);
      expect(t.rows).toBeLessThan(MAX_MS);
    }
    figures.push(`category filter → matching first rows: ${show(category.map((t) => t.rows))}`);
    figures.push(`category filter → count shown: ${show(category.map((t) => t.counted))}`);
    expect(await rowCategories(page)).toSatisfy((cats: (string | null)[]) => cats.every((c) => c === 'price'));

    const both: { rows: number; counted: number }[] = [];
    for (const s of ['zoom', 'meet', 'gmail', 'zoom']) {
      const t = await timeFilter(page, 'Where', s, { category: 'price', source: s }, TOTAL / 32);
      both.push(t);
      expect(t.rows).toBeLessThan(MAX_MS);
    }
    figures.push(`+ source filter → matching first rows: ${show(both.map((t) => t.rows))}`);
    figures.push(`+ source filter → count shown: ${show(both.map((t) => t.counted))}`);

    // Straight after opening, while the total is still being counted.
    const early: number[] = [];
    for (const c of ['stall', 'price', 'competitor']) {
      await page.goto('about:blank');
      await page.goto(url);
      await page.locator('[data-testid="history-row"]').first().waitFor({ timeout: MAX_MS });
      const t = await timeFilter(page, 'Category', c, { category: c }, TOTAL / 8);
      early.push(t.rows);
      expect(t.rows).toBeLessThan(MAX_MS);
    }
    figures.push(`category filter right after the first rows (total still counting) → matching first rows: ${show(early)}`);
    await page.getByLabel('Category').selectOption('price');
    await page.getByLabel('Where').selectOption('zoom');
    // Right after a reload, with the filter lists still being read: correctness here, the timings are above.
    await expect.poll(() => page.getByTestId('history-count').textContent(), { timeout: MAX_MS }).toBe(countText(TOTAL / 32));
    expect(await page.locator('[data-testid="history-row"][data-source="zoom"][data-category="price"]').count()).toBeGreaterThan(0);
  });

  it('searches the words within the narrowed range, first rows before the scan ends', async () => {
    // price + zoom (3,125 moments) narrowed by the indexes; the words are then checked on those moments only.
    const started = Date.now();
    await page.getByLabel('Words').fill('moment 9998');
    // i % 8 = 3 (price) and floor(i / 8) % 4 = 2 (zoom) among 9998 and 99980–99989: 99987 only.
    await expect.poll(() => page.getByTestId('history-count').textContent(), { timeout: MAX_MS, interval: 20 }).toBe('1 moment');
    const counted = Date.now() - started;
    expect(await page.locator('[data-testid="history-row"]').first().textContent()).toContain('Moment 99987:');
    const last = await page.evaluate(() => Object.fromEntries(['query', 'head', 'total'].map((n) => [n, Math.round(performance.getEntriesByName(`history:${n}`).at(-1)?.startTime ?? 0)])));
    figures.push(`words "moment 9998" within price + zoom → counted in ${counted} ms (includes the 250 ms typing debounce; first rows read in ${last.head! - last.query!} ms, all matches in ${last.total! - last.query!} ms)`);
    await page.getByLabel('Words').fill('');
    await expect.poll(() => page.getByTestId('history-count').textContent()).toBe(countText(TOTAL / 32));
  });

  it('puts a moment written while the page is open on top, without reloading', async () => {
    await page.getByLabel('Where').selectOption('');
    await expect.poll(() => page.getByTestId('history-count').textContent()).toBe(countText(TOTAL / 8));
    const now = Date.now() + 60_000;
    // i % 8 = 3: price, here the second category after stall (the price filter finds it all the same); createdAt a
    // minute ahead.
    await seed(page, TOTAL + 3, 1, now + (TOTAL + 3) * 5 * 60_000, 'stall');
    await announceWrite(page);
    await expect.poll(() => page.locator('[data-testid="history-row"]').first().textContent()).toContain(`Moment ${TOTAL + 3}:`);
    expect(await page.locator('[data-testid="history-row"]').first().getAttribute('data-categories')).toBe('stall price');
    await expect.poll(() => page.getByTestId('history-count').textContent()).toBe(countText(TOTAL / 8 + 1));
    // Gone again, for the tests below (it was the newest; the list keeps its row until the next filter change).
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('truth-serum');
          open.onsuccess = () => {
            const tx = open.result.transaction('moments', 'readwrite');
            tx.objectStore('moments').delete(id);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      `gmail:conv-${Math.floor((TOTAL + 3) / 4)}:${TOTAL + 3}`, // source index floor(i / 8) % 4 = 0: gmail
    );
    await announceWrite(page);
  });

  it('scrolls deep into the list, by keyboard too', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByTestId('history-count').textContent(), { timeout: MAX_MS }).toBe(`${TOTAL.toLocaleString('en-US')} moments`);
    await page.locator('[data-testid="history-row"]').first().focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe(String(TOTAL - 1));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(`Moment ${TOTAL - 1}:`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe(String(TOTAL - 2));
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('0');
  });

  it('opens a conversation, in order, and comes back to the row', async () => {
    // From the keyboard: row 0 has focus; down one, Enter.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('1');
    await page.keyboard.press('Enter');
    const conversation = page.getByTestId('conversation');
    await conversation.waitFor();
    const cards = conversation.locator('[data-testid="moment"]');
    await expect.poll(() => cards.count()).toBe(4);
    // Folded cards: open them all to read the order.
    const show = cards.getByRole('button', { name: 'Show' });
    while ((await show.count()) > 0) await show.first().click();
    const numbers = (await cards.locator('.quote').allTextContents()).map((t) => Number(/Moment (\d+)/.exec(t)?.[1]));
    // Oldest first: the seed goes back in time as i grows.
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('1');
  });

  it('counts the charts only once opened, without holding up the list', async () => {
    const drawn: number[] = [];
    const whileCounting: number[] = [];
    for (const c of ['complaint', 'skepticism', 'complaint']) {
      await page.goto('about:blank');
      await page.goto(url);
      await expect.poll(() => page.getByTestId('history-count').textContent(), { timeout: MAX_MS }).toBe(countText(TOTAL));
      // Closed by default: no chart, nothing counted for one.
      expect(await page.locator('[data-testid="chart-categories"]').count()).toBe(0);
      expect(await page.evaluate(() => performance.getEntriesByName('history:charts').length)).toBe(0);
      await page.getByText('Charts', { exact: true }).click();
      // A filter changed while the charts count: its rows must not wait for them.
      const t = await timeFilter(page, 'Category', c, { category: c }, TOTAL / 8);
      whileCounting.push(t.rows);
      expect(t.rows).toBeLessThan(MAX_MS);
      await page.waitForFunction(() => performance.getEntriesByName('history:charts').length > 0, undefined, { timeout: 15_000 });
      drawn.push(await page.evaluate(() => performance.getEntriesByName('history:charts')[0]!.startTime - performance.getEntriesByName('history:charts-open')[0]!.startTime));
      await page.locator('[data-testid="chart-categories"] canvas').first().waitFor();
    }
    figures.push(`charts opened → counted and drawn (IndexedDB busy for them): ${show(drawn)}`);
    figures.push(`category filter while the charts count → matching first rows: ${show(whileCounting)}`);
  });

  it('draws both charts with uPlot, and exports', async () => {
    await page.locator('[data-testid="chart-categories"] canvas').first().waitFor();
    await page.locator('[data-testid="chart-outcomes"] canvas').first().waitFor();
    await page.getByLabel('Category').selectOption('authority');
    await expect.poll(() => page.getByTestId('history-count').textContent()).toBe(`${(TOTAL / 8).toLocaleString('en-US')} moments`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^truth-serum-moments-.*\.csv$/);
    await expect.poll(() => page.getByText(/Exported 12,500 moments as CSV/).count(), { timeout: 15_000 }).toBe(1);
    if (process.env.UPDATE_SCREENSHOTS) {
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.screenshot({ path: join(ROOT, 'docs/screenshots/history.png') });
      await page.locator('.charts').screenshot({ path: join(ROOT, 'docs/screenshots/charts.png') });
    }
  });

  it('is readable at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    // Chromium's own extension-page sheet shrinks body text to 75%; theme.css undoes it.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
    expect(await page.locator('[data-testid="history-row"] .row-text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('is linked from the side panel header', async () => {
    const panel = await openPanel(browser);
    const link = panel.getByRole('link', { name: 'History' });
    expect(await panel.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
    expect(await link.getAttribute('href')).toBe('/history-page.html');
  });
});
