import Dexie, { type IndexableType } from 'dexie';
import type { CategoryId } from '../detection/taxonomy';
import type { Source } from '../sources';
import { prospectKeyOf, type MomentRecord, type StoredMoment, type TruthSerumDB } from './db';

export interface HistoryFilter {
  /** Any of the moment's categories (not only the first, the one its card is shown under). */
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
  // categoryAt is multiEntry, one [category, createdAt] key per category: an [x+createdAt] range like the others.
  if (f.category) out.push({ index: 'categoryAt', key: f.category });
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
  if (f.category && skip !== 'categoryAt') checks.push((m) => m.categories.includes(f.category!));
  if (f.source && skip !== '[source+createdAt]') checks.push((m) => m.source === f.source);
  if (f.used !== undefined && skip !== '[used+createdAt]') checks.push((m) => Boolean(m.usedSuggestionId) === f.used);
  if (f.helpful === true && skip !== '[feedback+createdAt]') checks.push((m) => m.feedback === 'helpful');
  if (f.helpful === false) checks.push((m) => m.feedback !== 'helpful');
  const text = f.text?.trim().toLowerCase();
  if (text) checks.push((m) => m.text.toLowerCase().includes(text) || m.conversationTitle.toLowerCase().includes(text) || (m.speaker ?? '').toLowerCase().includes(text));
  if (checks.length === 0) return null;
  return (m) => checks.every((c) => c(m));
}

/** The index a first page reads when it cannot count: the one most likely to be narrow, without asking. */
const HEAD_PRIORITY = ['[conversationId+createdAt]', '[prospectKey+createdAt]', '[feedback+createdAt]', 'categoryAt', '[source+createdAt]', '[used+createdAt]'];

function headRange(f: HistoryFilter): Range | null {
  const options = candidates(f);
  if (options.length === 0) return null;
  return [...options].sort((a, b) => HEAD_PRIORITY.indexOf(a.index) - HEAD_PRIORITY.indexOf(b.index))[0]!;
}

/**
 * The newest `limit` moments matching the filter, without counting anything: one reverse read of an index range,
 * stopped as soon as the page is full. This is what the history page shows first. When other filters have to be
 * checked on the moments themselves, at most `scanLimit` moments are read: the result may then be short (fewer
 * than `limit` though more match), and matchingKeys gives the full answer.
 */
export async function historyHead(db: TruthSerumDB, f: HistoryFilter, limit: number, { scanLimit = 1000 } = {}): Promise<StoredMoment[]> {
  const range = headRange(f);
  const rest = residual(f, range);
  const c = collectionFor(db.moments, range, f).reverse();
  if (!rest) return (await c.limit(limit).toArray()) as StoredMoment[];
  // Filters the index cannot answer (words, a second equality) are checked on the moments read. They are read in
  // growing chunks, each one getAll (a cursor step per moment is several times slower), walking down createdAt; the
  // read stops after `scanLimit` moments, so a rare match cannot hold up the first paint. matchingKeys then finds
  // the rest.
  const out: StoredMoment[] = [];
  let upper = f.to ?? HIGH;
  let boundary = new Set<string>();
  let chunk = Math.max(limit * 2, 50);
  for (let scanned = 0; scanned < scanLimit && out.length < limit; ) {
    const n = Math.min(chunk, scanLimit - scanned);
    const rows = (await collectionFor(db.moments, range, { ...f, to: upper }).reverse().limit(n).toArray()) as StoredMoment[];
    // More moments at one createdAt than a chunk holds: no progress this way; the key scan will answer.
    if (rows.length > 0 && rows.every((m) => boundary.has(m.id))) break;
    for (const m of rows) if (!boundary.has(m.id) && rest(m) && out.length < limit) out.push(m);
    scanned += rows.length;
    if (rows.length < n) break;
    const last = rows[rows.length - 1]!.createdAt;
    // The next chunk starts at the last createdAt again (moments may share it); those already read are skipped.
    const next = new Set(rows.filter((m) => m.createdAt === last).map((m) => m.id));
    if (last === upper) for (const id of boundary) next.add(id);
    boundary = next;
    upper = last;
    chunk = Math.min(chunk * 2, 1000);
  }
  return out;
}

