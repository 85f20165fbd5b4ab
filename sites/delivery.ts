/**
 * Acknowledged delivery for content-script reports. `sendMessage` to an MV3 background rejects while the service
 * worker is being restarted ("Could not establish connection. Receiving end does not exist."); a report dropped
 * then would only come back with the next edit or caption revision, which may never happen for a message that is
 * already on the page. This keeps the latest unacknowledged report per key and re-sends it with backoff until the
 * background answers. The background's handling is idempotent per key, so a duplicate costs nothing.
 */

export interface DeliveryOptions<T> {
  /** Sends one message; resolves when the background acknowledged it. */
  send: (message: T) => Promise<unknown>;
  /** Messages with the same key replace each other in the queue: only the latest is worth delivering. */
  key: (message: T) => string;
  /** Waits between attempts (ms); the number of entries is the number of retries. */
  backoffMs?: number[];
  /** At most this many keys wait at once; the oldest is dropped beyond it. */
  maxPending?: number;
  signal?: AbortSignal;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const DEFAULT_BACKOFF_MS = [250, 1000, 3000, 10_000];

/** The extension was reloaded or updated: this content script is orphaned and can never deliver again. */
function isPermanent(error: unknown): boolean {
  return /extension context invalidated/i.test(error instanceof Error ? error.message : String(error));
}

export function createDelivery<T>({
  send,
  key,
  backoffMs = DEFAULT_BACKOFF_MS,
  maxPending = 50,
  signal,
  setTimer = (fn, ms) => setTimeout(fn, ms),
  clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}: DeliveryOptions<T>) {
  interface Pending {
    message: T;
    attempt: number;
    timer: unknown;
    inFlight: boolean;
    /** A newer message arrived while one was in flight: send it after. */
    dirty: boolean;
  }
  const pending = new Map<string, Pending>();
  let dead = false;

  function drop(k: string): void {
    const p = pending.get(k);
    if (p?.timer !== undefined) clearTimer(p.timer);
    pending.delete(k);
  }

  function stop(): void {
    dead = true;
    for (const k of [...pending.keys()]) drop(k);
  }
  signal?.addEventListener('abort', stop, { once: true });

  function attempt(k: string): void {
    const p = pending.get(k);
    if (!p || dead) return;
    p.timer = undefined;
    p.inFlight = true;
    p.dirty = false;
    const sent = p.message;
    send(sent).then(
      () => {
        p.inFlight = false;
        if (pending.get(k) !== p) return;
        if (p.dirty) {
          p.attempt = 0;
          attempt(k);
        } else pending.delete(k);
      },
      (error: unknown) => {
        p.inFlight = false;
        if (pending.get(k) !== p) return;
        if (isPermanent(error)) return stop();
        if (p.dirty) {
          // Something newer to say: say it now rather than retrying the old text.
          p.attempt = 0;
          return attempt(k);
        }
        const wait = backoffMs[p.attempt];
        if (wait === undefined) return void pending.delete(k);
        p.attempt++;
        p.timer = setTimer(() => attempt(k), wait);
      },
    );
  }

  /** Sends now; re-sends until acknowledged, replacing any older message with the same key. */
  function deliver(message: T): void {
    if (dead || signal?.aborted) return;
    const k = key(message);
    const existing = pending.get(k);
    if (existing) {
      existing.message = message;
      if (existing.inFlight) {
        existing.dirty = true;
        return;
      }
      // Waiting for a retry: send the newer message now.
      if (existing.timer !== undefined) clearTimer(existing.timer);
      existing.attempt = 0;
      attempt(k);
      return;
    }
    if (pending.size >= maxPending) {
      const oldest = pending.keys().next().value;
      if (oldest !== undefined) drop(oldest);
    }
    pending.set(k, { message, attempt: 0, timer: undefined, inFlight: false, dirty: false });
    attempt(k);
  }

  return { deliver, pending: () => pending.size, stop };
}

/** The key of a text report: one utterance or message. */
export const reportKey = (r: { source: string; conversationId: string; utteranceId: string }) => `${r.source}:${r.conversationId}:${r.utteranceId}`;
