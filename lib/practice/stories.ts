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
