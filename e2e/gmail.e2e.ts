import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateThreadHtml } from '../sites/gmail/test-fixtures';
import { launchWithExtension, openPanel, type ExtensionBrowser } from './support/extension';
import { openGmailFixture, storedMoments } from './support/gmail';

const moments = (panel: Page) => panel.locator('[data-testid="moment"]');
const INLINE = '.gA.gt [g_editable="true"]';
const POPUP = '[role="dialog"] [g_editable="true"]';

/** The rep's words in a compose as the browser renders them, whitespace collapsed. */
const shownText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((body) => {
    const clone = body.cloneNode(true) as HTMLElement;
    for (const el of Array.from(clone.querySelectorAll('.gmail_signature, .gmail_quote'))) el.remove();
    return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** Puts the caret at the start of a compose body (clicking its middle could land in the signature) and types. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text);
}

describe('Gmail: the email being answered, the draft being written, and honest replies inserted into it', () => {
  let browser: ExtensionBrowser;
  // A fresh profile per test: each starts with an empty moment store.
  beforeEach(async () => {
    browser = await launchWithExtension();
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('shows Dana’s "send me some information" email as an info brush-off moment, then coaches the rep’s caving draft', async () => {
    const panel = await openPanel(browser);
    await expect.poll(() => panel.getByTestId('empty-state').count()).toBe(1);
    const gmail = await openGmailFixture(browser, 'thread-inline-reply', '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnz');

    // (a) The incoming email.
    const email = panel.locator('[data-testid="moment"][data-kind="email"]');
    await expect.poll(() => email.count(), { timeout: 10_000 }).toBe(1);
    expect(await email.getAttribute('data-category')).toBe('info_brushoff');
    expect(await email.getAttribute('data-source')).toBe('gmail');
    expect(await email.getByTestId('speaker').textContent()).toContain('Dana Ortiz');
    // The inline reply is open under it, so its suggestions can be inserted.
    await expect.poll(() => email.getByTestId('insert').count()).toBeGreaterThan(0);

    // (b) The rep starts to cave in the inline reply.
    await typeInto(gmail, INLINE, "Sure, I'll send over some info!");
    const draft = panel.locator('[data-testid="moment"][data-kind="draft"]');
    await expect.poll(() => draft.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => draft.getByTestId('coaching').count()).toBe(1);
    expect((await draft.getByTestId('coaching').textContent())?.trim()).not.toBe('');
    // Same conversation as Dana's email: both cards are in the panel.
    expect(await moments(panel).count()).toBe(2);
    const stored = await storedMoments(panel, '18f0000000000101');
    expect(stored.map((m) => m.kind).sort()).toEqual(['draft', 'email']);
    // The signature and the quoted email are not the rep's words.
    expect(stored.find((m) => m.kind === 'draft')?.text).toBe("Sure, I'll send over some info!");
  });

  it('inserts a suggestion into the inline reply answering Jonas, not the pop-up; signature kept; Ctrl+Z undoes it', async () => {
    const panel = await openPanel(browser);
    const gmail = await openGmailFixture(browser, 'thread-two-composes-de', '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnz');
    const inlineSignature = await gmail.locator(`${INLINE} .gmail_signature`).evaluate((el) => el.outerHTML);
    const popupBefore = await gmail.locator(POPUP).evaluate((el) => el.innerHTML);

    const email = panel.locator('[data-testid="moment"][data-kind="email"]');
    await expect.poll(() => email.count(), { timeout: 10_000 }).toBe(1);
    expect(await email.getByTestId('speaker').textContent()).toContain('Jonas Weber');
    const suggestion = email.getByTestId('suggestion').first();
    const text = ((await suggestion.locator('p').textContent()) ?? '').trim();
    expect(text).not.toBe('');

    await suggestion.getByTestId('insert').click();
    await expect.poll(() => suggestion.getByRole('status').textContent()).toBe('Inserted into your draft');

    await expect.poll(() => shownText(gmail, INLINE)).toBe(text.replace(/\s+/g, ' '));
    expect(await gmail.locator(`${INLINE} .gmail_signature`).evaluate((el) => el.outerHTML)).toBe(inlineSignature);
    expect(await gmail.locator(POPUP).evaluate((el) => el.innerHTML)).toBe(popupBefore);

    // execCommand('insertText') put the insert on the page's undo stack.
    await gmail.locator(INLINE).evaluate((el) => (el as HTMLElement).focus());
    await gmail.keyboard.press('Control+z');
    await expect.poll(() => shownText(gmail, INLINE)).toBe('');
    expect(await gmail.locator(`${INLINE} .gmail_signature`).evaluate((el) => el.outerHTML)).toBe(inlineSignature);
    expect(await gmail.locator(POPUP).evaluate((el) => el.innerHTML)).toBe(popupBefore);
  });

  it('after Gmail swaps in another thread (SPA navigation), the old thread adds nothing and the new brush-off appears once', async () => {
    const panel = await openPanel(browser);
    const gmail = await openGmailFixture(browser, 'thread-inline-reply', '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnz');
    const OLD = '18f0000000000101';
    const NEW = '18f00000000f0050';

    await expect.poll(() => panel.locator('[data-testid="moment"][data-kind="email"]').count(), { timeout: 10_000 }).toBe(1);
    await typeInto(gmail, INLINE, "Sure, I'll send over some info!");
    await expect.poll(async () => (await storedMoments(panel, OLD)).length, { timeout: 10_000 }).toBe(2);
    const oldBefore = await storedMoments(panel, OLD);

    // Gmail opens another thread in place: [role=main] gets new content, no page load, the URL hash changes.
    const nextThread = generateThreadHtml({ messages: 50, threadId: NEW, subject: 'Re: Depot rollout', customerName: 'Priya Shah', customerEmail: 'priya.shah@contoso.example' });
    const swappedAt = await gmail.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      history.pushState(null, '', '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnx');
      document.title = next.title;
      document.querySelector('[role="main"]')!.innerHTML = next.querySelector('[role="main"]')!.innerHTML;
      return Date.now();
    }, nextThread);

    const brushOff = panel.locator('[data-testid="moment"][data-category="info_brushoff"]');
    await expect.poll(() => brushOff.getByTestId('speaker').allTextContents(), { timeout: 10_000 }).toEqual([expect.stringContaining('Priya Shah')]);
    console.info(`gmail e2e: 50-message thread swapped in → brush-off in the panel after ${Date.now() - swappedAt} ms`);

    // Only the last of Priya's 25 messages is a brush-off; the new conversation holds it once.
    const fresh = await storedMoments(panel, NEW);
    expect(fresh.filter((m) => m.categories.includes('info_brushoff')).map((m) => m.speaker)).toEqual(['Priya Shah']);
    // Whatever else the 50 messages hold, each message is one moment at most.
    expect(new Set(fresh.map((m) => m.id)).size).toBe(fresh.length);

    // Let a few more debounce windows pass, with the page still changing: the old thread's moments stay as they were.
    await gmail.evaluate(() => document.querySelector('[role="main"] h2')!.append(' '));
    await gmail.waitForTimeout(1500);
    expect(await storedMoments(panel, OLD)).toEqual(oldBefore);
    expect((await storedMoments(panel, NEW)).length).toBe(fresh.length);
    expect(await brushOff.count()).toBe(1);
  });
});
