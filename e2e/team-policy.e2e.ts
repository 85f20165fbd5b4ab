import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getDefaultDetector } from '../lib/detection/index';
import { launchWithExtension, openPanel, ROOT, unpackedExtensionId, type ExtensionBrowser } from './support/extension';
import { openGmailHtml, storedMoments } from './support/gmail';
import { writePolicyFile, type PolicyFile } from './support/policy';

// The documented example policy file is the policy under test: if the doc's example stops working, this fails.
const POLICY_EXAMPLE = readFileSync(join(ROOT, 'docs', 'team-policy.chromium.json'), 'utf8');
const PACK = JSON.parse(readFileSync(join(ROOT, 'docs', 'team-policy.example.json'), 'utf8')) as { name: string; triggers: Array<{ id: string }> };
const TEAM_TRIGGER = 'team.renewal-review';
const TEAM_ONLY = 'Honestly, we plan to shop around at renewal before we sign anything again.';
const OWN_PHRASE = 'kick the tyres';
const THREAD = '18f0000000000101';

/** The stored inline-reply thread with Dana's brush-off replaced by `sentence` (and its thread id by `threadId`). */
function threadSaying(sentence: string, threadId = THREAD): string {
  const html = readFileSync(join(ROOT, 'sites', 'gmail', 'fixtures', 'thread-inline-reply.html'), 'utf8');
  const replaced = html.replaceAll(/Could you just send me some information and I'll take a look( when things calm down)?\?/g, sentence).replaceAll(THREAD, threadId);
  if (!replaced.includes(sentence)) throw new Error('fixture changed: brush-off sentence not found');
  return replaced;
}

/** What chrome://policy lists, to say why when the extension did not get its policy. */
async function policyPageText(browser: ExtensionBrowser): Promise<string> {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://policy');
    await page.waitForTimeout(500);
    return (await page.locator('body').innerText()).slice(0, 3000);
  } finally {
    await page.close();
  }
}

