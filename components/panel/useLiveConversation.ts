import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type AdapterStatusRecord, type MomentRecord } from '@/lib/storage/db';
import { DEFAULT_SETTINGS, getSettings, normalizeSettings, settingsItem } from '@/lib/settings/settings';

export interface LiveConversation {
  moments: MomentRecord[];
  status: AdapterStatusRecord | undefined;
  loading: boolean;
  /** settings.cooldownSeconds, kept current. */
  cooldownSeconds: number;
  /** Keys (`category:trigger`) the rep said "Not this" to. */
  dismissed: ReadonlySet<string>;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** The rep's cooldown, read once and then followed as the options page changes it. */
function useCooldownSeconds(): number {
  const [cooldown, setCooldown] = useState(DEFAULT_SETTINGS.cooldownSeconds);
  useEffect(() => {
    let live = true;
    getSettings().then(
      (s) => live && setCooldown(s.cooldownSeconds),
      () => undefined,
    );
    let unwatch: (() => void) | undefined;
    try {
      unwatch = settingsItem.watch((value) => setCooldown(normalizeSettings(value).cooldownSeconds));
    } catch {
      // No storage API (a page opened outside the extension): keep the default.
    }
    return () => {
      live = false;
      unwatch?.();
    };
  }, []);
  return cooldown;
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
  const dismissed = useLiveQuery(async () => new Set((await db.dismissedTriggers.toCollection().primaryKeys()) as string[]), []);
  const cooldownSeconds = useCooldownSeconds();
  return { moments: moments ?? [], status, loading: latest === undefined, cooldownSeconds, dismissed: dismissed ?? NO_KEYS };
}
