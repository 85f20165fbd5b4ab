import * as v from 'valibot';
import type { TriggerDef } from '../detection/types';
import { readPackEnvelope, repeatedIdError } from '../packs/envelope';
import { CustomCategorySchema, ResponsesSchema, UsableTriggerSchema, MAX_TRIGGERS, type CustomCategory, type ResponseOverrides } from './schema';
import type { TriggerStore } from './store';
import { normalizeStore } from './store';

export const PACK_FORMAT = 'truth-serum-pack';
export const PACK_VERSION = 1;

/** A shareable pack: the rep's triggers (including edited built-ins), responses and categories. */
export interface PackFile {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  name?: string;
  exportedAt?: string;
  triggers: TriggerDef[];
  responses: ResponseOverrides;
  categories?: CustomCategory[];
}

export const PackFileSchema = v.object({
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_VERSION),
  name: v.optional(v.pipe(v.string(), v.maxLength(120))),
  exportedAt: v.optional(v.string()),
  triggers: v.pipe(v.array(UsableTriggerSchema), v.maxLength(MAX_TRIGGERS, `a pack holds at most ${MAX_TRIGGERS} triggers`)),
  responses: v.optional(ResponsesSchema, {}),
  categories: v.optional(v.array(CustomCategorySchema), []),
});

export function exportPack(store: TriggerStore, name?: string): PackFile {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    ...(name ? { name } : {}),
    exportedAt: new Date().toISOString(),
    triggers: store.custom,
    responses: store.responses,
    categories: store.categories,
  };
}

export type ParsedPack = { ok: true; pack: PackFile } | { ok: false; error: string };

/** Reads a pack from its JSON text (or already-parsed value), with an error that points at the field. */
export function parsePack(input: unknown): ParsedPack {
  const envelope = readPackEnvelope(input, { label: 'pack', format: PACK_FORMAT, version: PACK_VERSION });
  if (!envelope.ok) return envelope;
  const parsed = v.safeParse(PackFileSchema, envelope.data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? describePath(issue, envelope.data) : '';
    return { ok: false, error: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid pack'}` };
  }
  const repeated = repeatedIdError('triggers', parsed.output.triggers);
  if (repeated) return { ok: false, error: repeated };
  return { ok: true, pack: parsed.output as PackFile };
}

/** "triggers[2] (custom.wagons) › patterns[0]" from a valibot issue, so the rep can find the line. */
function describePath(issue: v.BaseIssue<unknown>, data: unknown): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') {
      const last = parts.pop() ?? '';
      const value = Array.isArray(node) ? node[key] : undefined;
      const id = value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? ` (${(value as { id: string }).id})` : '';
      parts.push(`${last}[${key}]${id}`);
      node = value;
    } else {
      parts.push(String(key));
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return parts.join(' › ');
}

export interface ImportPreview {
  ok: true;
  pack: PackFile;
  added: TriggerDef[];
  changed: { before: TriggerDef; after: TriggerDef }[];
  unchanged: TriggerDef[];
  /** Categories whose responses the import adds or replaces. */
  responses: string[];
  categories: CustomCategory[];
}

export type ImportPreviewResult = ImportPreview | { ok: false; error: string };

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** What importing `json` would do to the store, without changing anything. */
export function previewImport(store: TriggerStore, json: unknown): ImportPreviewResult {
  const parsed = parsePack(json);
  if (!parsed.ok) return parsed;
  const { pack } = parsed;
  const existing = new Map(store.custom.map((t) => [t.id, t]));
  const added: TriggerDef[] = [];
  const changed: ImportPreview['changed'] = [];
  const unchanged: TriggerDef[] = [];
  for (const t of pack.triggers) {
    const before = existing.get(t.id);
    if (!before) added.push(t);
    else if (same(before, t)) unchanged.push(t);
    else changed.push({ before, after: t });
  }
  if (store.custom.length + added.length > MAX_TRIGGERS) return { ok: false, error: `After this import you would have more than ${MAX_TRIGGERS} triggers; delete some first.` };
  const responses = Object.keys(pack.responses).filter((c) => !same(store.responses[c], pack.responses[c]));
  const categories = (pack.categories ?? []).filter((c) => !same(store.categories.find((o) => o.id === c.id), c));
  return { ok: true, pack, added, changed, unchanged, responses, categories };
}

/** The store after the previewed import: triggers added or replaced by id, responses and categories replaced. */
export function applyImport(store: TriggerStore, preview: ImportPreview): TriggerStore {
  const incoming = new Map(preview.pack.triggers.map((t) => [t.id, t]));
  const custom = store.custom.map((t) => incoming.get(t.id) ?? t);
  for (const t of preview.added) custom.push(t);
  const categories = [...store.categories.filter((c) => !preview.categories.some((n) => n.id === c.id)), ...preview.categories];
  return normalizeStore({
    custom,
    disabledBuiltIns: store.disabledBuiltIns,
    responses: { ...store.responses, ...preview.pack.responses },
    categories,
    // The rep's own choice about the second look stays: a pack never carries it.
    ...(store.secondLookAdds !== undefined ? { secondLookAdds: store.secondLookAdds } : {}),
  });
}
