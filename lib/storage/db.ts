import Dexie, { type DBCore, type DBCoreMutateRequest, type EntityTable, type Middleware } from 'dexie';
import type { Detection, Role } from '../detection/types';
import type { CategoryId } from '../detection/taxonomy';
import type { Source } from '../sources';

/** What kind of text a moment was found in. */
export type MomentKind = 'email' | 'draft' | 'caption';

export interface MomentRecord {
  /** Deterministic from source, conversation and utterance, so a re-sent report updates instead of duplicating. */
  id: string;
  createdAt: number;
  updatedAt: number;
  source: Source;
  kind: MomentKind;
  conversationId: string;
  conversationTitle: string;
  role: Role;
  speaker: string | null;
  speakerEmail: string | null;
  /** The analysed text (capped); detection offsets point into it. */
  text: string;
  categories: CategoryId[];
  detections: Detection[];
  tabId: number | null;
  /** For Gmail drafts and emails: which compose box "Insert" writes into. */
  composeKey: string | null;
  seen: 0 | 1;
  feedback: 'helpful' | 'not_this' | null;
  usedSuggestionId: string | null;
  // Derived fields (schema v2), indexed for the history page. Always present in stored records: the v2 upgrade
  // fills them, and a middleware on this database recomputes them on every write (see withDerivedFields). They are
  // optional in the type only so that writers may leave them out.
  /** categories[0]: the category a card is shown under. */
  primaryCategory?: CategoryId;
  /** Lower-cased speakerEmail, else lower-cased speaker; null when nobody is named. */
  prospectKey?: string | null;
  /** 1 when the rep copied or inserted a suggestion: an index can hold 0, not null. */
  used?: 0 | 1;
  /**
   * (Schema v4) One [category, createdAt] key per distinct category, in a multiEntry index: a moment is found by
   * any of its categories within a date range, newest first, the way [primaryCategory+createdAt] finds it by the
   * first. (IndexedDB has no compound multiEntry index; an array of arrays is the equivalent.)
   */
  categoryAt?: [CategoryId, number][];
}

/** A moment as read from the database: derived fields present. */
export type StoredMoment = MomentRecord & Required<Pick<MomentRecord, 'primaryCategory' | 'prospectKey' | 'used' | 'categoryAt'>>;

export type AdapterState = 'listening' | 'captions_off' | 'lost' | 'idle';

export interface AdapterStatusRecord {
  /** `${tabId}:${source}` */
  key: string;
  tabId: number;
  source: Source;
  state: AdapterState;
  /** A short hint for the rep, e.g. how to turn captions on. */
  detail: string;
  conversationId: string | null;
  updatedAt: number;
}

/** A trigger the rep said "Not this" to: its later moments are shown folded, not as a new top card. */
export interface DismissedTriggerRecord {
  /** `${category}:${trigger}` */
  key: string;
  category: CategoryId;
  trigger: string;
  /** The moment the rep dismissed it on. */
  momentId: string;
  createdAt: number;
}

export function dismissedTriggerKey(category: CategoryId, trigger: string): string {
  return `${category}:${trigger}`;
}

export function prospectKeyOf(m: Pick<MomentRecord, 'speaker' | 'speakerEmail'>): string | null {
  const raw = (m.speakerEmail ?? '').trim() || (m.speaker ?? '').trim();
  return raw ? raw.toLowerCase() : null;
}

/** The moment with its derived (indexed) fields computed from the fields they derive from. Pure; never mutates. */
export function withDerivedFields<T extends MomentRecord>(moment: T): T & StoredMoment {
  return {
    ...moment,
    primaryCategory: moment.categories[0] ?? 'unknown',
    prospectKey: prospectKeyOf(moment),
    used: moment.usedSuggestionId ? 1 : 0,
    categoryAt: [...new Set(moment.categories)].map((c): [CategoryId, number] => [c, moment.createdAt]),
  };
}

