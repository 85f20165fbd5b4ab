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

  it('is readable at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('is linked from the side panel header', async () => {
    const panel = await openPanel(browser);
    expect(await panel.getByRole('link', { name: 'Practice' }).getAttribute('href')).toBe('/practice-page.html');
  });
});
