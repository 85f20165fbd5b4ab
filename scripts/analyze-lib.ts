/**
 * The core of `npm run analyze`, kept free of I/O so it can be tested: one JSON line in, one JSON line out.
 *
 * Input line:  {"id": "a1", "text": "...", "channel": "email" | "caption", "role"?: "customer" | "rep" | "any"}
 * Output line: {"id": "a1", "categories": [...], "detections": [{"category","trigger","start","end","text"}], "truncated"?: true}
 *          or  {"id": "a1" | null, "error": "line 3: ..."}
 */
import type { Detector } from '../lib/detection/engine';
import type { AnalysisResult, Channel, Role } from '../lib/detection/types';
import { categoryLabel } from '../lib/detection/taxonomy';
import { firstNameFrom, suggestionsFor } from '../lib/playbook/fill';

export type JsonId = string | number | null;

export interface OutputDetection {
  category: string;
  trigger: string;
  start: number;
  end: number;
  text: string;
}

export interface OutputResult {
  id: JsonId;
  categories: string[];
  detections: OutputDetection[];
  truncated?: true;
}

export interface OutputError {
  id: JsonId;
  error: string;
}

export type OutputLine = OutputResult | OutputError;

const CHANNELS: readonly Channel[] = ['email', 'caption'];
const ROLES: readonly (Role | 'any')[] = ['customer', 'rep', 'any'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

function idOf(value: unknown): JsonId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : null;
}

/** Shapes a detector result for output: the same fields in a fixed order, without `speakers`. */
export function toOutput(id: JsonId, result: AnalysisResult): OutputResult {
  const out: OutputResult = {
    id,
    categories: [...result.categories],
    detections: result.detections.map((d) => ({ category: d.category, trigger: d.trigger, start: d.start, end: d.end, text: d.text })),
  };
  if (result.truncated) out.truncated = true;
  return out;
}

/**
 * Analyses one input line. Returns null for a blank line (skipped, no output), otherwise the output object.
 * `lineNumber` (1-based) only makes error messages easier to act on.
 */