const MOMENTS_V1 = 'id, createdAt, updatedAt, source, conversationId, tabId, *categories, [conversationId+createdAt]';
export const SCHEMA_V1 = {
  moments: MOMENTS_V1,
  adapters: 'key, tabId, updatedAt',
};
export const SCHEMA_V2 = {
  moments: `${MOMENTS_V1}, primaryCategory, prospectKey, feedback, usedSuggestionId, [source+createdAt], [primaryCategory+createdAt], [prospectKey+createdAt], [used+createdAt], [feedback+createdAt]`,
  adapters: 'key, tabId, updatedAt',
  dismissedTriggers: 'key, createdAt',
};

/** Practice mode (schema v3): one scored answer to a drill. */
export interface PracticeAttemptRecord {
  id?: number;
  createdAt: number;
  category: CategoryId;
  drillId: string;
  channel: 'email' | 'caption';
  /** 0–100. */
  score: number;
  /** Principle ids met and missed (those that applied). */
  met: string[];
  missed: string[];
  answer: string;
}

/** Practice mode: where a category sits in the rep's Leitner boxes, and when it is due again. */
export interface PracticeScheduleRecord {
  category: CategoryId;
  /** 1 (comes back soonest) to 5. */
  box: number;
  due: number;
  attempts: number;
  updatedAt: number;
}

/** A customer story: why a customer bought, in the rep's words, tagged with the moments it answers. */
export interface StoryRecord {
  id: string;
  title: string;
  text: string;
  categories: CategoryId[];
  shareable: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A drill the rep (or a team pack) wrote: a customer line to answer. */
export interface PracticeDrillRecord {
  id: string;
  category: CategoryId;
  customerLine: string;
  channel: 'email' | 'caption';
  createdAt: number;
}

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  practiceAttempts: '++id, createdAt, category, [category+createdAt]',
  practiceSchedule: 'category, due',
  stories: 'id, createdAt, *categories',
  practiceDrills: 'id, category',
};

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  moments: `${SCHEMA_V3.moments}, *categoryAt`,
};

/** Keeps the derived fields right whoever writes a moment (add, put, bulkPut, update, modify). */
const derivedFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'moment-derived-fields',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'moments') return table;
      return {
        ...table,
        mutate(req: DBCoreMutateRequest) {
          if (req.type === 'add' || req.type === 'put') {
            return table.mutate({ ...req, values: req.values.map((v) => (v && typeof v === 'object' && Array.isArray((v as MomentRecord).categories) ? withDerivedFields(v as MomentRecord) : v)) } as DBCoreMutateRequest);
          }
          return table.mutate(req);
        },
      };
    },
  }),
};

export class TruthSerumDB extends Dexie {
  moments!: EntityTable<MomentRecord, 'id'>;
  adapters!: EntityTable<AdapterStatusRecord, 'key'>;
  dismissedTriggers!: EntityTable<DismissedTriggerRecord, 'key'>;
  practiceAttempts!: EntityTable<PracticeAttemptRecord, 'id'>;
  practiceSchedule!: EntityTable<PracticeScheduleRecord, 'category'>;
  stories!: EntityTable<StoryRecord, 'id'>;
  practiceDrills!: EntityTable<PracticeDrillRecord, 'id'>;

  constructor(name = 'truth-serum') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table<MomentRecord, string>('moments')
          .toCollection()
          .modify((m) => {
            Object.assign(m, withDerivedFields(m));
          }),
      );
    // v3 only adds practice-mode tables: existing data is untouched, so no upgrade function.
    this.version(3).stores(SCHEMA_V3);
    // v4 indexes every category of a moment, not just the first: categoryAt is filled in for the moments stored.
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade((tx) =>
        tx
          .table<MomentRecord, string>('moments')
          .toCollection()
          .modify((m) => {
            Object.assign(m, withDerivedFields(m));
          }),
      );
    this.use(derivedFieldsMiddleware);
  }
}

/** Opened only in extension contexts (background, side panel, options): never in a content script. */
export const db = new TruthSerumDB();
