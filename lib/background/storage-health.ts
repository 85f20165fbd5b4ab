import { storage } from '#imports';

/**
 * The last time the background could not write a moment (quota exceeded, a broken database). The report itself is
 * not lost: the handler rejects, and the content script keeps it in its retry queue (sites/delivery.ts). This record
 * is what the rep sees meanwhile. In extension storage, not IndexedDB: the database is what is failing.
 */
export interface StorageProblem {
  /** When it first failed since the last successful write. */
  since: number;
  /** When it last failed. */
  at: number;
  /** The error's name and message, e.g. "QuotaExceededError: …". */
  error: string;
  /** Failed writes since the last successful one. */
  failures: number;
}

export const storageProblemItem = storage.defineItem<StorageProblem | null>('local:storageProblem', { fallback: null });

export interface StorageHealthDeps {
  item?: { getValue(): Promise<StorageProblem | null>; setValue(value: StorageProblem | null): Promise<void> };
  now?: () => number;
}

function describeError(error: unknown): string {
  if (error instanceof Error || (error && typeof error === 'object' && 'message' in error)) {
    const e = error as { name?: unknown; message?: unknown };
    return `${String(e.name ?? 'Error')}: ${String(e.message ?? '')}`.slice(0, 300);
  }
  return String(error).slice(0, 300);
}

/** Records write failures and clears the record at the next successful write. Never rejects. */
export function createStorageHealth({ item = storageProblemItem, now = Date.now }: StorageHealthDeps = {}) {
  // Unknown after a worker start: the first success reads storage once, later ones cost nothing.
  let troubled: boolean | null = null;
  let failures = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (fn: () => Promise<void>) => (queue = queue.then(fn).catch((error) => console.warn('Truth Serum: could not record storage health', error)));

  return {
    failed(error: unknown): Promise<unknown> {
      troubled = true;
      failures++;
      console.error('Truth Serum: a moment could not be stored; the page will send it again', error);
      return serial(async () => {
        const previous = await item.getValue();
        const t = now();
        await item.setValue({ since: previous?.since ?? t, at: t, error: describeError(error), failures: (previous?.failures ?? 0) + 1 });
      });
    },
    stored(): Promise<unknown> {
      if (troubled === false) return queue;
      const seen = failures;
      return serial(async () => {
        if ((await item.getValue()) !== null) await item.setValue(null);
        // A failure recorded after this success was queued keeps the warning up.
        if (failures === seen) troubled = false;
      });
    },
  };
}
