/**
 * `npm run demo`: the extension on local copies of Gmail and a Google Meet call, no accounts needed.
 * Pages are served at the real host names, so the real content scripts run. Headed by default;
 * `--headless` (or no display) plays the demo, saves a screenshot and prints what the side panel shows.
 */
import { join } from 'node:path';
import { launchWithExtension, openPanel, routeHost, ROOT } from '../e2e/support/extension';
import { installDriver, playCall, type CallStep } from '../e2e/support/replay/call';

const CALL: CallStep[] = [
  { captions: 'on' },
  { speaker: 'Avery Chen (Guest)', say: 'thanks for walking us through it um honestly it is a bit more than we budgeted for this year' },
  { speaker: 'You', say: 'that is fair can I ask what you were comparing it to' },
  { speaker: 'Avery Chen (Guest)', say: 'we already use a tool our IT team built in house and I would have to run it by my boss anyway' },
  { speaker: 'You', say: 'just send me some information is what people usually say at this point' },
  { speaker: 'Avery Chen (Guest)', say: 'ha well why don\'t you just send me some information and we\'ll take a look' },
];

async function main(): Promise<void> {
  const wantHeadless = process.argv.includes('--headless');
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!wantHeadless && !hasDisplay) console.log('No display found: running the demo headless (pass --headless to skip this note).');
  const headless = wantHeadless || !hasDisplay;
  const browser = await launchWithExtension({ headless });
  await routeHost(browser.context, 'https://mail.google.com/**', 'sites/gmail/fixtures/thread-inline-reply.html');
  await routeHost(browser.context, 'https://meet.google.com/**', 'sites/meet/fixtures/captions-off.html');

  const panel = await openPanel(browser);
  const gmail = await browser.context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox/demo');
  const meet = await browser.context.newPage();
  await meet.goto('https://meet.google.com/abc-defg-hij');
  await installDriver(meet, 'meet');
  console.log('Playing a short Google Meet call into the captions…');
  await playCall(meet, 'meet', CALL, headless ? 30 : 180);
  await panel.bringToFront();
  await panel.waitForTimeout(1500);

  const cards = await panel.locator('[data-testid="moment"]').evaluateAll((els) =>
    els.map((el) => `${el.getAttribute('data-source')}  ${el.getAttribute('data-categories')}  — ${el.querySelector('[data-testid="speaker"]')?.textContent ?? ''}`),
  );
  console.log(`\nThe side panel follows the latest conversation and shows ${cards.length} moment(s):`);
  for (const c of cards) console.log(`  • ${c}`);

  if (headless) {
    const file = join(ROOT, '.output', 'demo-sidepanel.png');
    await panel.screenshot({ path: file, fullPage: true });
    console.log(`\nScreenshot of the side panel: ${file}`);
    await browser.close();
    return;
  }
  console.log('\nThe browser stays open: try typing a brush-off into the Gmail reply. Close the window to end the demo.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
