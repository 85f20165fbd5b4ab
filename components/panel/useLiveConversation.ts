import { useLiveQuery } from 'dexie-react-hooks';
import { db, type AdapterStatusRecord, type MomentRecord } from '@/lib/storage/db';

export interface LiveConversation {
  moments: MomentRecord[];
  status: AdapterStatusRecord | undefined;
  loading: boolean;
}

/**
 * The conversation the panel follows: the one with the most recent moment. A panel opened as a plain tab has
 * no page of its own, so "most recent" is the only sensible anchor, and it is what a rep mid-call expects too.
 */
export function useLiveConversation(): LiveConversation {
  // undefined while loading, null when there is no moment at all.
  const latest = useLiveQuery(async () => (await db.moments.orderBy('updatedAt').last()) ?? null, []);
  const moments = useLiveQuery(
    () => (latest ? db.moments.where('[conversationId+createdAt]').between([latest.conversationId, -Infinity], [latest.conversationId, Infinity]).reverse().toArray() : []),
    [latest?.conversationId, latest?.updatedAt],
  );
  const status = useLiveQuery(async () => {
    if (latest?.tabId != null) {
      const forTab = await db.adapters.where('tabId').equals(latest.tabId).toArray();
      const match = forTab.find((s) => s.source === latest.source);
      if (match) return match;
    }
    return db.adapters.orderBy('updatedAt').last();
  }, [latest?.tabId, latest?.source]);
  return { moments: moments ?? [], status, loading: latest === undefined };
}
