/**
 * Detector benchmarks, in Node: cold start, caption utterances, a 10 KB email and 1 MB of mixed text.
 * Figures are indicative (Node on this machine, not the extension's worker); targets are from the spec.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getDefaultDetector } from '../../lib/detection/index';
import { parseCorpus, type CorpusLine } from '../metrics';
import { mulberry32 } from './prng';
import { median, rowFromSamples, type BenchRow } from './report';

const pct = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DETECTION_ENTRY = resolve(root, 'lib/detection/index.ts');

export function loadCorpora(): CorpusLine[] {
  return ['labelled', 'holdout'].flatMap((name) => parseCorpus(readFileSync(resolve(root, 'corpus', `${name}.jsonl`), 'utf8'), name));
}

const GREETING = /^(hi|hello|hey|hiya|dear|morning|good (morning|afternoon|evening))\b/i;
const QUOTE_START = /^(On .{3,200}wrote:?\s*$|-{2,}\s*(Original|Forwarded)|From: |-- ?$)/im;
const SIGN_OFF = /^(best|thanks|thank you|regards|kind regards|warm regards|cheers|many thanks|sent from|all the best|sincerely)\b/i;

/** Body paragraphs of the corpus emails: no greeting, sign-off, signature or quoted lines. */
function emailParagraphs(lines: CorpusLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.channel !== 'email') continue;
    // Only the new part of each corpus email: its own quoted history would end our email's new part early.
    const header = l.text.search(QUOTE_START);
    const fresh = header >= 0 ? l.text.slice(0, header) : l.text;
    for (const para of fresh.split(/\n\s*\n/)) {
      const body = para
        .split('\n')
        .filter((x) => !x.startsWith('>') && !GREETING.test(x.trim()))
        .join('\n');
      const cut = body.split('\n').findIndex((x) => SIGN_OFF.test(x.trim()));
      const kept = (cut >= 0 ? body.split('\n').slice(0, cut).join('\n') : body).trim();
      if (kept.length >= 40) out.push(kept);
    }
  }
  return out;
}

export const EMAIL_SIZE = 10 * 1024;

/**
 * A deterministic 10 KB reply: greeting, ~3 KB of new text, sign-off and signature, then quoted history.
 * With `allNew`, the whole 10 KB is new text (the worst case: nothing is masked).
 */
export function buildEmail(lines: CorpusLine[], opts: { allNew?: boolean } = {}): string {
  const paras = emailParagraphs(lines);
  let i = 0;
  const next = () => paras[i++ % paras.length]!;
  let email = 'Hi Sam,\n\n';
  const newBudget = opts.allNew ? EMAIL_SIZE : 3 * 1024;
  while (email.length < newBudget) email += `${next()}\n\n`;
  if (opts.allNew) return email.slice(0, EMAIL_SIZE);
  email +=
    'Best regards,\nDana Ortiz\nVP Operations, Acme Freight\nT: +1 555 0100 | dana.ortiz@acmefreight.example\n' +
    'This email and any attachments are confidential and intended solely for the addressee.\n\n' +
    'On Tue, 3 Mar 2026 at 10:14, Sam Lee <sam@vendor.example> wrote:\n';
  while (email.length < EMAIL_SIZE) email += `${next().split('\n').map((x) => `> ${x}`).join('\n')}\n>\n`;
  return email.slice(0, EMAIL_SIZE);
}

const JUNK = ['🙂', '👍🏽', '<b>', '</div>', '<script>alert(1)</script>', 'مرحبا بك', 'שלום', '\u200b', '&nbsp;', '…', '!!!', '???', '—', '\t', '1,234.56'];