/**
 * How many moments match, when one native IndexedDB count() on one index range answers it exactly (at most one
 * equality filter, dates, nothing else); null when only matchingKeys can tell.
 */
export async function quickCount(db: TruthSerumDB, f: HistoryFilter): Promise<number | null> {
  const options = candidates(f);
  if (options.length > 1) return null;
  const range = options[0] ?? null;
  if (residual(f, range)) return null;
  // No filter at all: the object store's own count, about twice as fast as counting the createdAt index.
  if (!range && f.from === undefined && f.to === undefined) return db.moments.count();
  return collectionFor(db.moments, range, f).count();
}

/**
 * Rows [start, start + limit) of a filter quickCount answers (one index range, nothing else to check), newest first,
 * counted among the moments up to `upTo` (createdAt): those a list counted, not those written since. Reads from
 * whichever end is nearer, skipping with the cursor (no key list needed): what a list shows past its first page
 * without reading every key.
 */
export async function historyPageAt(db: TruthSerumDB, f: HistoryFilter, start: number, limit: number, total: number, upTo = HIGH): Promise<StoredMoment[]> {
  const g = { ...f, to: Math.min(f.to ?? HIGH, upTo) };
  const options = candidates(g);
  const range = options[0] ?? null;
  if (options.length > 1 || residual(g, range)) throw new Error('historyPageAt: the filter needs matchingKeys');
  const end = Math.min(total, start + limit);
  if (end <= start) return [];
  const c = collectionFor(db.moments, range, g);
  if (start > total / 2) return ((await c.offset(total - end).limit(end - start).toArray()) as StoredMoment[]).reverse();
  return (await c.reverse().offset(start).limit(end - start).toArray()) as StoredMoment[];
}

export class HistoryAborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'HistoryAborted';
  }
}
function check(signal?: AbortSignal): void {
  if (signal?.aborted) throw new HistoryAborted();
}

export interface MatchingKeys {
  /** Primary keys of every matching moment, newest first (oldest first with order 'asc'). */
  keys: string[];
  /** The narrowest index range, the one the others were intersected with. */
  index: string;
}

export interface MatchingKeysOptions {
  signal?: AbortSignal;
  order?: 'desc' | 'asc';
  /** Moments read per chunk when the words filter has to look at the text. */
  chunk?: number;
}

/**
 * Every matching moment's primary key, newest first, from index keys only: each equality filter's [x+createdAt]
 * range is read as primary keys (IDBIndex.getAllKeys, no moment loaded) and the sets are intersected, walking the
 * narrowest one so its createdAt order is kept. Only the words filter reads moments, and then only those the
 * indexes left, a chunk at a time, checking `signal` between chunks.
 */
export async function matchingKeys(db: TruthSerumDB, f: HistoryFilter, opts: MatchingKeysOptions = {}): Promise<MatchingKeys> {
  const { signal, chunk = 1000 } = opts;
  const ranges = candidates(f);
  const lists = await db.transaction('r', db.moments, () =>
    Promise.all([
      ...(ranges.length ? ranges : [null]).map((r) => collectionFor(db.moments, r, f).primaryKeys() as Promise<string[]>),
      f.helpful === false
        ? (collectionFor(db.moments, { index: '[feedback+createdAt]', key: 'helpful' }, f).primaryKeys() as Promise<string[]>)
        : Promise.resolve(null),
    ]),
  );
  check(signal);
  const exclude = lists.pop() as string[] | null;
  const sets = lists as string[][];
  let narrowest = 0;
  for (let i = 1; i < sets.length; i++) if (sets[i]!.length < sets[narrowest]!.length) narrowest = i;
  let keys = sets[narrowest]!;
  const others = sets.filter((_, i) => i !== narrowest).map((l) => new Set(l));
  if (exclude) others.push(new Set(exclude));
  if (others.length) {
    const out: string[] = [];
    const excluded = exclude ? others[others.length - 1] : null;
    for (const k of keys) {
      let ok = true;
      for (const s of others) if (s === excluded ? s.has(k) : !s.has(k)) ok = false;
      if (ok) out.push(k);
    }
    keys = out;
  }
  if (opts.order !== 'asc') keys.reverse();
  const text = f.text?.trim().toLowerCase();
  if (text) {
    const out: string[] = [];
    for (let i = 0; i < keys.length; i += chunk) {
      check(signal);
      const slice = keys.slice(i, i + chunk);
      const moments = await db.moments.bulkGet(slice);
      moments.forEach((m, j) => {
        if (m && (m.text.toLowerCase().includes(text) || m.conversationTitle.toLowerCase().includes(text) || (m.speaker ?? '').toLowerCase().includes(text))) out.push(slice[j]!);
      });
    }
    keys = out;
  }
  check(signal);
  return { keys, index: ranges.length ? ranges[narrowest]!.index : 'createdAt' };
}

