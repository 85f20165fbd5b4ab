import { storage } from '#imports';
import * as v from 'valibot';
import { SOURCES } from '../sources';

/**
 * The rep's settings. Kept in the browser's sync storage so they follow the rep across browsers; small on purpose
 * (sync allows 8 KB per item). Every read is validated: a corrupt or older value falls back field by field.
 */
export const SettingsSchema = v.object({
  /** How the rep's own name appears in Zoom and Teams captions (Meet says "You"). */
  repName: v.optional(v.pipe(v.string(), v.maxLength(120)), ''),
  /** Sites Truth Serum reads; a site switched off is not read at all. */
  activeSources: v.optional(v.array(v.picklist(SOURCES)), [...SOURCES]),
  /** The same category does not show again in the same conversation within this many seconds. */
  cooldownSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3600)), 60),
  /** Show the small in-page chip that opens the side panel. */
  showChip: v.optional(v.boolean(), true),
  /** Keep moments this many days; 0 keeps them forever. */
  retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650)), 0),
  /** Blank out email addresses, phone numbers and card-like numbers before anything is stored. */
  redact: v.optional(v.boolean(), false),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Parses anything (an old version, a hand-edited value) into valid settings, keeping every valid field. */
export function normalizeSettings(value: unknown): Settings {
  if (!value || typeof value !== 'object') return { ...DEFAULT_SETTINGS };
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
    const field = v.safeParse(schema, (value as Record<string, unknown>)[key]);
    if (field.success) out[key] = field.output;
  }
  return out as Settings;
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}
