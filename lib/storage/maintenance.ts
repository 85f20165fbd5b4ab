import * as v from 'valibot';
import { SOURCES } from '../sources';
import type { MomentRecord, TruthSerumDB } from './db';
import { MAX_STORED_TEXT } from './moments';

/** Deletes and restores run in transactions of at most this many moments, so none blocks the database for long. */
export const CHUNK_SIZE = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

type MomentQuery = (db: TruthSerumDB) => { limit(n: number): { primaryKeys(): Promise<string[]> } };

/** Deletes the moments a query selects, a chunk of primary keys per transaction. Returns how many were deleted. */
async function deleteInChunks(db: TruthSerumDB, select: MomentQuery): Promise<number> {
  let deleted = 0;
  for (;;) {
    const n = await db.transaction('rw', db.moments, async () => {
      const keys = await select(db).limit(CHUNK_SIZE).primaryKeys();
      await db.moments.bulkDelete(keys);
      return keys.length;
    });
    deleted += n;
    if (n < CHUNK_SIZE) return deleted;
  }
}

/**
 * Deletes moments first seen more than `days` days before `now` (0 or less keeps everything), oldest first, via the
 * createdAt index. Returns how many were deleted.
 */
export async function applyRetention(db: TruthSerumDB, days: number, now = Date.now()): Promise<number> {
  if (!(days > 0)) return 0;
  const cutoff = now - days * DAY_MS;
  return deleteInChunks(db, (d) => d.moments.where('createdAt').below(cutoff));
}

/** Deletes every moment of one email thread or call. Returns how many were deleted. */
export async function deleteConversation(db: TruthSerumDB, conversationId: string): Promise<number> {
  return deleteInChunks(db, (d) => d.moments.where('conversationId').equals(conversationId));
}

/**
 * Deletes everything the rep's history holds (moments and whatever else the schema adds), in one transaction.
 * Live adapter status is not history: it describes open tabs and stays.
 */
export async function deleteEverything(db: TruthSerumDB): Promise<void> {
  const tables = db.tables.filter((t) => t.name !== 'adapters');
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}

export const BACKUP_FORMAT = 'truth-serum-backup';
export const BACKUP_VERSION = 1;

const shortString = v.pipe(v.string(), v.maxLength(500));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

const DetectionSchema = v.object({
  category: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  trigger: shortString,
  start: count,
  end: count,
  text: v.pipe(v.string(), v.maxLength(MAX_STORED_TEXT)),
  speakers: v.picklist(['customer', 'rep', 'anyone']),
});

const MomentSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
    createdAt: timestamp,
    updatedAt: timestamp,
    source: v.picklist(SOURCES),
    kind: v.picklist(['email', 'draft', 'caption']),
    conversationId: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
    conversationTitle: shortString,
    role: v.picklist(['customer', 'rep']),
    speaker: v.nullable(shortString),
    speakerEmail: v.nullable(shortString),
    text: v.pipe(v.string(), v.maxLength(MAX_STORED_TEXT)),
    categories: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.minLength(1)),
    detections: v.array(DetectionSchema),
    // Tab ids belong to the browser session that made the backup; restored moments are not tied to any tab.
    tabId: v.optional(v.nullable(v.number())),
    composeKey: v.nullable(v.pipe(v.string(), v.maxLength(300))),
    seen: v.picklist([0, 1]),
    feedback: v.nullable(v.picklist(['helpful', 'not_this'])),
    usedSuggestionId: v.nullable(v.pipe(v.string(), v.maxLength(300))),
    // Derived fields (primaryCategory, prospectKey, used) are dropped here and recomputed by the database on write.
  }),
  v.check((m) => m.detections.every((d) => d.start < d.end && d.end <= m.text.length), 'a detection points outside the moment’s text'),
);

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  moments: v.array(MomentSchema),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  moments: MomentRecord[];
}

/** Everything in the history as a versioned, self-describing JSON object (JSON.stringify it to save). */
export async function exportBackup(db: TruthSerumDB, now = Date.now()): Promise<Backup> {
  const moments = await db.moments.orderBy('createdAt').toArray();
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, moments };
}

export class BackupError extends Error {
  override name = 'BackupError';
}

export interface RestoreOptions {
  /** 'merge' (default) adds the backup's moments, replacing those with the same id; 'replace' empties the history first. */
  mode?: 'merge' | 'replace';
}

/** Where in the backup an issue is, as a reader would write it: moments[3].detections[0].end */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Checks a backup (an object, or its JSON text) and says precisely what is wrong with it. */
export function parseBackup(input: unknown): Backup {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new BackupError(`The file is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new BackupError('The file is not a Truth Serum backup: expected a JSON object.');
  const head = data as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) throw new BackupError(`The file is not a Truth Serum backup: format is ${JSON.stringify(head.format) ?? 'missing'}, expected "${BACKUP_FORMAT}".`);
  if (head.version !== BACKUP_VERSION) {
    throw new BackupError(`Backup version ${JSON.stringify(head.version) ?? '(missing)'} is not supported: this version of Truth Serum reads version ${BACKUP_VERSION}.`);
  }
  const result = v.safeParse(BackupSchema, data, { abortPipeEarly: true });
  if (!result.success) {
    const issues = result.issues.slice(0, 5).map((issue) => `${issuePath(issue) || 'backup'}: ${issue.message}`);
    const more = result.issues.length > 5 ? ` (and ${result.issues.length - 5} more)` : '';
    throw new BackupError(`The backup is damaged; nothing was restored. ${issues.join('; ')}${more}`);
  }
  const seen = new Set<string>();
  for (const [i, m] of result.output.moments.entries()) {
    if (seen.has(m.id)) throw new BackupError(`The backup is damaged; nothing was restored. moments[${i}].id: "${m.id}" appears twice.`);
    seen.add(m.id);
  }
  const moments: MomentRecord[] = result.output.moments.map((m) => ({ ...m, tabId: null }));
  return { ...result.output, moments };
}

/**
 * Restores a backup all or nothing: it is checked completely first, then written in one transaction, so a bad file
 * or a failed write leaves the history exactly as it was. Returns how many moments were restored.
 */
export async function restoreBackup(db: TruthSerumDB, input: unknown, { mode = 'merge' }: RestoreOptions = {}): Promise<number> {
  const backup = parseBackup(input);
  await db.transaction('rw', db.moments, async () => {
    if (mode === 'replace') await db.moments.clear();
    for (let i = 0; i < backup.moments.length; i += CHUNK_SIZE) await db.moments.bulkPut(backup.moments.slice(i, i + CHUNK_SIZE));
  });
  return backup.moments.length;
}
