import type { TruthSerumDB } from '../storage/db';

/** The toolbar badge counts moments the rep has not seen yet in that tab. */
export async function unseenCount(db: TruthSerumDB, tabId: number): Promise<number> {
  return db.moments.where('tabId').equals(tabId).filter((m) => m.seen === 0).count();
}

export async function updateUnseenBadge(db: TruthSerumDB, tabId: number): Promise<void> {
  const count = await unseenCount(db, tabId);
  const action = chrome.action ?? (chrome as unknown as { browserAction?: typeof chrome.action }).browserAction;
  await action?.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 99)) : '' }).catch(() => {});
  await action?.setBadgeBackgroundColor({ tabId, color: '#d1452f' }).catch(() => {});
}
