import { CATEGORY_IDS, isBuiltInCategory, type CategoryId } from '../detection/taxonomy';
import type { MomentRecord, PracticeAttemptRecord, PracticeDrillRecord, PracticeScheduleRecord, TruthSerumDB } from '../storage/db';
import { EXAMPLE_LINES } from './examples';
import type { PracticeChannel, ScoreResult } from './scorer';

/** One line to answer. */
export interface Drill {
  id: string;
  category: CategoryId;
  /** The customer's words. From history they are as stored: already redacted when the rep turned redaction on. */
  customerLine: string;
  channel: PracticeChannel;
  origin: 'history' | 'playbook' | 'custom';
  /** The moment it came from, for history drills. */
  momentId?: string;
  /** Where the detected words sit inside customerLine, for history drills. */
  highlight?: { start: number; end: number };
}

const MAX_LINE = 280;

/** The sentence(s) around a detection: from the start of its sentence to the end of it, capped at MAX_LINE characters. */
export function excerptAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = s;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!) && s - from < MAX_LINE / 2) from--;
  let to = e;
  while (to < text.length && !/[.!?\n]/.test(text[to - 1] ?? '') && to - from < MAX_LINE) to++;
  if (to < text.length && /[.!?]/.test(text[to] ?? '')) to++;
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  return { text: body, start: s - from - lead, end: e - from - lead };
}

/** Drills from the rep's own history: the customer's words around each detection, one per distinct line. */
export function drillsFromMoments(moments: readonly MomentRecord[], limitPerCategory = 20): Drill[] {
  const out: Drill[] = [];
  const seen = new Set<string>();
  const perCategory = new Map<string, number>();
  for (const m of moments) {
    if (m.role !== 'customer') continue;
    for (const d of m.detections) {
      if (d.speakers === 'rep' || !m.categories.includes(d.category)) continue;
      const n = perCategory.get(d.category) ?? 0;
      if (n >= limitPerCategory) continue;
      const ex = excerptAround(m.text, d.start, d.end);
      const key = `${d.category}|${ex.text.toLowerCase()}`;
      if (!ex.text || seen.has(key)) continue;
      seen.add(key);
      perCategory.set(d.category, n + 1);
      out.push({
        id: `history:${m.id}:${d.start}`,
        category: d.category,
        customerLine: ex.text,
        channel: m.kind === 'caption' ? 'caption' : 'email',
        origin: 'history',
        momentId: m.id,
        highlight: { start: ex.start, end: ex.end },
      });
    }
  }
  return out;
}

/** Built-in example drills, for the categories in `categories` (all built-ins by default). */
export function exampleDrills(categories: readonly CategoryId[] = CATEGORY_IDS): Drill[] {
  return categories.filter(isBuiltInCategory).flatMap((c) =>
    EXAMPLE_LINES[c].map((line, i) => ({ id: `example:${c}:${i + 1}`, category: c, customerLine: line, channel: 'caption' as const, origin: 'playbook' as const })),
  );
}

/** Every drill on offer: history first; built-in examples for the categories history has none of; the rep's own. */
export function buildDrills(moments: readonly MomentRecord[], custom: readonly PracticeDrillRecord[] = []): Drill[] {
  const fromHistory = drillsFromMoments(moments);
  const met = new Set(fromHistory.map((d) => d.category));
  const missing = CATEGORY_IDS.filter((c) => !met.has(c));
  return [
    ...fromHistory,
    ...exampleDrills(missing),
    ...custom.map((c) => ({ id: `custom:${c.id}`, category: c.category, customerLine: c.customerLine, channel: c.channel, origin: 'custom' as const })),
  ];
}

// ---- Spaced repetition: a Leitner box per category. A good answer moves it up a box (seen less often); a weak one
// sends it back to box 1 (seen again soon).

export const DAY = 24 * 60 * 60 * 1000;
/** Days until a category in box n (1-based) comes back. */
export const BOX_DAYS = [0, 1, 3, 7, 14] as const;
export const MAX_BOX = BOX_DAYS.length;
/** A score at or above this moves the category up a box. */
export const PASS_SCORE = 70;

export function nextSchedule(prev: PracticeScheduleRecord | undefined, category: CategoryId, score: number, now: number): PracticeScheduleRecord {
  const box = score >= PASS_SCORE ? Math.min(MAX_BOX, (prev?.box ?? 0) + 1) : 1;
  return { category, box, due: now + BOX_DAYS[box - 1]! * DAY, attempts: (prev?.attempts ?? 0) + 1, updatedAt: now };
}