/** The moments for some keys, in the same order; a moment deleted since is left out. */
export async function momentsByKeys(db: TruthSerumDB, keys: string[]): Promise<(StoredMoment | undefined)[]> {
  return (await db.moments.bulkGet(keys)) as (StoredMoment | undefined)[];
}

/** One page of moments matching the filter, newest first, and how many match in all. */
export async function queryHistory(db: TruthSerumDB, q: HistoryQuery): Promise<HistoryPage> {
  return db.transaction('r', db.moments, async () => {
    const { keys, index } = await matchingKeys(db, q, { order: q.order });
    const start = Math.max(0, q.offset ?? 0);
    const page = keys.slice(start, start + q.limit);
    const moments = (await momentsByKeys(db, page)).filter((m): m is StoredMoment => m !== undefined);
    return { moments, total: keys.length, index };
  });
}

/**
 * Moments matching the filter written at or after `since` (createdAt), newest first: what a live list prepends.
 * Reads only that short range.
 */
export async function historySince(db: TruthSerumDB, f: HistoryFilter, since: number): Promise<StoredMoment[]> {
  const from = Math.max(f.from ?? LOW, since);
  if (f.to !== undefined && from > f.to) return [];
  const g = { ...f, from };
  const range = headRange(g);
  const rest = residual(g, range);
  const c = collectionFor(db.moments, range, g).reverse();
  return (await (rest ? c.filter(rest) : c).toArray()) as StoredMoment[];
}

/**
 * The distinct keys of an index, ascending, at most `max`: one seek per distinct key (the next key above the last
 * one found), not a walk over every entry, which is what a 'nextunique' cursor costs in Chromium.
 */
export async function distinctKeys(db: TruthSerumDB, index: string, max = Infinity): Promise<IndexableType[]> {
  const out: IndexableType[] = [];
  while (out.length < max) {
    const last = out[out.length - 1];
    const [next] = await (last === undefined ? db.moments.orderBy(index) : db.moments.where(index).above(last)).limit(1).keys();
    if (next === undefined) break;
    out.push(next);
  }
  return out;
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

export interface WeeklyCharts {
  byCategory: WeeklySeries;
  outcomes: WeeklySeries;
}

let foregroundReads = 0;
let waitingForForeground: (() => void)[] = [];

/**
 * Runs a read the rep is waiting for (a page of the list, its count). Background work (the charts) sends nothing
 * new to IndexedDB until every such read has finished, so the list waits for one batch of chart counts at most.
 */
export async function foreground<T>(read: () => Promise<T>): Promise<T> {
  foregroundReads++;
  try {
    return await read();
  } finally {
    if (--foregroundReads === 0) {
      const waiting = waitingForForeground;
      waitingForForeground = [];
      for (const resume of waiting) resume();
    }
  }
}

/** Lets the event loop run, then waits while any foreground read is in flight. */
function yieldToForeground(): Promise<void> {
  return new Promise((resolve) => setTimeout(() => (foregroundReads === 0 ? resolve() : waitingForForeground.push(resolve)), 0));
}

export interface WeeklyChartsOptions {
  signal?: AbortSignal;
  /** count() requests sent together, in one transaction, before yielding; small so a list read waits little. */
  batch?: number;
}

/**
 * One native count() per week on an [x+createdAt] range: no key or moment is read. Sent `batch` at a time, each
 * batch its own transaction, and only while no foreground read is waiting (see foreground).
 */
async function countPerWeek(db: TruthSerumDB, index: string, key: unknown, weeks: number[], from: number, to: number, { signal, batch = 6 }: WeeklyChartsOptions): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < weeks.length; i += batch) {
    await yieldToForeground();
    check(signal);
    const counts = await db.transaction('r', db.moments, () =>
      Promise.all(
        weeks.slice(i, i + batch).map((w) => {
          const end = w + WEEK_MS;
          return db.moments
            .where(index)
            .between([key, Math.max(w, from)], [key, Math.min(end, to)], true, to < end)
            .count();
        }),
      ),
    );
    out.push(...counts);
  }
  return out;
}

