/**
 * `npm run eval` — precision, recall and F1 per category on the labelled corpora, next to a keyword baseline.
 * `npm run eval -- --errors` also lists the misclassified lines (`--errors=labelled-2` or `--errors=labelled,holdout` for some corpora).
 * `--dev` scores only the dev corpora (those we tune on; the blind ones are never printed), `--summary` prints one
 * line per corpus instead of the full tables, `--rules-only` leaves out the second look. The last table pools the dev
 * corpora and the unseen ones.
 * The last section scores the practice-mode answer scorer against corpus/practice-answers.jsonl, per principle.
 * A report, not a gate: always exits 0.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector, DEFAULT_PACK, getDefaultDetector } from '../lib/detection/index';
import { CATEGORY_IDS, type BuiltInCategoryId } from '../lib/detection/taxonomy';
import type { Detection } from '../lib/detection/types';
import { mistakes, score, type CorpusLine, type Report, type Scored } from './metrics';
import { evaluateScorer, parsePracticeCorpus } from '../lib/practice/evaluate';
import { CORPORA, DEV_CORPORA, corpusFile, isBlind, readCorpus } from './corpora';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The naive baseline: a lowercase substring match on a short keyword list per category, on the whole text
 * (no masking of quoted mail or signatures, no negation, no context). This is what the engine has to beat.
 */
export const BASELINE_KEYWORDS: Record<BuiltInCategoryId, string[]> = {
  info_brushoff: ['send me', 'send over', 'information', 'brochure', 'in writing', 'one-pager', 'deck', 'more details'],
  not_interested: ['not interested', 'no thanks', 'all set', 'remove me', 'unsubscribe', 'not a fit', 'pass on', "don't need"],
  stall: ['next quarter', 'next month', 'next year', 'think about it', 'later', 'not a good time', 'get back to you', 'busy'],
  price: ['expensive', 'price', 'budget', 'cost', 'afford', 'discount', 'cheaper', 'too much'],
  competitor: ['already use', 'already have', 'competitor', 'current vendor', 'contract', 'in-house', 'happy with', 'we use'],
  authority: ['boss', 'manager', 'approval', 'sign off', 'decision', 'my call', 'run it by', 'procurement'],
  complaint: ['unacceptable', 'cancel', 'frustrated', 'complaint', 'refund', 'worst', 'ridiculous', 'still broken'],
  skepticism: ['too good to be true', 'skeptical', 'prove', 'proof', 'really work', 'heard that before', "don't believe", 'doubt'],
};

export function baselinePredict(text: string): BuiltInCategoryId[] {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return CATEGORY_IDS.filter((c) => BASELINE_KEYWORDS[c].some((k) => lower.includes(k)));
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(2);
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\r?\n/g, ' ⏎ ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function printReport(name: string, lines: CorpusLine[], engine: Report, baseline: Report, byChannel: Record<string, Report>, ms: number): void {
  const kinds = (k: string) => lines.filter((l) => l.kind === k).length;
  console.log(`\n== ${name} — ${lines.length} lines (${kinds('positive')} positive, ${kinds('hard_negative')} hard negative, ${kinds('negative')} negative); detector ${ms.toFixed(0)} ms total ==\n`);
  const W = 16;
  console.log(`${pad('', W)} ${pad('detector', 22)}   ${pad('keyword baseline', 22)}`);
  console.log(`${pad('category', W)} ${['P', 'R', 'F1'].map((h) => lpad(h, 6)).join(' ')}   ${['P', 'R', 'F1'].map((h) => lpad(h, 6)).join(' ')}   ${lpad('support', 7)}  ${lpad('TP/FP/FN', 10)}`);
  for (const row of engine.perCategory) {
    const b = baseline.perCategory.find((x) => x.category === row.category)!;
    console.log(
      `${pad(row.category, W)} ${[row.precision, row.recall, row.f1].map((x) => lpad(num(x), 6)).join(' ')}   ${[b.precision, b.recall, b.f1].map((x) => lpad(num(x), 6)).join(' ')}   ${lpad(String(row.support), 7)}  ${lpad(`${row.tp}/${row.fp}/${row.fn}`, 10)}`,
    );
  }
  const line = (label: string, a: string, b: string) => console.log(`${pad(label, 30)} ${lpad(a, 12)}   ${lpad(b, 12)}`);
  console.log('');
  line('', 'detector', 'baseline');
  line('macro-F1', num(engine.macroF1), num(baseline.macroF1));
  line('micro-F1', num(engine.micro.f1), num(baseline.micro.f1));
  line('exact label-set match', pct(engine.exactMatch), pct(baseline.exactMatch));
  const fr = (r: Report['negativeFireRate']) => `${pct(r.rate)} ${r.fired}/${r.total}`;
  line('fire rate, all non-positive', fr(engine.negativeFireRate), fr(baseline.negativeFireRate));
  line('fire rate, hard negatives', fr(engine.hardNegativeFireRate), fr(baseline.hardNegativeFireRate));
  line('fire rate, plain negatives', fr(engine.plainNegativeFireRate), fr(baseline.plainNegativeFireRate));
  console.log('');
  line('detector by channel', 'macro-F1', 'fire rate');
  for (const [channel, r] of Object.entries(byChannel)) {
    line(`  ${channel} (${r.lines} lines)`, num(r.macroF1), fr(r.negativeFireRate));
  }
}

