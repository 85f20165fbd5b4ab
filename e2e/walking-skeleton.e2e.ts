import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchWithExtension, openPanel, ROOT, routeHost, type ExtensionBrowser } from './support/extension';

describe('walking skeleton: Gmail draft → background → IndexedDB → side panel', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows an info_brushoff moment in the side panel for a brush-off typed into a compose box', async () => {
    await routeHost(browser.context, 'https://mail.google.com/**', 'sites/gmail/fixtures/compose-popup.html');
    const panel = await openPanel(browser);
    await expect.poll(() => panel.getByTestId('empty-state').count()).toBe(1);

    const gmail = await browser.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
    const body = gmail.locator('[g_editable="true"]');
    await body.click();
    await gmail.keyboard.press('Control+Home');
    await gmail.keyboard.type('Could you just send me some information?');

    const moment = panel.locator('[data-testid="moment"][data-category="info_brushoff"][data-source="gmail"]');
    await expect.poll(() => moment.count(), { timeout: 10_000 }).toBe(1);
    expect(await moment.getAttribute('data-kind')).toBe('draft');
    expect(await moment.locator('mark').first().textContent()).toBe('send me some information');
    await expect.poll(() => panel.getByTestId('adapter-status').getAttribute('data-state')).toBe('listening');
    // The README's screenshot is refreshed on demand, so ordinary runs leave the tree clean.
    if (process.env.UPDATE_SCREENSHOTS) await panel.screenshot({ path: join(ROOT, 'docs/screenshots/sidepanel-live.png'), fullPage: true });
  });
});
