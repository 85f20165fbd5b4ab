import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPanel, type ExtensionBrowser } from './support/extension';

describe('practice page', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/practice-page.html`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs one round: a good answer is marked met, model answers shown, the attempt counted in progress', async () => {
    await page.getByText(/drills come from your own conversations/).waitFor();
    expect(await page.getByTestId('practice-progress').textContent()).toContain('No attempts yet');
    // A stall round, chosen by category, from the keyboard-reachable controls.
    await page.getByLabel('Choose categories').check();
    await page.getByRole('group', { name: 'Categories' }).getByLabel('Stalling').check();
    await page.getByRole('button', { name: 'Start round' }).click();
    const drill = page.getByTestId('drill');
    await drill.waitFor();
    expect(await drill.getAttribute('data-category')).toBe('stall');
    expect(await drill.locator('h2').textContent()).toMatch(/Drill 1 of \d/);

    const answer = "Which part are you still weighing up? If the honest answer is no, that's completely fine to say.";
    await page.getByLabel('Your answer').fill(answer);
    await page.getByLabel('Your answer').press('Control+Enter');
    const result = page.getByTestId('practice-result');
    await result.waitFor();
    const state = (id: string) => result.locator(`[data-principle="${id}"]`).getAttribute('data-state');
    expect(await state('customer_question')).toBe('met');
    expect(await state('ok_to_say_no')).toBe('met');
    expect(await state('no_pressure')).toBe('met');
    expect(await state('concise')).toBe('met');
    expect(await result.locator('[data-principle="customer_question"] mark').first().textContent()).toBe('Which part are you still weighing up?');
    // The playbook's model answers, beside the verdicts.
    const models = page.getByTestId('model-answers');
    expect(await models.textContent()).toContain("Which part are you still weighing up? I'd rather help with it now");

    // Progress: one stall attempt, in the table and drawn by uPlot.
    const row = page.locator('[data-testid="progress-row"][data-category="stall"]');
    await row.waitFor();
    await expect.poll(() => row.getByTestId('progress-attempts').textContent()).toBe('1');
    await page.locator('[data-testid="practice-progress"] canvas').first().waitFor();

    await page.getByRole('button', { name: /Next drill|Finish round/ }).click();
    await page.getByTestId('drill').or(page.getByTestId('round-done')).first().waitFor();
  });

  it("offers the rep's customer stories on a card of that category, naming the customer only when shareable", async () => {
    const stories = page.getByTestId('stories');
    const addStory = async (title: string, text: string, shareable: boolean) => {
      await stories.getByLabel('Customer or title').fill(title);
      await stories.getByLabel('Why they bought').fill(text);
      await stories.getByRole('group', { name: 'Moments it answers' }).getByLabel('Stalling').check();
      if (shareable) await stories.getByLabel('Shareable with my team').check();
      await stories.getByRole('button', { name: 'Save story' }).click();
      await stories.getByTestId('story').filter({ hasText: text }).waitFor();
    };
    await addStory('Initech', 'Initech waited a quarter, then lost a deal to the delay.', false);
    await addStory('Globex', 'They said next year; a two-week pilot changed their mind.', true);
    // A stall moment, written as the background writes it (derived fields included), in a call the panel follows.
    await page.evaluate(async () => {
      const now = Date.now();
      const text = "Let's revisit this next quarter.";
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('truth-serum');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('moments', 'readwrite');
      tx.objectStore('moments').put({
        id: 'meet:story-call:1', createdAt: now, updatedAt: now, source: 'meet', kind: 'caption', conversationId: 'story-call', conversationTitle: 'Weekly sync',
        role: 'customer', speaker: 'Dana', speakerEmail: null, text, categories: ['stall'],
        detections: [{ category: 'stall', trigger: 'seeded', start: 6, end: 31, text: text.slice(6, 31), speakers: 'customer' }],
        tabId: null, composeKey: null, seen: 0, feedback: null, usedSuggestionId: null, primaryCategory: 'stall', prospectKey: 'dana', used: 0, categoryAt: [['stall', now]],
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    const panel = await openPanel(browser);
    const card = panel.locator('[data-testid="moment"][data-category="stall"]');
    await card.waitFor();
    const points = card.getByTestId('story-point');
    await expect.poll(() => points.count()).toBe(2);
    const shared = points.filter({ hasText: 'pilot' });
    expect(await shared.locator('.story-who').textContent()).toBe('Globex');
    const kept = points.filter({ hasText: 'waited a quarter' });
    expect(await kept.locator('.story-who').textContent()).toBe('A customer');
    expect(await kept.textContent()).not.toContain('Initech');
    expect(await kept.getByRole('button', { name: 'Copy story' }).count()).toBe(1);
    // The side panel's narrowest width: the card with its stories still fits.
    await panel.setViewportSize({ width: 320, height: 800 });
    expect(await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await panel.close();
  });

  it('is readable at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    // Chromium's own extension-page sheet shrinks body text to 75%; theme.css undoes it.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('is linked from the side panel header', async () => {
    const panel = await openPanel(browser);
    expect(await panel.getByRole('link', { name: 'Practice' }).getAttribute('href')).toBe('/practice-page.html');
  });
});
