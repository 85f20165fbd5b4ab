import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPanel, routeHost, type ExtensionBrowser } from './support/extension';
import { openGmailFixture, storedMoments } from './support/gmail';
import { openMeetCall, untilListening } from './support/meet-call';
import { playCall } from './support/replay/call';

const PHRASE = 'circle the wagons';
const INLINE = '.gA.gt [g_editable="true"]';
const THREAD = '18f0000000000101';

async function typeAtStart(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text);
}

describe('options: a custom trigger made, tested, fired in Gmail, exported, deleted and imported back', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('adds "circle the wagons" as a stall, sees it fire, and survives an export → delete → import round trip', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Add trigger' }).click();
    const form = options.getByTestId('trigger-form');

    // Every field is validated where it is: a pattern with a regex is refused on the field itself.
    await form.locator('summary').click();
    await form.getByLabel('Advanced patterns (one per line)').fill('wagons /(a+)+$/');
    await form.getByRole('button', { name: 'Save trigger' }).click();
    const patterns = form.getByLabel('Advanced patterns (one per line)');
    expect(await patterns.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await patterns.getAttribute('aria-describedby'))!.split(' ')[0]!;
    expect(await options.locator(`#${errorId}`).textContent()).toMatch(/Regular expressions/);

    await patterns.fill('');
    await form.getByLabel('Category').selectOption('stall');
    await form.getByLabel('Phrases (one per line)').fill(PHRASE);
    await form.getByRole('button', { name: 'Save trigger' }).click();
    const row = options.locator('[data-testid="trigger-row"][data-kind="custom"]');
    await expect.poll(() => row.count()).toBe(1);
    const id = (await row.getAttribute('data-trigger-id'))!;
    expect(id).toMatch(/^custom\.circle-the-wagons-/);

    // The test bench fires it at once.
    await options.getByLabel('Text to test').fill('Honestly, we need to circle the wagons internally first.');
    await expect.poll(() => options.locator(`[data-testid="bench-hit"][data-trigger="${id}"]`).getAttribute('data-category')).toBe('stall');
    expect(await options.locator('[data-testid="bench-text"] mark[data-category="stall"]').textContent()).toBe(PHRASE);

    // It fires in a Gmail compose: the background rebuilt its detector from the stored triggers.
    await routeHost(browser.context, 'https://mail.google.com/**', 'sites/gmail/fixtures/compose-popup.html');
    const panel = await openPanel(browser);
    const compose = await browser.context.newPage();
    await compose.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
    await typeAtStart(compose, '[g_editable="true"]', "Let's circle the wagons before we decide.");
    const stall = panel.locator('[data-testid="moment"][data-category="stall"]');
    await expect.poll(() => stall.count(), { timeout: 10_000 }).toBe(1);
    expect(await stall.locator('mark').first().textContent()).toBe(PHRASE);

    // The rep's own response for the category replaces the built-in one on the card, as soon as it is saved.
    const MINE = 'Happy to wait. What would you need to see from us before that internal conversation?';
    await options.locator('#responses-category').selectOption('stall');
    await options.getByLabel('Response 1 (email)').fill(MINE);
    await options.getByRole('button', { name: 'Save responses' }).click();
    await expect.poll(() => stall.getByTestId('suggestion').allTextContents(), { timeout: 10_000 }).toContainEqual(expect.stringContaining(MINE));
    await compose.close();

    // Export: the download is a versioned pack holding the trigger.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export pack' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^truth-serum-pack-\d{4}-\d{2}-\d{2}\.json$/);
    const file = (await download.path())!;
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    expect(pack).toMatchObject({ format: 'truth-serum-pack', version: 1, triggers: [{ id, category: 'stall', phrases: [PHRASE] }] });

    // Reset: delete it. The background stops firing it.
    await options.getByRole('button', { name: `Delete ${id}` }).click();
    await expect.poll(() => row.count()).toBe(0);
    const gmail = await openGmailFixture(browser, 'thread-inline-reply', '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnz');
    await expect.poll(() => panel.locator('[data-testid="moment"][data-kind="email"]').count(), { timeout: 10_000 }).toBe(1);
    await typeAtStart(gmail, INLINE, 'We will circle the wagons. ');
    await expect.poll(async () => (await storedMoments(panel, THREAD)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await gmail.waitForTimeout(1500);
    expect((await storedMoments(panel, THREAD)).filter((m) => m.categories.includes('stall'))).toEqual([]);

    // Import the exported file: preview first, then apply.
    await options.getByTestId('import-file').setInputFiles(file);
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.textContent()).toMatch(/1 new trigger: circle the wagons/);
    await preview.getByRole('button', { name: 'Apply import' }).click();
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-trigger-id')).toBe(id);

    // It fires again on the next edit of the draft.
    await typeAtStart(gmail, INLINE, 'Yes, ');
    await expect.poll(async () => (await storedMoments(panel, THREAD)).filter((m) => m.kind === 'draft' && m.categories.includes('stall')).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.locator('[data-testid="moment"][data-category="stall"]').count(), { timeout: 10_000 }).toBe(1);
  });

  it('refuses a broken pack with a precise message and changes nothing', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('[data-testid="trigger-row"]').count()).toBeGreaterThan(0);
    const before = await options.locator('[data-testid="trigger-row"]').count();
    await options.getByTestId('import-file').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'truth-serum-pack', version: 9, triggers: [] })) });
    await expect.poll(() => options.getByTestId('import-error').textContent()).toMatch(/future\.json: This pack is version 9/);
    expect(await options.getByTestId('import-preview').count()).toBe(0);
    expect(await options.locator('[data-testid="trigger-row"]').count()).toBe(before);
  });

  it('explains a moment only the second look found, and the rep can switch such moments off and on again', async () => {
    // Our own line: no trigger matches it, and the shipped model reads it as price pushback (p > 0.9).
    const LINE = 'Our budget was a fraction of that quote, it is far more money than we planned.';
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const toggle = options.getByRole('switch', { name: 'Second look: also show moments no trigger caught' });
    expect(await toggle.isChecked()).toBe(true);
    const hit = options.getByTestId('bench-hit');
    const bench = options.getByLabel('Text to test');
    await bench.fill(LINE);
    await expect.poll(() => hit.getAttribute('data-trigger')).toBe('second-look.price');
    expect(await hit.count()).toBe(1);
    expect(await hit.textContent()).toMatch(/^Found by the second look: no trigger matched “Our budget .*”, but the words \(“[^”]+”(, “[^”]+”)*\) read like Price or budget\. Add your own trigger/);

    // Off with the keyboard; the bench follows, and the choice is stored (it survives a reload).
    await toggle.focus();
    await options.keyboard.press('Space');
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await expect.poll(() => options.getByTestId('bench-result').textContent()).toMatch(/^Nothing fires on this text\./);
    expect(await hit.count()).toBe(0);
    await options.reload();
    expect(await toggle.isChecked()).toBe(false);
    await bench.fill(LINE);
    await expect.poll(() => options.getByTestId('bench-result').textContent()).toMatch(/^Nothing fires on this text\. The second look’s own moments are switched off/);

    // The background honours it too: said on a call, the line makes no moment, while a trigger's line after it does.
    const panel = await openPanel(browser);
    const call = await openMeetCall(browser);
    await playCall(call, 'meet', [{ captions: 'on' }]);
    await untilListening(panel);
    const said = (words: string) => storedMoments(panel).then((all) => all.filter((m) => m.kind === 'caption' && m.text.toLowerCase().includes(words)));
    await playCall(call, 'meet', [
      { speaker: 'Riley Park (Guest)', say: LINE },
      { speaker: 'Jordan Lee', say: 'could you just send me some information' },
    ]);
    await expect.poll(() => said('send me some information'), { timeout: 10_000 }).toEqual([expect.objectContaining({ categories: ['info_brushoff'] })]);
    // The line before it was analysed first; a moment of it would be written by now, a second's margin aside.
    await call.waitForTimeout(1000);
    expect(await said('a fraction of that quote')).toEqual([]);

    // On again: the bench shows the moment, and the call does when the line is said again.
    await toggle.click();
    await expect.poll(() => hit.getAttribute('data-trigger')).toBe('second-look.price');
    await options.reload();
    expect(await toggle.isChecked()).toBe(true);
    await playCall(call, 'meet', [{ speaker: 'Jordan Lee', say: LINE }]);
    await expect.poll(() => said('a fraction of that quote'), { timeout: 10_000 }).toEqual([expect.objectContaining({ categories: ['price'] })]);
    await call.close();
  });

  it('reads nothing on a site the rep switched off in the settings', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: 'Gmail', exact: true }).last().uncheck();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.getByText('Settings saved.').count()).toBe(1);

    const panel = await openPanel(browser);
    const before = (await storedMoments(panel)).length;
    await routeHost(browser.context, 'https://mail.google.com/**', 'sites/gmail/fixtures/compose-popup.html');
    const compose = await browser.context.newPage();
    await compose.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
    await typeAtStart(compose, '[g_editable="true"]', 'Could you just send me some information?');
    await compose.waitForTimeout(2000);
    expect((await storedMoments(panel)).length).toBe(before);
  });
});
