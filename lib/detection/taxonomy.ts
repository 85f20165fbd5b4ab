/** The category ids are a contract shared with stored history, packs and tests: never rename one. */
export const CATEGORY_IDS = [
  'info_brushoff',
  'not_interested',
  'stall',
  'price',
  'competitor',
  'authority',
  'complaint',
  'skepticism',
] as const;

export type BuiltInCategoryId = (typeof CATEGORY_IDS)[number];
/** Custom categories made by reps get ids of their own (see the options page). */
export type CategoryId = BuiltInCategoryId | (string & {});

export interface CategoryInfo {
  id: BuiltInCategoryId;
  /** What the rep sees. */
  label: string;
  /** One line: what the customer is doing. */
  hint: string;
  colour: string;
}

export const CATEGORIES: Record<BuiltInCategoryId, CategoryInfo> = {
  info_brushoff: { id: 'info_brushoff', label: '"Send me some information"', hint: 'Asking for material instead of talking', colour: '#2f7dd1' },
  not_interested: { id: 'not_interested', label: 'Not interested', hint: 'A flat no', colour: '#8a5cd1' },
  stall: { id: 'stall', label: 'Stalling', hint: 'Putting it off or thinking it over', colour: '#d18b2f' },
  price: { id: 'price', label: 'Price or budget', hint: 'Pushing back on cost', colour: '#2f9d6a' },
  competitor: { id: 'competitor', label: 'Competitor or incumbent', hint: 'Already using something else', colour: '#c2417a' },
  authority: { id: 'authority', label: 'Not the decision maker', hint: 'Someone else has to sign off', colour: '#5c6bc0' },
  complaint: { id: 'complaint', label: 'Tough customer', hint: 'Upset, escalating or threatening to leave', colour: '#d1452f' },
  skepticism: { id: 'skepticism', label: 'Skeptical', hint: 'Doubting the claims', colour: '#6d7a86' },
};

export function isBuiltInCategory(id: string): id is BuiltInCategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(id);
}

export function categoryLabel(id: CategoryId): string {
  return isBuiltInCategory(id) ? CATEGORIES[id].label : id;
}
