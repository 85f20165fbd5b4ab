import * as v from 'valibot';
import { SOURCES } from '../sources';
import { DEFAULT_PACK } from '../detection/default-pack';
import { validatePattern, validatePhrase, validatePhraseOrPattern, type ValidationResult } from '../detection/validate';
import { isAddedTriggerId } from '../detection/second-look/missed';

/** A category made by the rep (or the team): an id of its own, a name to show and a colour. */
export interface CustomCategory {
  id: string;
  label: string;
  colour: string;
}

/** One response line for a category; `spoken` is the short form for calls. */
export interface ResponseLine {
  id: string;
  email: string;
  spoken: string;
}

/** Per category: the rep's own list of responses, replacing the built-in ones for that category. */
export type ResponseOverrides = Record<string, ResponseLine[]>;

export const MAX_TRIGGERS = 500;
export const MAX_ENTRIES_PER_FIELD = 50;

let builtInStrings: Set<string> | undefined;
/**
 * The built-in pack's own phrases and patterns are trusted as they are (some are longer than a rep may write), so an
 * edited copy of a built-in keeps the lines the rep did not touch.
 */
export function isBuiltInString(value: string): boolean {
  builtInStrings ??= new Set([
    ...DEFAULT_PACK.triggers.flatMap((t) => [...(t.phrases ?? []), ...(t.patterns ?? []), ...(t.unless ?? [])]),
    ...Object.values(DEFAULT_PACK.sets ?? {}).flat(),
  ]);
  return builtInStrings.has(value);
}

/** How many of a field's lines the rep wrote: a built-in trigger's own lines do not count against the limit. */
export function ownEntryCount(entries: readonly unknown[]): number {
  return entries.filter((e) => typeof e !== 'string' || !isBuiltInString(e)).length;
}

/** Validates one phrase or pattern, trusting the built-in pack's own strings. */
export function checkEntry(fn: (value: string) => ValidationResult, value: string): ValidationResult {
  return isBuiltInString(value) ? { ok: true } : fn(value);
}

const checked = (fn: (value: string) => ValidationResult) =>
  v.pipe(
    v.string(),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const r = checkEntry(fn, dataset.value);
      if (!r.ok) addIssue({ message: r.message });
    }),
  );

/** A built-in trigger carries up to this many lines of its own; an edited copy keeps them all. */
const MAX_BUILT_IN_ENTRIES = 500;
// The limit is on the rep's own lines: an edited built-in keeps the (trusted) lines it came with, however many.
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(
    v.array(item),
    v.maxLength(MAX_BUILT_IN_ENTRIES, `at most ${MAX_BUILT_IN_ENTRIES} entries`),
    v.check(
      (entries) => ownEntryCount(entries) <= MAX_ENTRIES_PER_FIELD,
      `at most ${MAX_ENTRIES_PER_FIELD} entries of your own`,
    ),
  );

export const TRIGGER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
export const CATEGORY_ID = /^[a-z][a-z0-9_]{0,39}$/;

export const TriggerDefSchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(TRIGGER_ID, 'an id is 1–80 letters, digits, ".", "_" or "-"'),
    // The second look names its added moments so (lib/detection/second-look/missed.ts): a trigger must not pass for one.
    v.check((id) => !isAddedTriggerId(id), 'ids starting with "second-look." are kept for the second look'),
  ),
  category: v.pipe(v.string(), v.regex(CATEGORY_ID, 'a category id is lower-case letters, digits and "_"')),
  phrases: v.optional(list(checked(validatePhrase))),
  patterns: v.optional(list(checked(validatePattern))),
  unless: v.optional(
    list(
      v.union([v.pipe(v.string(), v.regex(/^@[a-z_]+$/)), checked(validatePhraseOrPattern)], 'not a phrase, a pattern or a named set such as @buying_signal'),
    ),
  ),
  unlessInText: v.optional(
    list(
      v.union([v.pipe(v.string(), v.regex(/^@[a-z_]+$/)), checked(validatePhraseOrPattern)], 'not a phrase, a pattern or a named set such as @moving_ahead'),
    ),
  ),
  speakers: v.optional(v.picklist(['customer', 'rep', 'anyone'])),
  sources: v.optional(v.array(v.picklist(SOURCES))),
  negatable: v.optional(v.boolean()),
  enabled: v.optional(v.boolean()),
  note: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

/** A trigger must listen for something. */
export const UsableTriggerSchema = v.pipe(
  TriggerDefSchema,
  v.check((t) => (t.phrases?.length ?? 0) + (t.patterns?.length ?? 0) > 0, 'a trigger needs at least one phrase or pattern'),
);

export const CustomCategorySchema = v.object({
  id: v.pipe(v.string(), v.regex(CATEGORY_ID, 'a category id is lower-case letters, digits and "_"')),
  label: v.pipe(v.string(), v.trim(), v.minLength(1, 'the name is empty'), v.maxLength(60)),
  colour: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb')),
});

export const ResponseLineSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  email: v.pipe(v.string(), v.trim(), v.minLength(1, 'the response is empty'), v.maxLength(2000)),
  spoken: v.pipe(v.string(), v.maxLength(300)),
});

export const ResponsesSchema = v.record(v.pipe(v.string(), v.regex(CATEGORY_ID)), v.pipe(v.array(ResponseLineSchema), v.maxLength(20)));