describe('team policy: a pack set through Chromium enterprise policy reaches the extension', () => {
  let browser: ExtensionBrowser;
  let policy: PolicyFile | undefined;
  let policyName = '';
  let options: Page;

  beforeAll(async () => {
    // The policy must name the extension before Chromium starts; an unpacked extension's id follows from its path.
    const id = unpackedExtensionId();
    policyName = `truth-serum-e2e-${id}.json`;
    policy = writePolicyFile(policyName, JSON.parse(POLICY_EXAMPLE.replaceAll('EXTENSION_ID', id)));
    browser = await launchWithExtension();
    if (browser.extensionId !== id) throw new Error(`Chromium loaded the extension as ${browser.extensionId}, the policy names ${id}`);
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      policy?.remove();
    }
  });

  it('fires on a Gmail email that only the team trigger matches, opened right after the browser started', async () => {
    // First thing after launch, as when the browser restores a Gmail tab: Chromium loads the policy while the worker
    // starts, and this report must not be analysed before the team pack is in (see watchTeamPolicy).
    // Without the team pack nothing would fire here: this moment can only come from the policy.
    expect(getDefaultDetector().analyze(TEAM_ONLY, { channel: 'email', role: 'customer', source: 'gmail' }).categories).toEqual([]);
    const panel = await openPanel(browser);
    await openGmailHtml(browser, threadSaying(TEAM_ONLY), '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhnz');
    const moment = panel.locator('[data-testid="moment"][data-kind="email"]');
    await expect.poll(() => moment.count(), { timeout: 10_000 }).toBe(1);
    expect(await moment.getAttribute('data-category')).toBe('renewal_risk');
    expect(await moment.getByTestId('speaker').textContent()).toContain('Dana Ortiz');
    expect(await moment.locator('mark').first().textContent()).toBe('shop around at renewal');
    expect((await storedMoments(panel, THREAD)).map((m) => m.categories)).toEqual([['renewal_risk']]);
    await panel.close();
  });

  it('hands the pack to the extension as managed storage', async () => {
    const worker = await browser.serviceWorker();
    const managed = await worker.evaluate(() => chrome.storage.managed.get('teamPack'));
    if (managed.teamPack === undefined) throw new Error(`storage.managed is empty. chrome://policy shows:\n${await policyPageText(browser)}`);
    expect(managed.teamPack).toEqual(PACK);
  });

  it('lists the team triggers on the options page, locked', async () => {
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByText(`Your team (${PACK.name}) adds ${PACK.triggers.length} locked triggers.`).count()).toBe(1);
    const team = options.locator('[data-testid="trigger-row"][data-kind="team"]');
    expect(await team.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-trigger-id')))).toEqual(PACK.triggers.map((t) => t.id));
    const row = options.locator(`[data-testid="trigger-row"][data-trigger-id="${TEAM_TRIGGER}"]`);
    expect(await row.textContent()).toContain('From your team (locked)');
    expect(await row.textContent()).toContain('Renewal at risk');
    // Locked: it can be copied, not edited, switched off or deleted.
    expect(await row.getByRole('button').allTextContents()).toEqual(['Duplicate']);
  });

  it('lets the rep add an own trigger beside the team’s, and both fire', async () => {
    await options.getByRole('button', { name: 'Add trigger' }).click();
    const form = options.getByTestId('trigger-form');
    await form.getByLabel('Category').selectOption('stall');
    await form.getByLabel('Phrases (one per line)').fill(OWN_PHRASE);
    await form.getByRole('button', { name: 'Save trigger' }).click();
    const own = options.locator('[data-testid="trigger-row"][data-kind="custom"]');
    await expect.poll(() => own.count()).toBe(1);
    const ownId = (await own.getAttribute('data-trigger-id'))!;
    expect(await options.locator('[data-testid="trigger-row"][data-kind="team"]').count()).toBe(PACK.triggers.length);

    await options.getByLabel('Text to test').fill(`${TEAM_ONLY} We also want to kick the tyres on two other tools.`);
    await expect.poll(() => options.locator(`[data-testid="bench-hit"][data-trigger="${TEAM_TRIGGER}"]`).getAttribute('data-category')).toBe('renewal_risk');
    await expect.poll(() => options.locator(`[data-testid="bench-hit"][data-trigger="${ownId}"]`).getAttribute('data-category')).toBe('stall');
  });

  it('picks up a changed policy while running: the options page and the background both follow', async () => {
    // Team jargon the built-in pack does not know (it knows "sharpen your pencils" now).
    const TEAM_JARGON = 'Before we go further, we will need the blue ribbon terms on this one.';
    expect(getDefaultDetector().analyze(TEAM_JARGON, { channel: 'email', role: 'customer', source: 'gmail' }).categories).toEqual([]);
    const changed = { ...PACK, name: 'Acme sales team Q3', triggers: [...PACK.triggers, { id: 'team.blue-ribbon', category: 'price', phrases: ['blue ribbon terms'] }] };
    policy = writePolicyFile(policyName, { '3rdparty': { extensions: { [browser.extensionId]: { teamPack: changed } } } });
    // Chromium watches its policy folder and reloads a changed file once it has settled (a few seconds).
    await expect.poll(() => options.getByText('Your team (Acme sales team Q3) adds 3 locked triggers.').count(), { timeout: 30_000, interval: 500 }).toBe(1);
    expect(await options.locator('[data-testid="trigger-row"][data-trigger-id="team.blue-ribbon"]').getAttribute('data-kind')).toBe('team');

    const panel = await openPanel(browser);
    await openGmailHtml(browser, threadSaying(TEAM_JARGON, '18f0000000000909'), '#inbox/FMfcgzQXJWDsKmxvRpPCwLrVpPWqvhzz');
    await expect.poll(async () => (await storedMoments(panel, '18f0000000000909')).map((m) => m.categories), { timeout: 10_000 }).toEqual([['price']]);
  });
});