/** 1 MB of corpus sentences mixed with emoji, markup, RTL text and other junk, deterministic. */
export function buildMixed(lines: CorpusLine[], size = 1024 * 1024, seed = 42): string {
  const rand = mulberry32(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const r = rand();
    const piece =
      r < 0.7 ? lines[Math.floor(rand() * lines.length)]!.text : r < 0.9 ? JUNK[Math.floor(rand() * JUNK.length)]! : 'x'.repeat(1 + Math.floor(rand() * 200));
    parts.push(piece, rand() < 0.3 ? '\n' : ' ');
    length += piece.length + 1;
  }
  return parts.join('').slice(0, size);
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const COLD_RUNS = 5;
const COLD_TARGET = { stat: 'median' as const, maxMs: 300 };

/** Prints ms from starting the import of the detector to the first analyze result, in a fresh Node process. */
function coldScript(moduleUrl: string): string {
  return [
    'const t0 = performance.now();',
    `const m = await import(${JSON.stringify(moduleUrl)});`,
    // As the worker does: the built-in patterns come from the build-time snapshot.
    'm.seedDefaultPatterns();',
    "const r = m.getDefaultDetector().analyze('could you just send me some info', { channel: 'caption' });",
    'const ms = performance.now() - t0;',
    "if (!r.categories.includes('info_brushoff')) throw new Error('unexpected result ' + JSON.stringify(r));",
    'process.stdout.write(String(ms));',
  ].join('\n');
}

function coldSamples(nodeArgs: string[], moduleUrl: string): number[] | string {
  const samples: number[] = [];
  // One unmeasured run first, so the OS file cache (and tsx's transform cache) is as warm as on a user's machine.
  for (let i = 0; i <= COLD_RUNS; i++) {
    const run = spawnSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', coldScript(moduleUrl)], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) return (run.stderr || run.error?.message || `exit ${run.status}`).split('\n').slice(0, 3).join(' ');
    if (i > 0) samples.push(Number(run.stdout.trim()));
  }
  return samples;
}

async function coldStartRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // As the extension loads it: one bundled file (esbuild, as Vite/WXT would), no TypeScript transform at run time.
  let dir: string | undefined;
  try {
    const esbuild = await import('esbuild');
    dir = mkdtempSync(join(tmpdir(), 'ts-bench-'));
    const outfile = join(dir, 'detector.mjs');
    await esbuild.build({ entryPoints: [DETECTION_ENTRY], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'silent', mainFields: ['module', 'main'] });
    const s = coldSamples([], pathToFileURL(outfile).href);
    rows.push(typeof s === 'string' ? { name: 'cold start, bundled (import → first result)', median: NaN, p95: NaN, p99: NaN, n: 0, targets: [COLD_TARGET], note: `failed: ${s}` } : rowFromSamples('cold start, bundled (import → first result)', s, [COLD_TARGET], `median of ${COLD_RUNS} node processes importing an esbuild bundle`));
  } catch (e) {
    rows.push({ name: 'cold start, bundled (import → first result)', median: NaN, p95: NaN, p99: NaN, n: 0, note: `skipped: ${(e as Error).message}` });
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  // Through tsx, from the TypeScript sources (includes tsx's cached transform of each module).
  const s = coldSamples(['--import', 'tsx'], pathToFileURL(DETECTION_ENTRY).href);
  rows.push(typeof s === 'string' ? { name: 'cold start, tsx (import → first result)', median: NaN, p95: NaN, p99: NaN, n: 0, note: `failed: ${s}` } : rowFromSamples('cold start, tsx (import → first result)', s, undefined, `median of ${COLD_RUNS} \`node --import tsx\` processes; includes transpiling the sources, which the built worker never does, so the target applies to the bundled row`));
  return rows;
}

export async function benchDetector(): Promise<BenchRow[]> {
  const rows = await coldStartRows();
  const detector = getDefaultDetector();
  const lines = loadCorpora();

  // (b) caption utterances of at most 200 characters, one call per utterance as the caption pipeline makes them.
  const captions = lines.filter((l) => l.channel === 'caption').map((l) => l.text.slice(0, 200));
  for (const c of captions) detector.analyze(c, { channel: 'caption' });
  const captionSamples: number[] = [];
  const quiet: number[] = [];
  const firing: number[] = [];
  const calls = Math.max(3000, captions.length * 8);
  for (let i = 0; i < calls; i++) {
    const text = captions[i % captions.length]!;
    let fired = false;
    const ms = time(() => (fired = detector.analyze(text, { channel: 'caption' }).detections.length > 0));
    captionSamples.push(ms);
    (fired ? firing : quiet).push(ms);
  }
  rows.push(
    rowFromSamples(
      `caption utterance ≤ 200 chars (${captions.length} distinct)`,
      captionSamples,
      [{ stat: 'median', maxMs: 1 }, { stat: 'p99', maxMs: 5 }],
      `median ${median(quiet).toFixed(3)} ms on the ${pct(quiet.length, calls)} of calls that detect nothing, ${median(firing).toFixed(3)} ms on those that do`,
    ),
  );

  // (c) a 10 KB email with greeting, quoted history and signature; and the all-new worst case, for reference.
  for (const [name, email, targeted] of [
    ['email 10 KB (3 KB new, signature, quoted history)', buildEmail(lines), true],
    ['email 10 KB, all new text (worst case)', buildEmail(lines, { allNew: true }), false],
  ] as const) {
    for (let i = 0; i < 5; i++) detector.analyze(email, { channel: 'email' });
    const samples: number[] = [];
    for (let i = 0; i < 100; i++) samples.push(time(() => detector.analyze(email, { channel: 'email' })));
    const found = detector.analyze(email, { channel: 'email' }).detections.length;
    rows.push(rowFromSamples(name, samples, targeted ? [{ stat: 'median', maxMs: 15 }] : undefined, `${email.length} chars, ${found} detections`));
  }

  // (d) 1 MB of mixed text: analysed up to the engine's limit, the rest reported as truncated.
  const mixed = buildMixed(lines);
  const mixedSamples: number[] = [];
  let truncated: boolean | undefined;
  for (let i = 0; i < 10; i++) mixedSamples.push(time(() => (truncated = detector.analyze(mixed, { channel: 'email' }).truncated)));
  rows.push(rowFromSamples('1 MB mixed text (truncated analysis)', mixedSamples, undefined, `${mixed.length} chars, truncated: ${truncated === true}`));
  return rows;
}
