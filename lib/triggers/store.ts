import { storage } from '#imports';
import * as v from 'valibot';
import type { TriggerDef } from '../detection/types';
import { CustomCategorySchema, ResponseLineSchema, UsableTriggerSchema, CATEGORY_ID, MAX_TRIGGERS, type CustomCategory, type ResponseOverrides } from './schema';

/**
 * The rep's own triggers, their switched-off built-ins and their responses. Lives in sync storage so it follows the
 * rep; sync allows 8 KB per item, so a store that outgrows that moves to local storage (and the options page says
 * so) rather than losing an edit.
 */
export interface TriggerStore {
  /** The rep's triggers. One with a built-in's id replaces that built-in (an edited built-in). */
  custom: TriggerDef[];
  /** Ids of built-in triggers the rep switched off. */
  disabledBuiltIns: string[];
  /** Per category, responses replacing the built-in ones. */
  responses: ResponseOverrides;
  /** Categories the rep made. */
  categories: CustomCategory[];
  /**
   * Whether the second look may add moments no trigger caught (`second-look.<category>`). Absent means on; optional
   * so stores written before it need no migration. A personal choice: packs neither carry nor change it.
   */
  secondLookAdds?: boolean;
}

/** The first shape (version 1): only triggers and switched-off ids. */
export interface TriggerStoreV1 {
  triggers?: TriggerDef[];
  disabled?: string[];
}

export const EMPTY_STORE: TriggerStore = Object.freeze({ custom: [], disabledBuiltIns: [], responses: {}, categories: [] }) as TriggerStore;

export const STORE_VERSION = 2;
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM: the key plus the JSON of the value. */
export const SYNC_ITEM_QUOTA = 8192;
/** Room left for WXT's metadata and the sync protocol's overhead. */
const SYNC_MARGIN = 256;
const KEY = 'triggers';

export const storeMigrations = {
  2: (old: TriggerStoreV1 | null | undefined): TriggerStore => ({
    custom: Array.isArray(old?.triggers) ? old.triggers : [],
    disabledBuiltIns: Array.isArray(old?.disabled) ? old.disabled : [],
    responses: {},
    categories: [],
  }),
};

const itemOptions = { fallback: EMPTY_STORE, version: STORE_VERSION, migrations: storeMigrations };
export const syncTriggersItem = storage.defineItem<TriggerStore>(`sync:${KEY}`, itemOptions);
export const localTriggersItem = storage.defineItem<TriggerStore>(`local:${KEY}`, itemOptions);
/** Where the current store lives: 'local' only after it outgrew sync. */
export const triggersLocationItem = storage.defineItem<'sync' | 'local'>('local:triggersLocation', { fallback: 'sync' });

export type StoreLocation = 'sync' | 'local';

/**
 * Anything read from storage (an older version, a hand edit, a value written by a newer Truth Serum) becomes a valid
 * store, keeping every valid entry: one broken trigger does not cost the rep the others.
 */
export function normalizeStore(value: unknown): TriggerStore {
  if (!value || typeof value !== 'object') return { custom: [], disabledBuiltIns: [], responses: {}, categories: [] };
  const raw = value as Partial<Record<keyof TriggerStore, unknown>>;
  const seen = new Set<string>();
  const custom: TriggerDef[] = [];
  for (const t of Array.isArray(raw.custom) ? raw.custom : []) {
    const parsed = v.safeParse(UsableTriggerSchema, t);
    if (!parsed.success || seen.has(parsed.output.id) || custom.length >= MAX_TRIGGERS) continue;
    seen.add(parsed.output.id);
    custom.push(parsed.output as TriggerDef);
  }
  const disabledBuiltIns = [...new Set((Array.isArray(raw.disabledBuiltIns) ? raw.disabledBuiltIns : []).filter((id): id is string => typeof id === 'string'))];
  const responses: ResponseOverrides = {};
  if (raw.responses && typeof raw.responses === 'object') {
    for (const [category, lines] of Object.entries(raw.responses as Record<string, unknown>)) {
      if (!CATEGORY_ID.test(category) || !Array.isArray(lines)) continue;
      responses[category] = lines.flatMap((l) => {
        const parsed = v.safeParse(ResponseLineSchema, l);
        return parsed.success ? [parsed.output] : [];
      });
    }
  }
  const categories = (Array.isArray(raw.categories) ? raw.categories : []).flatMap((c) => {
    const parsed = v.safeParse(CustomCategorySchema, c);
    return parsed.success ? [parsed.output] : [];
  });
  return { custom, disabledBuiltIns, responses, categories, ...(typeof raw.secondLookAdds === 'boolean' ? { secondLookAdds: raw.secondLookAdds } : {}) };
}

/** How many bytes sync storage would count for this value. */
export function syncBytes(value: unknown, key = KEY): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export function fitsInSync(value: unknown): boolean {
  return syncBytes(value) <= SYNC_ITEM_QUOTA - SYNC_MARGIN;
}

export interface LoadedStore {
  store: TriggerStore;
  /** 'local' when the store outgrew sync storage: it then stays in this browser only. */
  where: StoreLocation;
}

export async function loadTriggerStore(): Promise<LoadedStore> {
  const where = (await triggersLocationItem.getValue()) === 'local' ? 'local' : 'sync';
  const item = where === 'local' ? localTriggersItem : syncTriggersItem;
  return { store: normalizeStore(await item.getValue()), where };
}

/**
 * Saves the store: to sync when it fits, otherwise to local storage. The new copy is always written before the
 * location flips and before the old copy goes, so a failure at any step leaves the previous edit readable.
 */
export async function saveTriggerStore(next: TriggerStore): Promise<StoreLocation> {
  const store = normalizeStore(next);
  if (fitsInSync(store)) {
    try {
      await syncTriggersItem.setValue(store);
      await triggersLocationItem.setValue('sync');
      await localTriggersItem.removeValue();
      return 'sync';
    } catch {
      // Over a quota we did not predict (the total sync quota, the write rate): keep it locally instead.
    }
  }
  await localTriggersItem.setValue(store);
  await triggersLocationItem.setValue('local');
  return 'local';
}

/** Calls back with the fresh store whenever it changes (in this browser, or from sync). */
export function watchTriggerStore(callback: (loaded: LoadedStore) => void): () => void {
  let latest = 0;
  const reload = () => {
    const ticket = ++latest;
    void loadTriggerStore().then((loaded) => {
      if (ticket === latest) callback(loaded);
    });
  };
  const stops = [syncTriggersItem.watch(reload), localTriggersItem.watch(reload), triggersLocationItem.watch(reload)];
  return () => stops.forEach((stop) => stop());
}

/** A fresh id for a rep's trigger, from its first phrase: "custom.circle-the-wagons-x3k9". */
export function newTriggerId(hint: string, taken: ReadonlySet<string>): string {
  const slug = hint.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'trigger';
  for (;;) {
    const id = `custom.${slug}-${Math.random().toString(36).slice(2, 6)}`;
    if (!taken.has(id)) return id;
  }
}
