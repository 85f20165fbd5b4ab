import Dexie from 'dexie';
import type { CategoryId } from '../detection/taxonomy';
import type { Source } from '../sources';
import { prospectKeyOf, type MomentRecord, type StoredMoment, type TruthSerumDB } from './db';

export interface HistoryFilter {
  /** The moment's primary category (the one its card is shown under). */
  category?: CategoryId;
  source?: Source;
  /** createdAt bounds, inclusive, in ms. */
  from?: number;
  to?: number;
  /** A prospect as typed (email or name); matched case-insensitively against prospectKey. */
  prospect?: string;
  conversationId?: string;
  /** true: the rep copied or inserted a suggestion; false: did not. */
  used?: boolean;
  /** true: marked Helpful; false: not marked Helpful. */
  helpful?: boolean;
  /** Case-insensitive substring of the text, the title or the speaker. Scans only the already narrowed range. */
  text?: string;
}

export interface HistoryQuery extends HistoryFilter {
  limit: number;
  offset?: number;
  /** Newest first unless 'asc' (a conversation reads oldest first). */
  order?: 'desc' | 'asc';
}

export interface HistoryPage {
  moments: StoredMoment[];
  total: number;
  /** Which index answered, for tests and the bench. */
  index: string;
}

type Moments = TruthSerumDB['moments'];
type Range = { index: string; key: unknown };

const LOW = -Infinity;
const HIGH = Infinity;

/** Every index-backed equality filter the query has, each as an [x+createdAt] range. */
function candidates(f: HistoryFilter): Range[] {
  const out: Range[] = [];
  if (f.conversationId) out.push({ index: '[conversationId+createdAt]', key: f.conversationId });
  if (f.prospect?.trim()) out.push({ index: '[prospectKey+createdAt]', key: normalizeProspect(f.prospect) });
  if (f.category) out.push({ index: '[primaryCategory+createdAt]', key: f.category });
  if (f.source) out.push({ index: '[source+createdAt]', key: f.source });
  if (f.used !== undefined) out.push({ index: '[used+createdAt]', key: f.used ? 1 : 0 });
  if (f.helpful === true) out.push({ index: '[feedback+createdAt]', key: 'helpful' });
  return out;
}

export function normalizeProspect(prospect: string): string {
  return prospectKeyOf({ speaker: prospect, speakerEmail: null }) ?? '';
}

function collectionFor(moments: Moments, range: Range | null, f: HistoryFilter) {
  const from = f.from ?? LOW;
  const to = f.to ?? HIGH;
  if (!range) return f.from === undefined && f.to === undefined ? moments.orderBy('createdAt') : moments.where('createdAt').between(from, to, true, true);
  return moments.where(range.index).between([range.key, from], [range.key, to], true, true);
}

/** What the chosen index does not already guarantee, as one predicate (null when nothing is left to check). */
function residual(f: HistoryFilter, chosen: Range | null): ((m: MomentRecord) => boolean) | null {
  const checks: ((m: MomentRecord) => boolean)[] = [];
  const skip = chosen?.index;
  if (f.conversationId && skip !== '[conversationId+createdAt]') checks.push((m) => m.conversationId === f.conversationId);
  if (f.prospect?.trim() && skip !== '[prospectKey+createdAt]') {
    const key = normalizeProspect(f.prospect);
    checks.push((m) => prospectKeyOf(m) === key);
  }
  if (f.category && skip !== '[primaryCategory+createdAt]') checks.push((m) => (m.categories[0] ?? 'unknown') === f.category);
  if (f.source && skip !== '[source+createdAt]') checks.push((m) => m.source === f.source);
  if (f.used !== undefined && skip !== '[used+createdAt]') checks.push((m) => Boolean(m.usedSuggestionId) === f.used);
  if (f.helpful === true && skip !== '[feedback+createdAt]') checks.push((m) => m.feedback === 'helpful');
  if (f.helpful === false) checks.push((m) => m.feedback !== 'helpful');
  const text = f.text?.trim().toLowerCase();
  if (text) checks.push((m) => m.text.toLowerCase().includes(text) || m.conversationTitle.toLowerCase().includes(text) || (m.speaker ?? '').toLowerCase().includes(text));
  if (checks.length === 0) return null;
  return (m) => checks.every((c) => c(m));
}

/**
 * Picks the index whose range holds the fewest moments (each candidate counted natively by IndexedDB, no values
 * read), so the rest of the filters run over the narrowest range.
 */
async function mostSelective(moments: Moments, f: HistoryFilter): Promise<{ range: Range | null; count: number }> {
  const options = candidates(f);
  if (options.length === 0) return { range: null, count: await collectionFor(moments, null, f).count() };
  const counts = await Promise.all(options.map((r) => collectionFor(moments, r, f).count()));
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! < counts[best]!) best = i;
  return { range: options[best]!, count: counts[best]! };
}

/** One page of moments matching the filter, newest first, and how many match in all. */
export async function queryHistory(db: TruthSerumDB, q: HistoryQuery): Promise<HistoryPage> {
  return db.transaction('r', db.moments, async () => {
    const { range, count } = await mostSelective(db.moments, q);
    const rest = residual(q, range);
    const base = () => {
      const c = collectionFor(db.moments, range, q);
      return q.order === 'asc' ? c : c.reverse();
    };
    const total = rest ? await base().filter(rest).count() : count;
    const start = Math.max(0, q.offset ?? 0);
    const end = Math.min(total, start + q.limit);
    if (end <= start) return { moments: [], total, index: range?.index ?? 'createdAt' };
    // Deep pages are read from the other end: a cursor skips only what lies before the page.
    const flip = start > total / 2;
    let page = flip ? (q.order === 'asc' ? collectionFor(db.moments, range, q).reverse() : collectionFor(db.moments, range, q)) : base();
    if (rest) page = page.filter(rest);
    const rows = (await page.offset(flip ? total - end : start).limit(end - start).toArray()) as StoredMoment[];
    return { moments: flip ? rows.reverse() : rows, total, index: range?.index ?? 'createdAt' };
  });
}

