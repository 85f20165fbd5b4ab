import * as v from 'valibot';
import { CATEGORY_ID } from '../triggers/schema';
import { readPackEnvelope, repeatedIdError } from '../packs/envelope';
import type { PracticeDrillRecord, StoryRecord, TruthSerumDB } from '../storage/db';

export const PRACTICE_PACK_FORMAT = 'truth-serum-practice-pack';
export const PRACTICE_PACK_VERSION = 1;
export const MAX_PACK_DRILLS = 1000;
export const MAX_PACK_STORIES = 500;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;
const idSchema = v.pipe(v.string(), v.regex(ID, 'an id is 1–80 letters, digits, ".", ":", "_" or "-"'));
const categorySchema = v.pipe(v.string(), v.regex(CATEGORY_ID, 'a category id is lower-case letters, digits and "_"'));

export const PackDrillSchema = v.object({
  id: idSchema,
  category: categorySchema,
  customerLine: v.pipe(v.string(), v.trim(), v.minLength(1, 'the customer line is empty'), v.maxLength(1000)),
  channel: v.optional(v.picklist(['email', 'caption']), 'caption'),
});

export const PackStorySchema = v.object({
  id: idSchema,
  title: v.pipe(v.string(), v.trim(), v.maxLength(120)),
  text: v.pipe(v.string(), v.trim(), v.minLength(1, 'the story is empty'), v.maxLength(4000)),
  categories: v.pipe(v.array(categorySchema), v.minLength(1, 'a story needs at least one category'), v.maxLength(20)),
});

export const PracticePackSchema = v.object({
  format: v.literal(PRACTICE_PACK_FORMAT),
  version: v.literal(PRACTICE_PACK_VERSION),
  name: v.optional(v.pipe(v.string(), v.maxLength(120))),
  exportedAt: v.optional(v.string()),
  drills: v.optional(v.pipe(v.array(PackDrillSchema), v.maxLength(MAX_PACK_DRILLS, `a pack holds at most ${MAX_PACK_DRILLS} drills`)), []),
  stories: v.optional(v.pipe(v.array(PackStorySchema), v.maxLength(MAX_PACK_STORIES, `a pack holds at most ${MAX_PACK_STORIES} stories`)), []),
});

export type PracticePack = v.InferOutput<typeof PracticePackSchema>;
export type ParsedPracticePack = { ok: true; pack: PracticePack } | { ok: false; error: string };

/** A pack of the rep's own drills and the stories they marked shareable (never the others). */
export async function exportPracticePack(db: TruthSerumDB, name?: string): Promise<PracticePack> {
  const [drills, stories] = await Promise.all([db.practiceDrills.toArray(), db.stories.toArray()]);
  return {
    format: PRACTICE_PACK_FORMAT,
    version: PRACTICE_PACK_VERSION,
    ...(name ? { name } : {}),
    exportedAt: new Date().toISOString(),
    drills: drills.map((d) => ({ id: d.id, category: d.category, customerLine: d.customerLine, channel: d.channel })),
    stories: stories.filter((s) => s.shareable).map((s) => ({ id: s.id, title: s.title, text: s.text, categories: s.categories })),
  };
}

/** Reads a practice pack from JSON text (or a parsed value), with an error that points at the field. */
export function parsePracticePack(input: unknown): ParsedPracticePack {
  const envelope = readPackEnvelope(input, { label: 'practice pack', format: PRACTICE_PACK_FORMAT, version: PRACTICE_PACK_VERSION });
  if (!envelope.ok) return envelope;
  const parsed = v.safeParse(PracticePackSchema, envelope.data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = (issue?.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `${String(p.key)}`)).join('.').replace(/\.\[/g, '[');
    return { ok: false, error: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid practice pack'}` };
  }
  const repeated = repeatedIdError('drills', parsed.output.drills) ?? repeatedIdError('stories', parsed.output.stories);
  if (repeated) return { ok: false, error: repeated };
  return { ok: true, pack: parsed.output };
}

export interface PracticeImportSummary {
  drillsAdded: number;
  drillsUpdated: number;
  storiesAdded: number;
  storiesUpdated: number;
}

/**
 * Imports a pack: drills and stories added or replaced by id, all in one transaction. On any error nothing changes.
 * Imported stories are shareable (they came from a shared pack).
 */
export async function importPracticePack(db: TruthSerumDB, input: unknown, now = Date.now()): Promise<{ ok: true; summary: PracticeImportSummary } | { ok: false; error: string }> {
  const parsed = parsePracticePack(input);
  if (!parsed.ok) return parsed;
  const { pack } = parsed;
  try {
    const summary = await db.transaction('rw', db.practiceDrills, db.stories, async () => {
      const s: PracticeImportSummary = { drillsAdded: 0, drillsUpdated: 0, storiesAdded: 0, storiesUpdated: 0 };
      const existingDrills = new Set(await db.practiceDrills.bulkGet(pack.drills.map((d) => d.id)).then((l) => l.filter(Boolean).map((d) => d!.id)));
      const drills: PracticeDrillRecord[] = pack.drills.map((d) => {
        if (existingDrills.has(d.id)) s.drillsUpdated++;
        else s.drillsAdded++;
        return { id: d.id, category: d.category, customerLine: d.customerLine, channel: d.channel, createdAt: now };
      });
      const existingStories = new Map((await db.stories.bulkGet(pack.stories.map((x) => x.id))).filter(Boolean).map((x) => [x!.id, x!]));
      const stories: StoryRecord[] = pack.stories.map((x) => {
        const before = existingStories.get(x.id);
        if (before) s.storiesUpdated++;
        else s.storiesAdded++;
        return { id: x.id, title: x.title, text: x.text, categories: [...new Set(x.categories)], shareable: true, createdAt: before?.createdAt ?? now, updatedAt: now };
      });
      await db.practiceDrills.bulkPut(drills);
      await db.stories.bulkPut(stories);
      return s;
    });
    return { ok: true, summary };
  } catch (error) {
    return { ok: false, error: `Import failed, nothing was changed (${error instanceof Error ? error.message : String(error)}).` };
  }
}