export interface RoundOptions {
  /** Categories to practise; empty or 'mixed' means all that have drills. */
  categories: readonly CategoryId[] | 'mixed';
  size?: number;
  now?: number;
  /** Deterministic shuffles in tests. */
  random?: () => number;
}

/**
 * A round of drills: categories that are due (or never practised) first, weakest box first, then the rest;
 * within a category, a drill the rep has not answered recently.
 */
export function chooseRound(drills: readonly Drill[], schedule: readonly PracticeScheduleRecord[], opts: RoundOptions): Drill[] {
  const now = opts.now ?? Date.now();
  const random = opts.random ?? Math.random;
  const size = opts.size ?? 5;
  const wanted = opts.categories === 'mixed' || opts.categories.length === 0 ? null : new Set<string>(opts.categories);
  const pool = drills.filter((d) => !wanted || wanted.has(d.category));
  if (pool.length === 0) return [];
  const bySchedule = new Map(schedule.map((s) => [s.category, s]));
  const byCategory = new Map<string, Drill[]>();
  for (const d of pool) byCategory.set(d.category, [...(byCategory.get(d.category) ?? []), d]);
  for (const list of byCategory.values()) shuffle(list, random);
  const rank = (c: string) => {
    const s = bySchedule.get(c);
    if (!s) return [0, 0, 0];
    return [s.due <= now ? 0 : 1, s.box, s.due];
  };
  const order = [...byCategory.keys()].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]! || a.localeCompare(b);
  });
  // Round-robin over the ordered categories, so a mixed round mixes and the weakest lead.
  const out: Drill[] = [];
  while (out.length < size) {
    let added = false;
    for (const c of order) {
      const next = byCategory.get(c)!.shift();
      if (next && out.length < size) {
        out.push(next);
        added = true;
      }
    }
    if (!added) break;
  }
  return out;
}

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

// ---- Storage

/** Saves a scored attempt and moves the category's box; one transaction. */
export async function recordAttempt(db: TruthSerumDB, drill: Drill, answer: string, result: ScoreResult, now = Date.now()): Promise<PracticeAttemptRecord> {
  const applied = result.principles.filter((p) => p.applies);
  const attempt: PracticeAttemptRecord = {
    createdAt: now,
    category: drill.category,
    drillId: drill.id,
    channel: drill.channel,
    score: result.score,
    met: applied.filter((p) => p.met).map((p) => p.id),
    missed: applied.filter((p) => !p.met).map((p) => p.id),
    answer,
  };
  await db.transaction('rw', db.practiceAttempts, db.practiceSchedule, async () => {
    attempt.id = await db.practiceAttempts.add(attempt);
    const prev = await db.practiceSchedule.get(drill.category);
    await db.practiceSchedule.put(nextSchedule(prev, drill.category, result.score, now));
  });
  return attempt;
}

/** Recent customer moments to drill on (newest first). */
export async function loadPracticeMoments(db: TruthSerumDB, limit = 500): Promise<MomentRecord[]> {
  return db.moments.orderBy('createdAt').reverse().filter((m) => m.role === 'customer').limit(limit).toArray();
}

export interface ProgressSeries {
  /** Day starts (ms). */
  days: number[];
  /** Per category: the mean score that day, or null when not practised. */
  scores: Record<string, (number | null)[]>;
  /** Per category: attempts in total. */
  attempts: Record<string, number>;
}

/** Mean score per category per day, for the progress chart. */
export function progressByDay(attempts: readonly PracticeAttemptRecord[]): ProgressSeries {
  const dayOf = (t: number) => {
    const d = new Date(t);
    d.setHours(0, 0, 0, 0);
    return d.getTime();
  };
  const days = [...new Set(attempts.map((a) => dayOf(a.createdAt)))].sort((a, b) => a - b);
  const index = new Map(days.map((d, i) => [d, i]));
  const sums: Record<string, { sum: number; n: number }[]> = {};
  const counts: Record<string, number> = {};
  for (const a of attempts) {
    const row = (sums[a.category] ??= days.map(() => ({ sum: 0, n: 0 })));
    const cell = row[index.get(dayOf(a.createdAt))!]!;
    cell.sum += a.score;
    cell.n++;
    counts[a.category] = (counts[a.category] ?? 0) + 1;
  }
  const scores: Record<string, (number | null)[]> = {};
  for (const [c, row] of Object.entries(sums)) scores[c] = row.map((x) => (x.n ? Math.round(x.sum / x.n) : null));
  return { days, scores, attempts: counts };
}
