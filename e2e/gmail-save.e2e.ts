import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPanel, type ExtensionBrowser } from './support/extension';
import { openGmailFixture } from './support/gmail';

const INLINE = '.gA.gt [g_editable="true"]';

interface LoggedInput {
  type: 'beforeinput' | 'input';
  isTrusted: boolean;
  inputType: string | null;
  data: string | null;
  body: string | null;
}

/** What the fixture's own page script (main world, like Gmail's) recorded. */
const pageLog = (gmail: Page) => gmail.evaluate(() => (window as unknown as { pageInputLog: LoggedInput[] }).pageInputLog.slice());

/** The rep's words in the inline reply, without signature and quoted email, whitespace collapsed. */
const repText = (gmail: Page) =>
  gmail.locator(INLINE).evaluate((body) => {
    const clone = body.cloneNode(true) as HTMLElement;
    for (const el of Array.from(clone.querySelectorAll('.gmail_signature, .gmail_quote'))) el.remove();
    return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

const protectedParts = (gmail: Page) => gmail.locator(`${INLINE} > .gmail_signature, ${INLINE} > .gmail_quote`).evaluateAll((els) => els.map((el) => el.outerHTML));

describe('Gmail: Insert reaches the page as trusted typing, so Gmail saves the draft', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the page’s own listeners see one trusted insertText input; signature and quote intact; one Ctrl+Z undoes it', async () => {
    const panel = await openPanel(browser);
    const gmail = await openGmailFixture(browser, 'thread-inline-reply', '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnz');
    const before = await protectedParts(gmail);
    expect(before).toHaveLength(2);

    const email = panel.locator('[data-testid="moment"][data-kind="email"]');
    await expect.poll(() => email.count(), { timeout: 10_000 }).toBe(1);
    const suggestion = email.getByTestId('suggestion').first();
    const text = ((await suggestion.locator('p').textContent()) ?? '').trim();
    expect(text).not.toBe('');
    expect(await pageLog(gmail)).toEqual([]);

    await suggestion.getByTestId('insert').click();
    await expect.poll(() => suggestion.getByRole('status').textContent()).toBe('Inserted into your draft');
    await expect.poll(() => repText(gmail)).toBe(text.replace(/\s+/g, ' '));

    const log = await pageLog(gmail);
    // Exactly what typing would give Gmail's listeners: trusted, insertText, the whole text at once (the browser does
    // not fire beforeinput for execCommand).
    const inserted = log.filter((e) => e.type === 'input' && e.inputType === 'insertText');
    expect(inserted).toEqual([{ type: 'input', isTrusted: true, inputType: 'insertText', data: text, body: ':r1' }]);
    // Nothing script-made reaches the page's listeners alongside it.
    expect(log.filter((e) => !e.isTrusted)).toEqual([]);
    expect(await protectedParts(gmail)).toEqual(before);

    // One step back: the whole insertion goes, the signature and quote stay.
    await gmail.locator(INLINE).evaluate((el) => (el as HTMLElement).focus());
    await gmail.keyboard.press('Control+z');
    await expect.poll(() => repText(gmail)).toBe('');
    expect(await protectedParts(gmail)).toEqual(before);
    expect((await pageLog(gmail)).filter((e) => e.type === 'input').map((e) => [e.isTrusted, e.inputType])).toEqual([
      [true, 'insertText'],
      [true, 'historyUndo'],
    ]);
  });
});
