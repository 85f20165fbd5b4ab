/**
 * How long the Gmail adapter takes to read a 50-message thread (target ≤ 50 ms), measured in Debian's Chromium on
 * the real DOM: the adapter's own modules are bundled here (test-only, nothing shipped) into a page holding the
 * generated thread, and each read is timed inside the page. No debounce, no messaging: the read itself.
 * Rows: `readThread` alone (every message's sender and body text), and a whole first scan as the content script
 * does it (thread, composes, which message each draft answers, one report per message).
 */
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { generateThreadHtml } from '../../sites/gmail/test-fixtures';
import { CHROMIUM, ROOT } from '../../e2e/support/extension';
import { rowFromSamples, type BenchRow } from './report';

const MESSAGES = 50;
const WARM_UP = 5;
const RUNS = 60;

interface Timings {
  read: number[];
  scan: number[];
  messages: number;
  reports: number;
}

async function bundleAdapter(): Promise<string> {
  const out = await build({
    stdin: {
      contents: "export { readThread } from './sites/gmail/thread'; export { startGmailAdapter } from './sites/gmail/adapter';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'gmailBench',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

/** The generated thread with every message body and quote twenty paragraphs long (about 2 KB and 1 KB each). */
function longThreadHtml(): string {
  return generateThreadHtml({ messages: MESSAGES })
    .replace(/<div dir="ltr">(Message \d+ [^<]*)<\/div>/g, (_m, line: string) => Array.from({ length: 20 }, () => `<div dir="ltr">${line}</div>`).join(''))
    .replace(/<blockquote class="gmail_quote">([^<]*)<\/blockquote>/g, (_m, line: string) => `<blockquote class="gmail_quote">${Array.from({ length: 20 }, () => `<div>${line} and the depots before that.</div>`).join('')}</blockquote>`);
}

export async function benchGmail(): Promise<BenchRow[]> {
  const code = await bundleAdapter();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const rows: BenchRow[] = [];
    for (const [label, html] of [
      ['short messages', generateThreadHtml({ messages: MESSAGES })],
      ['~2 KB messages', longThreadHtml()],
    ] as const) rows.push(...(await timeThread(browser, code, label, html)));
    return rows;
  } finally {
    await browser.close();
  }
}

async function timeThread(browser: Browser, code: string, label: string, html: string): Promise<BenchRow[]> {
  const page = await browser.newPage();
  try {
    // The content script runs on mail.google.com; the address does not matter to the DOM work, a route keeps it offline.
    await page.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto('https://mail.google.com/mail/u/0/#inbox/bench');
    await page.addScriptTag({ content: code });
    // tsx compiles this file keeping function names through a `__name` helper that the page does not have.
    await page.evaluate('window.__name = (f) => f');
    const t = await page.evaluate(
      ([warmUp, runs]) => {
        type Api = {
          readThread(root: ParentNode): { messages: Array<{ text: string | null }> };
          startGmailAdapter(o: { doc: Document; report(r: unknown): void; status(s: unknown): void; signal: AbortSignal }): { scanNow(): void };
        };
        const api = (window as unknown as { gmailBench: Api }).gmailBench;
        const read: number[] = [];
        const scan: number[] = [];
        let messages = 0;
        let reports = 0;
        for (let i = 0; i < warmUp + runs; i++) {
          const t0 = performance.now();
          const thread = api.readThread(document);
          const t1 = performance.now();
          messages = thread.messages.filter((m) => m.text !== null).length;
          // A fresh adapter each time: its first scan reports every message, as when the thread opens.
          const stop = new AbortController();
          let n = 0;
          const adapter = api.startGmailAdapter({ doc: document, report: () => n++, status: () => {}, signal: stop.signal });
          const t2 = performance.now();
          adapter.scanNow();
          const t3 = performance.now();
          stop.abort();
          reports = n;
          if (i >= warmUp) {
            read.push(t1 - t0);
            scan.push(t3 - t2);
          }
        }
        return { read, scan, messages, reports };
      },
      [WARM_UP, RUNS] as const,
    );
    const timings = t as Timings;
    const note = `${timings.messages} expanded messages, ${timings.reports} reports, ${Math.round(html.length / 1024)} KB of HTML; Chromium ${browser.version()}`;
    return [
      rowFromSamples(`${MESSAGES} messages (${label}): readThread`, timings.read, [{ stat: 'p95', maxMs: 50 }], note),
      rowFromSamples(`${MESSAGES} messages (${label}): whole first scan`, timings.scan, [{ stat: 'p95', maxMs: 50 }]),
    ];
  } finally {
    await page.close();
  }
}