export function analyzeLine(line: string, detector: Detector, lineNumber?: number): OutputLine | null {
  const raw = line.replace(/^\uFEFF/, '');
  if (raw.trim() === '') return null;
  const at = lineNumber === undefined ? '' : `line ${lineNumber}: `;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    return { id: null, error: `${at}invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { id: null, error: `${at}expected a JSON object like {"id","text","channel"}, got ${describe(parsed)}` };
  }
  const obj = parsed as Record<string, unknown>;
  const id = idOf(obj.id);
  const fail = (message: string): OutputError => ({ id, error: `${at}${message}` });
  if (!('text' in obj)) return fail('"text" is missing');
  if (typeof obj.text !== 'string') return fail(`"text" must be a string, got ${describe(obj.text)}`);
  if (!('channel' in obj)) return fail('"channel" is missing; expected "email" or "caption"');
  if (typeof obj.channel !== 'string' || !CHANNELS.includes(obj.channel as Channel)) {
    return fail(`"channel" must be "email" or "caption", got ${describe(obj.channel)}`);
  }
  if (obj.role !== undefined && (typeof obj.role !== 'string' || !ROLES.includes(obj.role as Role))) {
    return fail(`"role" must be "customer", "rep" or "any", got ${describe(obj.role)}`);
  }
  try {
    const result = detector.analyze(obj.text, { channel: obj.channel as Channel, role: obj.role as Role | 'any' | undefined });
    return toOutput(id, result);
  } catch (e) {
    return fail(`analysis failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Analyses a sequence of lines in order, skipping blank ones; yields one serialised JSON line per non-blank input. */
export function* analyzeLines(lines: Iterable<string>, detector: Detector): Generator<string> {
  let n = 0;
  for (const line of lines) {
    const out = analyzeLine(line, detector, ++n);
    if (out) yield JSON.stringify(out);
  }
}

/** The streaming form used by the CLI: reads lines as they arrive, writes each result before reading on. */
export async function analyzeStream(
  lines: AsyncIterable<string>,
  detector: Detector,
  write: (jsonLine: string) => void | Promise<void>,
): Promise<{ lines: number; errors: number }> {
  let n = 0;
  let errors = 0;
  for await (const line of lines) {
    const out = analyzeLine(line, detector, ++n);
    if (!out) continue;
    if ('error' in out) errors++;
    await write(JSON.stringify(out));
  }
  return { lines: n, errors };
}

// ——— the human-readable mode: `npm run analyze -- "some text"` ———

export interface CliArgs {
  text: string | null;
  channel: Channel | null;
  role: Role | 'any';
  help: boolean;
  speaker: string | null;
}

/** Parses `[--channel caption|email] [--role customer|rep|any] [--speaker "Dana Ortiz"] [--help] words...`. */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const words: string[] = [];
  const args: CliArgs = { text: null, channel: null, role: 'customer', help: false, speaker: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    const flag = /^--(channel|role|speaker)(?:=(.*))?$/.exec(a);
    if (flag) {
      const value = flag[2] ?? argv[++i];
      if (value === undefined) return { error: `--${flag[1]} needs a value` };
      if (flag[1] === 'channel') {
        if (!CHANNELS.includes(value as Channel)) return { error: `--channel must be "email" or "caption", got "${value}"` };
        args.channel = value as Channel;
      } else if (flag[1] === 'role') {
        if (!ROLES.includes(value as Role)) return { error: `--role must be "customer", "rep" or "any", got "${value}"` };
        args.role = value as Role | 'any';
      } else args.speaker = value;
      continue;
    }
    if (a === '--help' || a === '-h') {
      args.help = true;
      continue;
    }
    if (a.startsWith('--')) return { error: `unknown option ${a}` };
    words.push(a);
  }
  // A shell passes "line one\nline two" as it is; a literal "\n" typed in quotes is also read as a line break.
  if (words.length > 0) args.text = words.join(' ').replace(/\\n/g, '\n');
  return args;
}

/** Email when the text has a line break (a pasted message), caption otherwise (one utterance). */
export function defaultChannel(text: string): Channel {
  return text.includes('\n') ? 'email' : 'caption';
}

export interface Highlighter {
  mark(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const BRACKETS: Highlighter = { mark: (s) => `[${s}]`, dim: (s) => s, bold: (s) => s };
export const ANSI: Highlighter = {
  mark: (s) => `\x1b[1;30;43m${s}\x1b[0m`,
  dim: (s) => `\x1b[2m${s}\x1b[0m`,
  bold: (s) => `\x1b[1m${s}\x1b[0m`,
};

/** The text with each span marked; overlapping spans (different categories) are merged into one mark. */
export function highlightSpans(text: string, spans: readonly { start: number; end: number }[], h: Highlighter): string {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  let out = '';
  let pos = 0;
  for (const s of merged) {
    out += text.slice(pos, s.start) + h.mark(text.slice(s.start, s.end));
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** A one-line excerpt around a span, for long texts. */
function excerpt(text: string, start: number, end: number, h: Highlighter, context = 40): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ⏎ ');
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, start))}${h.mark(flat(text.slice(start, end)))}${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}

/** The readable report for one text. */
export function formatReadable(
  text: string,
  result: AnalysisResult,
  opts: { channel: Channel; role?: Role | 'any'; speaker?: string | null; highlighter?: Highlighter },
): string {
  const h = opts.highlighter ?? BRACKETS;
  const lines: string[] = [];
  lines.push(h.dim(`channel: ${opts.channel}${opts.role && opts.role !== 'customer' ? `, role: ${opts.role}` : ''}${result.truncated ? ' (input truncated)' : ''}`));
  const setAside = (result.setAside ?? []).map((d) => h.dim(`Set aside by the second look (reads like a look-alike): ${categoryLabel(d.category)} — trigger ${d.trigger} on "${d.text}"`));
  if (result.detections.length === 0) {
    lines.push('No moments detected.', ...setAside);
    return lines.join('\n');
  }
  lines.push(`${h.bold('Categories:')} ${result.categories.map((c) => `${categoryLabel(c)} (${c})`).join(', ')}`, ...setAside);
  lines.push('');
  lines.push(highlightSpans(text, result.detections, h));
  lines.push('');
  lines.push(h.bold('Detections:'));
  for (const d of result.detections) {
    const who = d.speakers === 'rep' ? ' — your own words caving in' : '';
    const cues = d.cues?.length ? `, on the words ${d.cues.map((c) => `"${c}"`).join(', ')}` : '';
    lines.push(`  • ${categoryLabel(d.category)} — trigger ${d.trigger}, chars ${d.start}–${d.end}${cues}${who}`);
    lines.push(`    ${excerpt(text, d.start, d.end, h)}`);
  }
  const suggestions = suggestionsFor(result.categories, { channel: opts.channel, firstName: firstNameFrom(opts.speaker ?? null), count: 2 });
  if (suggestions) {
    lines.push('');
    lines.push(`${h.bold('Coaching')} (${categoryLabel(suggestions.category)}): ${suggestions.coaching}`);
    lines.push(h.bold('Ask:'));
    for (const q of suggestions.questions) lines.push(`  - ${q.text} ${h.dim(`(${q.id}, ${q.principle})`)}`);
    lines.push(h.bold('Answer honestly:'));
    for (const r of suggestions.responses) lines.push(`  - ${r.text} ${h.dim(`(${r.id}, ${r.principle})`)}`);
  }
  return lines.join('\n');
}

export const USAGE = `Usage:
  npm run --silent analyze < lines.jsonl        one JSON result per input line, in order
      input lines: {"id": "a1", "text": "...", "channel": "email"|"caption", "role"?: "customer"|"rep"|"any"}
  npm run analyze -- [options] "some text"      readable report with highlights and suggestions
      --channel caption|email   default: email if the text has a line break, else caption
      --role customer|rep|any   whose words these are (default customer)
      --speaker "Dana Ortiz"    name to fill into the suggestions`;
