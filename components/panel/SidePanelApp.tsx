import './panel.css';
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/storage/db';
import { panelToBackground } from '@/lib/messaging/protocol';
import type { Suggestion } from '@/lib/playbook/fill';
import { MomentCard } from '../moments/MomentCard';
import { AdapterStatus } from '../status/AdapterStatus';
import { EmptyState } from './EmptyState';
import { arrangeMoments, currentMoment } from './arrange';
import { setFeedback } from './feedback';
import { useLiveConversation } from './useLiveConversation';

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function SidePanelApp() {
  const { moments, status, loading, cooldownSeconds, dismissed } = useLiveConversation();
  // A handful of rows: read whole, and kept current as the practice page edits them.
  const stories = useLiveQuery(() => db.stories.toArray(), []);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const arranged = useMemo(() => arrangeMoments(moments, { cooldownSeconds, dismissed }), [moments, cooldownSeconds, dismissed]);
  const current = currentMoment(arranged);
  // The calm card first: the current moment on top, everything else folded below it in time order.
  const ordered = current ? [arranged.find((a) => a.moment.id === current.id)!, ...arranged.filter((a) => a.moment.id !== current.id)] : arranged;

  return (
    <main className="panel">
      <header className="panel-header">
        <div className="panel-title">
          <h1>Truth Serum</h1>
          <a className="header-link" href="/history-page.html" target="_blank" rel="noopener">
            History
          </a>
          <a className="header-link" href="/practice-page.html" target="_blank" rel="noopener">Practice</a>
          <a className="header-link" href="/options.html" target="_blank" rel="noopener">
            Options
          </a>
        </div>
        <AdapterStatus status={status} />
      </header>
      {loading ? null : !current ? (
        <EmptyState />
      ) : (
        <div className="moments" aria-live="polite">
          {ordered.map(({ moment: m, again, dismissed: isDismissed }) => {
            const expanded = m.id === current.id ? open[m.id] !== false : open[m.id] === true;
            const markUsed = (s: Suggestion) => db.moments.update(m.id, { usedSuggestionId: s.id, seen: 1 });
            return (
              <MomentCard
                key={m.id}
                moment={m}
                expanded={expanded}
                again={again}
                dismissed={isDismissed}
                stories={stories}
                onToggle={() => setOpen((o) => ({ ...o, [m.id]: !expanded }))}
                onFeedback={(feedback) => void setFeedback(db, m, feedback)}
                actions={{
                  onCopy: async (s) => {
                    await copyText(s.text);
                    await markUsed(s);
                  },
                  onInsert:
                    m.source === 'gmail' && m.composeKey
                      ? async (s) => {
                          const result = await panelToBackground.sendMessage('insertIntoDraft', { momentId: m.id, text: s.text });
                          if (result.ok) await markUsed(s);
                          return result;
                        }
                      : undefined,
                }}
              />
            );
          })}
        </div>
      )}
    </main>
  );
}
