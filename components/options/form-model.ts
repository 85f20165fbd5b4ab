import type { SpeakerScope, TriggerDef } from '@/lib/detection/types';
import { validateException, validatePattern, validatePhrase } from '@/lib/detection/validate';
import { CATEGORY_IDS } from '@/lib/detection/taxonomy';
import { SOURCES, type Source } from '@/lib/sources';
import { checkEntry, ownEntryCount, CATEGORY_ID, MAX_ENTRIES_PER_FIELD, type CustomCategory } from '@/lib/triggers/schema';

/** What the trigger form edits: the lists as one entry per line. */
export interface TriggerFormValues {
  category: string;
  /** Set when the rep makes a new category in the form. */
  newCategory: { label: string; colour: string } | null;
  phrases: string;
  patterns: string;
  unless: string;
  speakers: SpeakerScope;
  /** Empty means every site. */
  sources: Source[];
  note: string;
}

export type TriggerFormField = 'category' | 'newCategoryLabel' | 'newCategoryColour' | 'phrases' | 'patterns' | 'unless' | 'sources' | 'note';
export type TriggerFormErrors = Partial<Record<TriggerFormField, string>>;

export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function valuesFromTrigger(t: TriggerDef | null): TriggerFormValues {
  return {
    category: t?.category ?? 'stall',
    newCategory: null,
    phrases: (t?.phrases ?? []).join('\n'),
    patterns: (t?.patterns ?? []).join('\n'),
    unless: (t?.unless ?? []).join('\n'),
    speakers: t?.speakers ?? 'customer',
    sources: t?.sources ?? [],
    note: t?.note ?? '',
  };
}

/** "Renewal risk" → "renewal_risk". */
export function categoryIdFrom(label: string): string {
  const id = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(id) ? id : `c_${id}`.slice(0, 40);
}

function checkLines(text: string, what: string, check: (line: string) => { ok: true } | { ok: false; message: string }): string | undefined {
  const all = lines(text);
  const own = ownEntryCount(all);
  if (own > MAX_ENTRIES_PER_FIELD) return `At most ${MAX_ENTRIES_PER_FIELD} ${what} of your own; this has ${own}.`;
  for (const [i, line] of all.entries()) {
    const r = check(line);
    if (!r.ok) return `Line ${i + 1}${all.length > 1 ? ` ("${line.length > 40 ? `${line.slice(0, 40)}…` : line}")` : ''}: ${r.message}`;
  }
  return undefined;
}

/** Every problem with the form, one message per field, in the words the field shows. */
export function validateTriggerForm(values: TriggerFormValues, ctx: { categories: CustomCategory[]; setNames: string[] }): TriggerFormErrors {
  const errors: TriggerFormErrors = {};
  if (values.newCategory) {
    const label = values.newCategory.label.trim();
    if (!label) errors.newCategoryLabel = 'Give the new category a name.';
    else if (label.length > 60) errors.newCategoryLabel = 'At most 60 characters.';
    else {
      const id = categoryIdFrom(label);
      if ((CATEGORY_IDS as readonly string[]).includes(id) || ctx.categories.some((c) => c.id === id)) errors.newCategoryLabel = `There is already a category called "${label}"; pick it from the list.`;
      else if (!CATEGORY_ID.test(id)) errors.newCategoryLabel = 'Use letters and digits in the name.';
    }
    if (!/^#[0-9a-fA-F]{6}$/.test(values.newCategory.colour)) errors.newCategoryColour = 'Pick a colour (#rrggbb).';
  } else if (!(CATEGORY_IDS as readonly string[]).includes(values.category) && !ctx.categories.some((c) => c.id === values.category)) {
    errors.category = 'Pick a category.';
  }
  const phrases = checkLines(values.phrases, 'phrases', (l) => checkEntry(validatePhrase, l));
  if (phrases) errors.phrases = phrases;
  const patterns = checkLines(values.patterns, 'patterns', (l) => checkEntry(validatePattern, l));
  if (patterns) errors.patterns = patterns;
  if (!errors.phrases && !errors.patterns && lines(values.phrases).length + lines(values.patterns).length === 0) {
    errors.phrases = 'Add at least one phrase (or an advanced pattern) to listen for.';
  }
  const unless = checkLines(values.unless, 'exceptions', (l) => checkEntry((x) => validateException(x, ctx.setNames), l));
  if (unless) errors.unless = unless;
  if (values.sources.some((s) => !(SOURCES as readonly string[]).includes(s))) errors.sources = 'Unknown site.';
  if (values.note.length > 500) errors.note = `At most 500 characters; this has ${values.note.length}.`;
  return errors;
}

/** The trigger the form describes (call only when valid). */
export function triggerFromValues(id: string, values: TriggerFormValues, base: TriggerDef | null): { trigger: TriggerDef; category: CustomCategory | null } {
  const category: CustomCategory | null = values.newCategory
    ? { id: categoryIdFrom(values.newCategory.label), label: values.newCategory.label.trim(), colour: values.newCategory.colour }
    : null;
  const phrases = lines(values.phrases);
  const patterns = lines(values.patterns);
  const unless = lines(values.unless);
  const trigger: TriggerDef = {
    id,
    category: category?.id ?? values.category,
    ...(phrases.length ? { phrases } : {}),
    ...(patterns.length ? { patterns } : {}),
    ...(unless.length ? { unless } : {}),
    ...(values.speakers !== 'customer' ? { speakers: values.speakers } : {}),
    ...(values.sources.length && values.sources.length < SOURCES.length ? { sources: values.sources } : {}),
    ...(base?.negatable !== undefined ? { negatable: base.negatable } : {}),
    // Not in the form: a built-in's whole-text exceptions (e.g. 'we want to move ahead') survive an edit of its phrases.
    ...(base?.unlessInText?.length ? { unlessInText: base.unlessInText } : {}),
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  };
  return { trigger, category };
}
