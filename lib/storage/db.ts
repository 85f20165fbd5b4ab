import Dexie, { type EntityTable } from 'dexie';
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
}

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

export class TruthSerumDB extends Dexie {
  moments!: EntityTable<MomentRecord, 'id'>;
  adapters!: EntityTable<AdapterStatusRecord, 'key'>;

  constructor(name = 'truth-serum') {
    super(name);
    this.version(1).stores({
      moments: 'id, createdAt, updatedAt, source, conversationId, tabId, *categories, [conversationId+createdAt]',
      adapters: 'key, tabId, updatedAt',
    });
  }
}

/** Opened only in extension contexts (background, side panel, options): never in a content script. */
export const db = new TruthSerumDB();
