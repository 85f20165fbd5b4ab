/** Shared shape and printing for `npm run bench` sections. Timings are in milliseconds. */

export type Stat = 'median' | 'p95' | 'p99';

export interface BenchTarget {
  stat: Stat;
  maxMs: number;
}

export interface BenchRow {
  name: string;
  median: number;
  p95: number;
  p99: number;
  /** How many measurements the figures come from. */
  n: number;
  targets?: BenchTarget[];
  /** Anything the reader needs to interpret the row (e.g. "input truncated to 100 000 chars"). */
  note?: string;
}

/** Nearest-rank percentile (p in 0..1) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1]!;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function rowFromSamples(name: string, samples: readonly number[], targets?: BenchTarget[], note?: string): BenchRow {
  return { name, median: median(samples), p95: percentile(samples, 0.95), p99: percentile(samples, 0.99), n: samples.length, targets, note };
}

/** 'ok' when every target is met, 'over' when one is missed, '' without targets. */
export function verdict(row: BenchRow): '' | 'ok' | 'over' {
  if (!row.targets?.length) return '';
  return row.targets.every((t) => Number.isFinite(row[t.stat]) && row[t.stat] <= t.maxMs) ? 'ok' : 'over';
}

function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return x < 1 ? `${x.toFixed(3)} ms` : x < 100 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`;
}

function targetText(row: BenchRow): string {
  return (row.targets ?? []).map((t) => `${t.stat} ≤ ${t.maxMs} ms`).join(', ');
}

/** A plain-text table: name | median | p95 | p99 | n | target | ok, then any notes. */
export function formatRows(rows: readonly BenchRow[]): string {
  // A section may print its own figures and return no rows: then there is no table to print.
  if (rows.length === 0) return '';
  const header = ['name', 'median', 'p95', 'p99', 'n', 'target', 'ok'];
  const body = rows.map((r) => [r.name, ms(r.median), ms(r.p95), ms(r.p99), String(r.n), targetText(r), verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i >= 1 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ').trimEnd();
  const lines = [fmt(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(fmt)];
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.name}: ${r.note}`);
  return [...lines, ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}