/** One line per corpus: the figures the targets are about, then F1 per category. */
function printSummary(rows: [string, Report][]): void {
  const short = (c: string) => c.replace('info_brushoff', 'info').replace('not_interested', 'notint').replace('competitor', 'comp').replace('authority', 'auth').replace('complaint', 'compl').replace('skepticism', 'skept');
  console.log(`\n== summary: detector macro-F1, fire rate on non-positives, F1 per category ==\n`);
  console.log(`${pad('corpus', 18)} ${lpad('lines', 5)} ${lpad('macro', 6)} ${lpad('fire', 6)}  ${CATEGORY_IDS.map((c) => lpad(short(c), 6)).join(' ')}`);
  for (const [name, r] of rows) {
    console.log(`${pad(name, 18)} ${lpad(String(r.lines), 5)} ${lpad(num(r.macroF1), 6)} ${lpad(pct(r.negativeFireRate.rate), 6)}  ${r.perCategory.map((c) => lpad(num(c.f1), 6)).join(' ')}`);
  }
}

/** The rules alone, to say which misses the second look made (it set aside a hit the rules found). */
let rulesAlone: ReturnType<typeof createDetector> | undefined;

function printErrors(name: string, lines: CorpusLine[], scored: Scored[], detections: Map<string, Detection[]>): void {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const wrong = mistakes(scored);
  const fn = wrong.filter((m) => m.missed.length > 0);
  const fp = wrong.filter((m) => m.extra.length > 0);
  const show = (label: string, list: typeof wrong, fpMode: boolean) => {
    console.log(`\n-- ${name}: ${label} (${list.length}) --`);
    for (const m of list) {
      const l = byId.get(m.id)!;
      const expected = m.labels.length ? m.labels.join('+') : '—';
      const got = m.predicted.length ? m.predicted.join('+') : '—';
      console.log(`${pad(m.id, 18)} expected ${pad(expected, 22)} got ${got}`);
      if (!fpMode) {
        rulesAlone ??= createDetector(DEFAULT_PACK);
        const found = rulesAlone.analyze(l.text, { channel: l.channel }).categories.filter((c) => m.missed.includes(c));
        if (found.length) console.log(`${pad('', 18)}   ↳ ${found.join('+')}: found by the rules, set aside by the second look`);
      }
      if (fpMode) {
        for (const d of detections.get(m.id) ?? []) {
          if (m.extra.includes(d.category)) console.log(`${pad('', 18)}   ↳ ${d.category} via ${d.trigger}: "${oneLine(d.text, 80)}"`);
        }
      }
      console.log(`${pad('', 18)}   ${l.channel}${l.note ? ` (${l.note})` : ''}: ${oneLine(l.text)}`);
    }
  };
  show('false negatives — a label was missed', fn, false);
  show('false positives — a category fired that is not in the labels', fp, true);
}

