import { storage } from '#imports';
import type { Settings } from '../settings/settings';
import type { TruthSerumDB } from '../storage/db';
import { applyRetention } from '../storage/maintenance';

/** When retention last ran. In storage, not memory: an MV3 service worker is stopped and restarted all the time. */
export const lastRetentionRun = storage.defineItem<number>('local:lastRetentionRun', { fallback: 0 });

export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

export interface RetentionDeps {
  db: TruthSerumDB;
  settings: () => Promise<Pick<Settings, 'retentionDays'>>;
  lastRun?: { getValue(): Promise<number>; setValue(value: number): Promise<void> };
  now?: () => number;
  intervalMs?: number;
}

/**
 * Applies settings.retentionDays: `run()` now (at start-up), `maybeRun()` when a report arrives, at most once per
 * interval. Never two runs at once. Resolves to how many moments were deleted; never rejects (it logs instead).
 */
export function createRetention({ db, settings, lastRun = lastRetentionRun, now = Date.now, intervalMs = RETENTION_INTERVAL_MS }: RetentionDeps) {
  let running: Promise<number> | null = null;

  function start(): Promise<number> {
    running ??= (async () => {
      try {
        const startedAt = now();
        const { retentionDays } = await settings();
        const deleted = await applyRetention(db, retentionDays, startedAt);
        await lastRun.setValue(startedAt);
        return deleted;
      } catch (error) {
        console.warn('Truth Serum: retention did not run', error);
        return 0;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  async function maybeRun(): Promise<number> {
    if (running) return running;
    const last = await lastRun.getValue();
    const t = now();
    // A clock set back (last in the future) counts as due.
    if (last > 0 && last <= t && t - last < intervalMs) return 0;
    return start();
  }

  return { run: start, maybeRun };
}
