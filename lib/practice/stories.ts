import type { CategoryId } from '../detection/taxonomy';
import { db as defaultDb, type StoryRecord, type TruthSerumDB } from '../storage/db';

export type { StoryRecord };

/**
 * Customer stories tagged with `category`, newest first: for a moment card to show "why a customer like this bought".
 * `shareableOnly` keeps the ones the rep marked shareable.
 */
export async function storiesFor(category: CategoryId, opts: { db?: TruthSerumDB; shareableOnly?: boolean } = {}): Promise<StoryRecord[]> {
  const database = opts.db ?? defaultDb;
  const list = await database.stories.where('categories').equals(category).toArray();
  return list.filter((s) => !opts.shareableOnly || s.shareable).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function newStoryId(now = Date.now()): string {
  return `story-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function saveStory(database: TruthSerumDB, story: Omit<StoryRecord, 'createdAt' | 'updatedAt'> & Partial<Pick<StoryRecord, 'createdAt'>>, now = Date.now()): Promise<StoryRecord> {
  const record: StoryRecord = {
    ...story,
    title: story.title.trim(),
    text: story.text.trim(),
    categories: [...new Set(story.categories)],
    createdAt: story.createdAt ?? now,
    updatedAt: now,
  };
  await database.stories.put(record);
  return record;
}

/** A story as a card offers it: who (only when shareable) and the words to say. */
export interface TalkingPoint {
  storyId: string;
  /** The customer's name or the story's title; null unless the rep marked the story shareable. */
  customer: string | null;
  text: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const aCustomer = (_match: string, at: number, all: string) => (/(^|[.!?]\s+)$/.test(all.slice(0, at)) ? 'A customer' : 'a customer');

/**
 * Takes the customer out of a story's words: the whole title wherever it appears, then runs of the title's
 * capitalised words ("Initech" from the title "Initech pilot 2024", "Acme Freight" or "Acme" alone).
 */
function withoutCustomer(text: string, title: string): string {
  if (!title) return text;
  let out = text.replace(new RegExp(escapeRegExp(title), 'gi'), aCustomer);
  const names = [...new Set(title.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}\p{N}&'.-]+$/u.test(w)))];
  if (names.length) {
    const one = names.map(escapeRegExp).join('|');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${one})(?:\\s+(?:${one}))*(?![\\p{L}\\p{N}])`, 'gu'), aCustomer);
  }
  return out;
}

/**
 * The stories that answer any of `categories`, as talking points: those tagged with the card's primary category
 * first, then newest first. A story not marked shareable never shows the customer's name, and the name is also
 * taken out of its text, since the rep may read or paste it to another customer.
 */
export function talkingPointsFor(stories: readonly StoryRecord[], categories: readonly CategoryId[], max = 2): TalkingPoint[] {
  if (categories.length === 0) return [];
  const rank = (s: StoryRecord) => Math.min(...s.categories.map((c) => (categories.includes(c) ? categories.indexOf(c) : Infinity)));
  return stories
    .filter((s) => rank(s) !== Infinity && s.text.trim())
    .sort((a, b) => rank(a) - rank(b) || b.updatedAt - a.updatedAt)
    .slice(0, max)
    .map((s) => {
      const name = s.title.trim();
      if (s.shareable) return { storyId: s.id, customer: name || null, text: s.text.trim() };
      return { storyId: s.id, customer: null, text: withoutCustomer(s.text.trim(), name) };
    });
}
