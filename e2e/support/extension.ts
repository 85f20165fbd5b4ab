import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, realpathSync, rmSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
/** Debian's Chromium; CHROMIUM_PATH points elsewhere if needed. Never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The id Chromium gives an unpacked extension, known before launch (a policy must name it): the first 128 bits of
 * SHA-256 over the real absolute path, each hex digit mapped 0-f → a-p.
 */
export function unpackedExtensionId(dir: string = EXTENSION_DIR): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtension({ headless = true } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'truth-serum-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium keeps calling home, and this machine refuses every such connection.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Playwright passes --disable-extensions by default; this re-allows ours.
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves a local HTML file at a real host name, so the real content script for that host injects. */
export async function routeHost(context: BrowserContext, pattern: string, htmlFile: string, edit: (html: string) => string = (html) => html): Promise<void> {
  const body = edit(readFileSync(join(ROOT, htmlFile), 'utf8'));
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

export async function openPanel(browser: ExtensionBrowser, viewport = { width: 380, height: 900 }): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize(viewport);
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  return panel;
}
