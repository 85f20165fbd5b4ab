import { useId, useState } from 'react';
import { CATEGORY_IDS, categoryLabel } from '@/lib/detection/taxonomy';
import type { StoryRecord, TruthSerumDB } from '@/lib/storage/db';
import { newStoryId, saveStory } from '@/lib/practice/stories';

const EMPTY = { id: '', title: '', text: '', categories: [] as string[], shareable: false };

/** Why customers bought, in the rep's words, tagged with the moments each story answers. */
export function StoriesEditor({ db, stories }: { db: TruthSerumDB; stories: StoryRecord[] }) {
  const [draft, setDraft] = useState(EMPTY);
  const [message, setMessage] = useState('');
  const id = useId();
  const valid = draft.text.trim() && draft.categories.length > 0;
  const save = async () => {
    if (!valid) return;
    const existing = stories.find((s) => s.id === draft.id);
    await saveStory(db, { ...draft, id: draft.id || newStoryId(), ...(existing ? { createdAt: existing.createdAt } : {}) });
    setMessage(draft.id ? 'Story updated.' : 'Story saved.');
    setDraft(EMPTY);
  };
  return (
    <section className="practice-section" aria-labelledby={`${id}-h`} data-testid="stories">
      <h2 id={`${id}-h`}>Customer stories</h2>
      <p className="muted">Why a customer bought, in your words. Tag the moments it answers; shareable stories go into exported packs.</p>
      {stories.length === 0 ? <p className="muted">No stories yet.</p> : null}
      <ul className="story-list">
        {stories.map((s) => (
          <li key={s.id} data-testid="story">
            <strong>{s.title || 'Untitled story'}</strong> <span className="muted">{s.categories.map(categoryLabel).join(', ')}{s.shareable ? ' · shareable' : ''}</span>
            <p className="story-text">{s.text}</p>
            <div className="actions">
              <button type="button" onClick={() => setDraft({ id: s.id, title: s.title, text: s.text, categories: s.categories, shareable: s.shareable })}>
                Edit <span className="visually-hidden">{s.title}</span>
              </button>
              <button
                type="button"
                onClick={() => {
                  void db.stories.delete(s.id);
                  setMessage('Story deleted.');
                }}
              >
                Delete <span className="visually-hidden">{s.title}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3>{draft.id ? 'Edit story' : 'Add a story'}</h3>
        <label className="field-label" htmlFor={`${id}-title`}>
          Customer or title
        </label>
        <input id={`${id}-title`} type="text" maxLength={120} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        <label className="field-label" htmlFor={`${id}-text`}>
          Why they bought
        </label>
        <textarea id={`${id}-text`} rows={3} maxLength={4000} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
        <fieldset>
          <legend className="field-label">Moments it answers</legend>
          <div className="category-picks">
            {CATEGORY_IDS.map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  checked={draft.categories.includes(c)}
                  onChange={(e) => setDraft({ ...draft, categories: e.target.checked ? [...draft.categories, c] : draft.categories.filter((x) => x !== c) })}
                />
                {categoryLabel(c)}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          <input type="checkbox" checked={draft.shareable} onChange={(e) => setDraft({ ...draft, shareable: e.target.checked })} /> Shareable with my team
        </label>
        <div className="actions" style={{ marginTop: 6 }}>
          <button type="submit" disabled={!valid}>
            {draft.id ? 'Save changes' : 'Save story'}
          </button>
          {draft.id ? (
            <button type="button" onClick={() => setDraft(EMPTY)}>
              Cancel
            </button>
          ) : null}
        </div>
        <p className="muted status-line" role="status">
          {message}
        </p>
      </form>
    </section>
  );
}
