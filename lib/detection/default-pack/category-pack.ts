import type { CategoryId } from '../taxonomy';
import type { TriggerDef } from '../types';

/** One category's triggers, with the exceptions that hold for every one of them. */
export interface CategoryPack {
  category: CategoryId;
  /** Added to each trigger's `unless` (a sentence matching one is not this category's moment). */
  unless?: string[];
  /** Added to each trigger's `unlessInText` (a message matching one anywhere is not). */
  unlessInText?: string[];
  triggers: TriggerDef[];
}