/** A conversation's moments, oldest first. */
export async function conversationMoments(db: TruthSerumDB, conversationId: string): Promise<StoredMoment[]> {
  return (await db.moments.where('[conversationId+createdAt]').between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey]).toArray()) as StoredMoment[];
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Monday 00:00 UTC of the week holding `t`. */
export function weekStart(t: number): number {
  // 1970-01-01 was a Thursday: shift so weeks start on Monday.
  const monday = 4 * 24 * 60 * 60 * 1000;
  return Math.floor((t - monday) / WEEK_MS) * WEEK_MS + monday;
}

export interface WeeklySeries {
  /** Week starts (ms), ascending, with no gaps. */
  weeks: number[];
  /** One count per week for each key. */
  series: Record<string, number[]>;
}

function toSeries(points: { week: number; key: string }[], keys?: string[]): WeeklySeries {
  if (points.length === 0) return { weeks: [], series: Object.fromEntries((keys ?? []).map((k) => [k, []])) };
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    if (p.week < min) min = p.week;
    if (p.week > max) max = p.week;
  }
  const weeks: number[] = [];
  for (let w = min; w <= max; w += WEEK_MS) weeks.push(w);
  const series: Record<string, number[]> = {};
  for (const k of keys ?? []) series[k] = new Array<number>(weeks.length).fill(0);
  for (const p of points) {
    const row = (series[p.key] ??= new Array<number>(weeks.length).fill(0));
    row[Math.round((p.week - min) / WEEK_MS)]! += 1;
  }
  return { weeks, series };
}

/** Moments per week by primary category, read from index keys only (no moment is loaded). */
export async function weeklyByCategory(db: TruthSerumDB, range: { from?: number; to?: number } = {}): Promise<WeeklySeries> {
  const from = range.from ?? LOW;
  const to = range.to ?? HIGH;
  const keys = (await db.moments.orderBy('[primaryCategory+createdAt]').keys()) as unknown as [string, number][];
  const points: { week: number; key: string }[] = [];
  for (const [category, createdAt] of keys) if (createdAt >= from && createdAt <= to) points.push({ week: weekStart(createdAt), key: category });
  return toSeries(points);
}

/** Per week: moments shown, moments whose suggestion was used, and moments marked helpful. From index keys only. */
export async function weeklyOutcomes(db: TruthSerumDB, range: { from?: number; to?: number } = {}): Promise<WeeklySeries> {
  const from = range.from ?? LOW;
  const to = range.to ?? HIGH;
  const [all, used, helpful] = await db.transaction('r', db.moments, () =>
    Promise.all([
      db.moments.where('createdAt').between(from, to, true, true).keys() as Promise<unknown[]> as Promise<number[]>,
      db.moments.where('[used+createdAt]').between([1, from], [1, to], true, true).keys() as Promise<unknown[]> as Promise<[number, number][]>,
      db.moments.where('[feedback+createdAt]').between(['helpful', from], ['helpful', to], true, true).keys() as Promise<unknown[]> as Promise<[string, number][]>,
    ]),
  );
  const points = [
    ...all.map((t) => ({ week: weekStart(t), key: 'moments' })),
    ...used.map(([, t]) => ({ week: weekStart(t), key: 'used' })),
    ...helpful.map(([, t]) => ({ week: weekStart(t), key: 'helpful' })),
  ];
  return toSeries(points, ['moments', 'used', 'helpful']);
}

/** Every moment matching the filter, newest first, in chunks (for export). */
export async function allMatching(db: TruthSerumDB, filter: HistoryFilter, chunk = 2000): Promise<StoredMoment[]> {
  const out: StoredMoment[] = [];
  for (let offset = 0; ; offset += chunk) {
    const page = await queryHistory(db, { ...filter, limit: chunk, offset });
    out.push(...page.moments);
    if (page.moments.length < chunk) return out;
  }
}

const CSV_COLUMNS = ['id', 'createdAt', 'source', 'kind', 'conversationId', 'conversationTitle', 'speaker', 'speakerEmail', 'categories', 'triggers', 'text', 'feedback', 'usedSuggestionId'] as const;

function csvCell(value: string): string {
  // Cells a spreadsheet would run as a formula are prefixed with a quote.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function momentsToCsv(moments: MomentRecord[]): string {
  const rows = moments.map((m) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: m.id,
      createdAt: new Date(m.createdAt).toISOString(),
      source: m.source,
      kind: m.kind,
      conversationId: m.conversationId,
      conversationTitle: m.conversationTitle,
      speaker: m.speaker ?? '',
      speakerEmail: m.speakerEmail ?? '',
      categories: m.categories.join(' '),
      triggers: m.detections.map((d) => d.trigger).join(' '),
      text: m.text,
      feedback: m.feedback ?? '',
      usedSuggestionId: m.usedSuggestionId ?? '',
    };
    return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function momentsToJson(moments: MomentRecord[]): string {
  return JSON.stringify({ format: 'truth-serum-moments', version: 2, exportedAt: new Date().toISOString(), moments }, null, 2);
}
