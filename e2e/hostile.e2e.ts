import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPanel, ROOT, routeHost, type ExtensionBrowser } from './support/extension';
import { openGmailHtml } from './support/gmail';
import { installDriver, playCall } from './support/replay/call';

/**
 * A hostile page or caption: markup in the text a site shows (an email body, a spoken line) must reach the side panel
 * as inert text. Nothing of it may run, and none of it may become elements in the panel.
 */

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const JS_LINK = 'javascript:window.__pwned=1';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** What in the panel's DOM could have come from the hostile text. */
async function panelDamage(panel: Page) {
  return panel.evaluate(() => ({
    pwned: window.__pwned,
    scripts: Array.from(document.scripts).filter((s) => (s.textContent ?? '').includes('__pwned') || s.src.includes('__pwned')).length,
    images: document.querySelectorAll('img[onerror], img[src="x"]').length,
    handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on') || a.value.includes('__pwned'))).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
  }));
}

describe('hostile page text stays text in the side panel', () => {
  let browser: ExtensionBrowser;
  let panel: Page;
  beforeAll(async () => {
    browser = await launchWithExtension();
    panel = await openPanel(browser);
    await panel.getByTestId('empty-state').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders a Gmail email with <script>, <img onerror> and a javascript: link literally, and runs none of it', async () => {
    const hostileLine = `Thanks for the call. ${escapeHtml(SCRIPT)} ${escapeHtml(IMG)} <a href="${JS_LINK}">${JS_LINK}</a> Could you just send me some information and I'll take a look when things calm down?`;
    const html = readFileSync(join(ROOT, 'sites/gmail/fixtures/thread-inline-reply.html'), 'utf8').replace(
      "Thanks for the call. Could you just send me some information and I'll take a look when things calm down?",
      hostileLine,
    );
    expect(html).toContain('__pwned');
    const gmail = await openGmailHtml(browser, html, '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnz');

    const card = panel.locator('[data-testid="moment"][data-kind="email"][data-source="gmail"]');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    const shown = (await card.textContent()) ?? '';
    expect(shown).toContain(SCRIPT);
    expect(shown).toContain(IMG);
    expect(shown).toContain(JS_LINK);
    expect(await card.locator('mark').first().textContent()).toBe('send me some information');
    await panel.waitForTimeout(500);
    expect(await panelDamage(panel)).toEqual({ pwned: undefined, scripts: 0, images: 0, handlers: 0, jsLinks: 0 });
    // The content script did not turn the page's text into markup either.
    expect(await gmail.evaluate(() => window.__pwned)).toBeUndefined();
  });

  it('renders a Meet caption with the same markup literally, and runs none of it', async () => {
    await routeHost(browser.context, 'https://meet.google.com/**', 'sites/meet/fixtures/captions-off.html');
    const call = await browser.context.newPage();
    await call.goto('https://meet.google.com/abc-defg-hij');
    await installDriver(call, 'meet');
    await playCall(call, 'meet', [{ captions: 'on' }]);
    await playCall(call, 'meet', [{ speaker: 'Riley Park', say: `${SCRIPT} ${IMG} ${JS_LINK} could you just send me some information` }], 10);

    const card = panel.locator('[data-testid="moment"][data-kind="caption"][data-source="meet"]');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await card.last().textContent()) ?? '', { timeout: 10_000 }).toContain('send me some information');
    const shown = (await card.last().textContent()) ?? '';
    expect(shown).toContain(SCRIPT);
    expect(shown).toContain(IMG);
    expect(shown).toContain(JS_LINK);
    await panel.waitForTimeout(500);
    expect(await panelDamage(panel)).toEqual({ pwned: undefined, scripts: 0, images: 0, handlers: 0, jsLinks: 0 });
  });
});
