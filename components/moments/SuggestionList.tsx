import { useState } from 'react';
import type { Suggestion } from '@/lib/playbook/fill';

export interface SuggestionActions {
  onCopy(suggestion: Suggestion): Promise<void>;
  /** Present only where the moment has a draft to write into (Gmail). */
  onInsert?: (suggestion: Suggestion) => Promise<{ ok: boolean; reason?: string }>;
}

export function SuggestionList({ title, items, actions, usedId = null }: { title: string; items: Suggestion[]; actions: SuggestionActions; usedId?: string | null }) {
  const [feedback, setFeedback] = useState<Record<string, string>>({});
  const say = (id: string, text: string) => setFeedback((f) => ({ ...f, [id]: text }));
  if (items.length === 0) return null;
  return (
    <section className="suggestions" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((s) => (
          <li key={s.id} data-testid="suggestion" data-suggestion-id={s.id} data-used={s.id === usedId ? 'true' : undefined}>
            <p>{s.text}</p>
            {s.id === usedId && <span className="used-mark" data-testid="used-mark">Used</span>}
            <div className="actions">
              <button type="button" onClick={() => actions.onCopy(s).then(() => say(s.id, 'Copied'), () => say(s.id, 'Could not copy'))}>
                Copy
              </button>
              {actions.onInsert && (
                <button
                  type="button"
                  data-testid="insert"
                  onClick={() => actions.onInsert!(s).then((r) => say(s.id, r.ok ? 'Inserted into your draft' : (r.reason ?? 'Could not insert')))}
                >
                  Insert
                </button>
              )}
              <span role="status" className="feedback">{feedback[s.id] ?? ''}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