function main(): void {
  const args = process.argv.slice(2);
  const errorsArg = args.find((a) => a === '--errors' || a.startsWith('--errors='));
  const errorsFor = errorsArg === undefined ? [] : errorsArg === '--errors' ? [...CORPORA] : errorsArg.slice('--errors='.length).split(',');
  for (const e of errorsFor) {
    if (!CORPORA.includes(e)) console.error(`eval: unknown corpus "${e}" in --errors (use ${CORPORA.join(' or ')})`);
  }
  const devOnly = args.includes('--dev');
  const summaryOnly = args.includes('--summary');
  // --rules-only: the trigger pack alone, without the second look (lib/detection/second-look), to see what each adds.
  const detector = args.includes('--rules-only') ? createDetector(DEFAULT_PACK) : getDefaultDetector();
  detector.analyze('warm up', { channel: 'caption' });
  const pooled: Record<'dev' | 'unseen', Scored[]> = { dev: [], unseen: [] };
  const summary: [string, Report][] = [];
  for (const name of devOnly ? DEV_CORPORA : CORPORA) {
    let lines: CorpusLine[];
    try {
      lines = readCorpus(name);
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      console.error(missing ? `eval: corpus/${name}.jsonl not found, skipped` : `eval: cannot read ${corpusFile(name)}: ${(e as Error).message}`);
      continue;
    }
    const detections = new Map<string, Detection[]>();
    const t0 = performance.now();
    const engineScored: Scored[] = lines.map((l) => {
      let predicted: string[] = [];
      try {
        const r = detector.analyze(l.text, { channel: l.channel });
        detections.set(l.id, r.detections);
        predicted = [...r.categories];
      } catch (e) {
        console.error(`eval: detector threw on ${l.id}: ${(e as Error).message}`);
      }
      return { id: l.id, kind: l.kind, labels: l.labels, predicted, channel: l.channel };
    });
    const ms = performance.now() - t0;
    const baselineScored: Scored[] = lines.map((l) => ({ id: l.id, kind: l.kind, labels: l.labels, predicted: baselinePredict(l.text), channel: l.channel }));
    const byChannel: Record<string, Report> = {};
    for (const channel of ['email', 'caption']) byChannel[channel] = score(engineScored.filter((s) => s.channel === channel), CATEGORY_IDS);
    const report = score(engineScored, CATEGORY_IDS);
    summary.push([name, report]);
    pooled[isBlind(name) ? 'unseen' : 'dev'].push(...engineScored);
    if (!summaryOnly) printReport(`corpus/${name}.jsonl`, lines, report, score(baselineScored, CATEGORY_IDS), byChannel, ms);
    if (errorsFor.includes(name) && !isBlind(name)) printErrors(name, lines, engineScored, detections);
  }
  if (pooled.dev.length) summary.push(['all dev, pooled', score(pooled.dev, CATEGORY_IDS)]);
  if (pooled.unseen.length) summary.push(['all blind, pooled', score(pooled.unseen, CATEGORY_IDS)]);
  printSummary(summary);
  if (!summaryOnly) practiceSection(errorsArg !== undefined);
}

/** Practice mode: how well the local answer scorer (lib/practice/scorer.ts) agrees with hand labels, per principle. */
function practiceSection(showErrors: boolean): void {
  const file = resolve(root, 'corpus', 'practice-answers.jsonl');
  let lines;
  try {
    lines = parsePracticeCorpus(readFileSync(file, 'utf8'), 'corpus/practice-answers.jsonl');
  } catch (e) {
    console.error(`eval: cannot read ${file}: ${(e as Error).message}`);
    return;
  }
  const t0 = performance.now();
  const rows = evaluateScorer(lines);
  const ms = performance.now() - t0;
  console.log(`\n== practice scorer — corpus/practice-answers.jsonl, ${lines.length} answers; ${ms.toFixed(0)} ms total ("met" is the positive class) ==\n`);
  console.log(`${pad('principle', 24)} ${['P', 'R', 'F1'].map((h) => lpad(h, 6)).join(' ')}   ${lpad('support', 7)}  ${lpad('TP/FP/FN/TN', 12)}`);
  for (const r of rows) {
    console.log(`${pad(r.id, 24)} ${[r.precision, r.recall, r.f1].map((x) => lpad(num(x), 6)).join(' ')}   ${lpad(String(r.support), 7)}  ${lpad(`${r.tp}/${r.fp}/${r.fn}/${r.tn}`, 12)}`);
  }
  if (showErrors) {
    for (const r of rows) {
      for (const m of r.mistakes) {
        const l = lines.find((x) => x.id === m.id)!;
        console.log(`${pad(r.id, 24)} ${pad(m.id, 18)} expected ${m.expected ? 'met' : 'missed'}, got ${m.got ? 'met' : 'missed'}: ${oneLine(l.answer)}`);
      }
    }
  }
}

// `npm run eval -- --errors | head`: stop quietly when the reader goes away.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  main();
} catch (e) {
  console.error(`eval: ${(e as Error).stack ?? String(e)}`);
}
process.exitCode = 0;
