import { useState } from 'react';
import type { TalkingPoint } from '@/lib/practice/stories';

/** Customer stories that answer this moment, offered as talking points with Copy. */
export function StoryList({ points, onCopy }: { points: TalkingPoint[]; onCopy(text: string): Promise<void> }) {
  const [said, setSaid] = useState<Record<string, string>>({});
  if (points.length === 0) return null;
  return (
    <section className="suggestions stories" aria-label="A customer story">
      <h3>A customer story</h3>
      <ul>
        {points.map((p) => (
          <li key={p.storyId} data-testid="story-point" data-story-id={p.storyId}>
            <p className="story-who">{p.customer ?? 'A customer'}</p>
            <p>{p.text}</p>
            <div className="actions">
              <button
                type="button"
                onClick={() =>
                  onCopy(p.customer ? `${p.customer}: ${p.text}` : p.text).then(
                    () => setSaid((f) => ({ ...f, [p.storyId]: 'Copied' })),
                    () => setSaid((f) => ({ ...f, [p.storyId]: 'Could not copy' })),
                  )
                }
              >
                Copy <span className="visually-hidden">story</span>
              </button>
              <span role="status" className="feedback">
                {said[p.storyId] ?? ''}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