/**
 * Both charts by counting, not reading: IndexedDB count() per category and week on [primaryCategory+createdAt]
 * (every moment has one primary category, so their sum is the "moments" line), and per week on the used and
 * helpful ranges. (Dexie reads index keys with a cursor, one step per moment, which for 100,000 moments is slower
 * still.) The counts go out a small batch at a time, held back while the list reads (see countPerWeek), so a
 * page of the list asked for meanwhile is not queued behind them; `signal` stops between batches. The history page runs this only once the rep
 * opens the charts.
 */
export async function weeklyCharts(db: TruthSerumDB, range: { from?: number; to?: number } = {}, opts: WeeklyChartsOptions = {}): Promise<WeeklyCharts> {
  const { signal } = opts;
  const from = range.from ?? LOW;
  const to = range.to ?? HIGH;
  const within = () => db.moments.where('createdAt').between(from, to, true, true);
  const [[oldest], [newest], categories] = (await db.transaction('r', db.moments, () =>
    Promise.all([within().limit(1).keys(), within().reverse().limit(1).keys(), distinctKeys(db, 'primaryCategory')]),
  )) as [number[], number[], string[]];
  check(signal);
  if (oldest === undefined || newest === undefined) return { byCategory: { weeks: [], series: {} }, outcomes: { weeks: [], series: { moments: [], used: [], helpful: [] } } };
  const weeks: number[] = [];
  for (let w = weekStart(oldest); w <= newest; w += WEEK_MS) weeks.push(w);
  const byCategory: Record<string, number[]> = {};
  const all = new Array<number>(weeks.length).fill(0);
  for (const c of categories) {
    const counts = await countPerWeek(db, '[primaryCategory+createdAt]', c, weeks, from, to, opts);
    if (!counts.some((n) => n > 0)) continue;
    byCategory[c] = counts;
    counts.forEach((n, i) => (all[i]! += n));
  }
  const used = await countPerWeek(db, '[used+createdAt]', 1, weeks, from, to, opts);
  const helpful = await countPerWeek(db, '[feedback+createdAt]', 'helpful', weeks, from, to, opts);
  check(signal);
  return { byCategory: { weeks, series: byCategory }, outcomes: { weeks, series: { moments: all, used, helpful } } };
}

/** Moments per week by primary category, within the dates, counted (see weeklyCharts). */
export async function weeklyByCategory(db: TruthSerumDB, range: { from?: number; to?: number } = {}): Promise<WeeklySeries> {
  return (await weeklyCharts(db, range)).byCategory;
}

/** Per week: moments shown, moments whose suggestion was used, and moments marked helpful, counted (see weeklyCharts). */
export async function weeklyOutcomes(db: TruthSerumDB, range: { from?: number; to?: number } = {}): Promise<WeeklySeries> {
  return (await weeklyCharts(db, range)).outcomes;
}

/** Every moment matching the filter, newest first, read in chunks (for export). */
export async function allMatching(db: TruthSerumDB, filter: HistoryFilter, chunk = 2000): Promise<StoredMoment[]> {
  const { keys } = await matchingKeys(db, filter);
  const out: StoredMoment[] = [];
  for (let i = 0; i < keys.length; i += chunk) for (const m of await momentsByKeys(db, keys.slice(i, i + chunk))) if (m) out.push(m);
  return out;
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
