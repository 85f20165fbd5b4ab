import { useState } from 'react';
import { db } from '@/lib/storage/db';
import { panelToBackground } from '@/lib/messaging/protocol';
import type { Suggestion } from '@/lib/playbook/fill';
import { MomentCard } from '../moments/MomentCard';
import { AdapterStatus } from '../status/AdapterStatus';
import { EmptyState } from './EmptyState';
import { useLiveConversation } from './useLiveConversation';

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function SidePanelApp() {
  const { moments, status, loading } = useLiveConversation();
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const current = moments[0];

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>Truth Serum</h1>
        <AdapterStatus status={status} />
      </header>
      {loading ? null : !current ? (
        <EmptyState />
      ) : (
        <div className="moments" aria-live="polite">
          {moments.map((m) => {
            const expanded = m === current ? open[m.id] !== false : open[m.id] === true;
            const markUsed = (s: Suggestion) => db.moments.update(m.id, { usedSuggestionId: s.id, seen: 1 });
            return (
              <MomentCard
                key={m.id}
                moment={m}
                expanded={expanded}
                onToggle={() => setOpen((o) => ({ ...o, [m.id]: !expanded }))}
                onFeedback={(feedback) => void db.moments.update(m.id, { feedback: m.feedback === feedback ? null : feedback })}
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
