import type { TriggerDef, TriggerPack } from '../types';
import type { CategoryPack } from './category-pack';
import { AUTHORITY } from './authority';
import { COMPETITOR } from './competitor';
import { COMPLAINT } from './complaint';
import { INFO_BRUSHOFF } from './info-brushoff';
import { LOOK_ALIKES } from './look-alikes';
import { NOT_INTERESTED } from './not-interested';
import { PRICE } from './price';
import { REP_COACHING } from './rep-coaching';
import { SKEPTICISM } from './skepticism';
import { STALL } from './stall';

/**
 * The built-in trigger pack. Data, not code: the same shape reps edit, export and import.
 * Patterns use compromise match syntax: `{send}` matches any form of the verb, `(a|b)` alternatives,
 * `word?` optional, `.` any one word, `#Tag` a part of speech. Contractions match their expansions.
 * Ids are stable: they are stored in history and in reps' feedback. One file per category.
 */
const CATEGORIES: CategoryPack[] = [INFO_BRUSHOFF, NOT_INTERESTED, STALL, PRICE, COMPETITOR, AUTHORITY, COMPLAINT, SKEPTICISM];

/**
 * Other people's words reported by the customer, the rep's own talk track, picking a meeting slot and neutral
 * due-diligence questions are never the customer's own moment, whatever the trigger.
 */
const EVERY_CUSTOMER_TRIGGER_UNLESS = ['@third_party', '@rep_talk', '@scheduling', '@due_diligence'];
/** A message that says the deal is approved or signed holds no brush-off; a complaint can still come with one. */
const DEAL_DONE_EXEMPT: string[] = ['complaint'];
/**
 * Pain given as the reason the customer came to us ("the old system just wasn't for us, which is exactly why we're
 * here") is a reason to buy, whatever trigger it looks like. A complaint can name us as the reason they are leaving.
 */
const WHY_WE_CALLED_EXEMPT: string[] = ['complaint'];

/**
 * What the customer says about the provider they left or are leaving (for us) is the reason they came, not a price,
 * competitor or complaint moment; "their support", "they kept putting the price up" is someone else's trouble.
 */
const CATEGORY_UNLESS: Partial<Record<string, string[]>> = {
  complaint: ['@left_them', '@their_trouble'],
  price: ['@left_them', '@their_trouble'],
  competitor: ['@left_them'],
};

const withAll = (own: string[] | undefined, added: string[]): string[] => [...(own ?? []), ...added.filter((s) => !own?.includes(s))];

function withCategoryExceptions({ triggers, unless = [], unlessInText = [] }: CategoryPack): TriggerDef[] {
  return triggers.map((trigger) => {
    const inText = [...unlessInText, ...(DEAL_DONE_EXEMPT.includes(trigger.category) ? [] : ['@deal_done']), '@internal_note', '@automated'];
    return {
      ...trigger,
      unless: withAll(trigger.unless, [...EVERY_CUSTOMER_TRIGGER_UNLESS, ...(WHY_WE_CALLED_EXEMPT.includes(trigger.category) ? [] : ['@why_we_called']), ...(CATEGORY_UNLESS[trigger.category] ?? []), ...unless]),
      ...(inText.length > 0 ? { unlessInText: withAll(trigger.unlessInText, inText) } : {}),
    };
  });
}

export const DEFAULT_PACK: TriggerPack = {
  sets: LOOK_ALIKES,
  triggers: [...CATEGORIES.flatMap(withCategoryExceptions), ...REP_COACHING],
};
