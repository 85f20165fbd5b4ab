import type { Source } from '../sources';
import type { CategoryId } from './taxonomy';

export type Channel = 'email' | 'caption';
/** Who said it: the prospect or customer, or the rep using Truth Serum. */
export type Role = 'customer' | 'rep';
export type SpeakerScope = Role | 'anyone';

/** A trigger is data, not code: it can be exported, imported, edited in the options page and shipped by a team. */
export interface TriggerDef {
  id: string;
  category: CategoryId;
  /** Plain phrases; each matches its natural variants (tense, person, contractions, plurals). */
  phrases?: string[];
  /** Advanced patterns in compromise match syntax. */
  patterns?: string[];
  /** "Do not fire when" the same sentence also matches one of these phrases/patterns (or a named set, "@buying_signal"). */
  unless?: string[];
  /**
   * "Do not fire when any sentence of the text matches one of these": a brush-off in an email that also says
   * "we want to move ahead" is a request, not a brush-off. Same syntax as `unless`, "@set" allowed.
   */
  unlessInText?: string[];
  /** Who this trigger listens to. Defaults to the customer. */
  speakers?: SpeakerScope;
  /** Limit to some sources; all when absent. */
  sources?: Source[];
  /** A negation just before the match ("don't", "never", "no") cancels it unless false. Defaults to true. */
  negatable?: boolean;
  enabled?: boolean;
  /** Short note for people editing the pack. */
  note?: string;
}

export interface TriggerPack {
  /** Named lists of patterns that `unless` may refer to as "@name". */
  sets?: Record<string, string[]>;
  triggers: TriggerDef[];
}

export interface Detection {
  category: CategoryId;
  trigger: string;
  /** Offsets into the original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Whose words the trigger listens for; 'rep' marks coaching on the rep's own text. */
  speakers: SpeakerScope;
  /** For a moment the second look added (no trigger matched): the words that weighed most for its category. */
  cues?: string[];
}

export interface AnalyzeOptions {
  channel: Channel;
  /**
   * Whose words these are. 'customer' runs customer triggers; 'rep' runs the rep's coaching triggers (caving in);
   * 'any' runs both, for the rep's Gmail draft where the rep often echoes the customer's words. Default 'customer'.
   */
  role?: Role | 'any';
  source?: Source;
}

export interface AnalysisResult {
  categories: CategoryId[];
  detections: Detection[];
  /** Set when the input was longer than we analyse; the rest was skipped, not lost. */
  truncated?: boolean;
  /** Built-in hits the second look set aside (lib/detection/second-look): shown on the test bench, never stored. */
  setAside?: Detection[];
  /**
   * Categories a customer trigger matched but cancelled (an exception, a negation, a condition, a quote, a turn): the
   * rules read those words as a look-alike, so the second look adds none of them.
   */
  quieted?: CategoryId[];
}
