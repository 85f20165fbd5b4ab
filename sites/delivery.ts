/**
 * Acknowledged delivery for content-script reports. `sendMessage` to an MV3 background rejects while the service
 * worker is being restarted ("Could not establish connection. Receiving end does not exist."); a report dropped
 * then would only come back with the next edit or caption revision, which may never happen for a message that is
 * already on the page. This keeps the latest unacknowledged report per key and re-sends it until the background
 * answers. The background's handling is idempotent per key, so a duplicate costs nothing.
 *
 * Nothing is dropped quietly. An unacknowledged report is re-sent with backoff and then at the last interval for as
 * long as the page lives; the only ways out are an acknowledgement, a newer report with the same key (it supersedes
 * the old one), the background refusing the report as invalid (retrying cannot help), or an overflow of the memory
 * bound below. A page can invent keys without end, so the queue is bounded by count and by text size; when it is
 * full the oldest report that is not in flight gives way and the loss is counted and reported through `onChange`.
 */

export interface DeliveryState {
  /** Reports not yet acknowledged (one per key). */
  pending: number;
  /** Of those, how many failed at least once and wait for a retry: the background is unreachable or failing. */
  retrying: number;
  /** Reports given up because the queue was full (a page flooding new keys while the background was away). */
  overflowed: number;
  /** Reports the background refused as invalid. */
  rejected: number;
}

export interface DeliveryOptions<T> {
  /** Sends one message; resolves when the background acknowledged it. */
  send: (message: T) => Promise<unknown>;
  /** Messages with the same key replace each other in the queue: only the latest is worth delivering. */
  key: (message: T) => string;
  /** Waits between attempts (ms); after the last entry, retries continue at the last interval. */
  backoffMs?: number[];
  /** At most this many keys wait at once. */
  maxPending?: number;
  /** At most this much text (the sum of `size`) waits at once. */
  maxPendingSize?: number;
  /** The memory a message holds, in the unit of `maxPendingSize`: by default the length of its `text`. */
  size?: (message: T) => number;
  /** Called whenever a report fails, is given up, or the queue drains after trouble: for a visible status. */
  onChange?: (state: DeliveryState) => void;
  signal?: AbortSignal;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const DEFAULT_BACKOFF_MS = [250, 1000, 3000, 10_000];
/** A call's captions over the few seconds a worker restart takes are a few dozen utterances; this is a wide margin. */
export const DEFAULT_MAX_PENDING = 1000;
/** 4 M characters (~8 MB): twenty of the largest reports the background accepts. */
export const DEFAULT_MAX_PENDING_SIZE = 4_000_000;

/** The extension was reloaded or updated: this content script is orphaned and can never deliver again. */
function isPermanent(error: unknown): boolean {
  return /extension context invalidated/i.test(error instanceof Error ? error.message : String(error));
}

/** The background read the report and refused it (schema or sender check): the same report will never pass. */
function isRejected(error: unknown): boolean {
  const name = error instanceof Error ? error.name : (error as { name?: unknown } | null)?.name;
  return name === 'RejectedMessage' || name === 'ValiError';
}

const textSize = (message: unknown): number => {
  const text = (message as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text.length : 0;
};

export function createDelivery<T>({
  send,
  key,
  backoffMs = DEFAULT_BACKOFF_MS,
  maxPending = DEFAULT_MAX_PENDING,
  maxPendingSize = DEFAULT_MAX_PENDING_SIZE,
  size = textSize,
  onChange,
  signal,
  setTimer = (fn, ms) => setTimeout(fn, ms),
  clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}: DeliveryOptions<T>) {
  interface Pending {
    message: T;
    size: number;
    attempt: number;
    timer: unknown;
    inFlight: boolean;
    /** A newer message arrived while one was in flight: send it after. */
    dirty: boolean;
  }
  // Insertion order is age order: the first waiting entry is the oldest.
  const pending = new Map<string, Pending>();
  let totalSize = 0;
  let retrying = 0;
  let overflowed = 0;
  let rejected = 0;
  let dead = false;
  /** Something went wrong since the queue was last empty: tell `onChange` when it recovers. */
  let troubled = false;

  const state = (): DeliveryState => ({ pending: pending.size, retrying, overflowed, rejected });
  const changed = () => {
    troubled = true;
    onChange?.(state());
  };

  function setWaiting(p: Pending, waiting: boolean): void {
    if (waiting !== p.attempt > 0) retrying += waiting ? 1 : -1;
  }

  function remove(k: string): void {
    const p = pending.get(k);
    if (!p) return;
    if (p.timer !== undefined) clearTimer(p.timer);
    setWaiting(p, false);
    totalSize -= p.size;
    pending.delete(k);
    if (pending.size === 0 && troubled) {
      troubled = false;
      onChange?.(state());
    }
  }

  function stop(): void {
    dead = true;
    for (const p of pending.values()) if (p.timer !== undefined) clearTimer(p.timer);
    pending.clear();
    totalSize = 0;
    retrying = 0;
  }
  signal?.addEventListener('abort', stop, { once: true });

  /** The background answered: whatever waits for a retry is sent now rather than after its backoff. */
  function flushWaiting(): void {
    for (const [k, p] of pending) {
      if (p.inFlight || p.timer === undefined) continue;
      clearTimer(p.timer);
      p.timer = undefined;
      attempt(k);
    }
  }

  function attempt(k: string): void {
    const p = pending.get(k);
    if (!p || dead) return;
    p.timer = undefined;
    p.inFlight = true;
    p.dirty = false;
    send(p.message).then(
      () => {
        p.inFlight = false;
        if (pending.get(k) !== p) return;
        if (p.dirty) {
          setWaiting(p, false);
          p.attempt = 0;
          attempt(k);
        } else remove(k);
        if (retrying > 0) flushWaiting();
      },
      (error: unknown) => {
        p.inFlight = false;
        if (pending.get(k) !== p || dead) return;
        if (isPermanent(error)) return stop();
        if (p.dirty) {
          // Something newer to say: say it now rather than retrying the old text.
          setWaiting(p, false);
          p.attempt = 0;
          return attempt(k);
        }
        if (isRejected(error)) {
          rejected++;
          remove(k);
          return changed();
        }
        const wait = backoffMs[Math.min(p.attempt, backoffMs.length - 1)] ?? 1000;
        setWaiting(p, true);
        p.attempt++;
        p.timer = setTimer(() => attempt(k), wait);
        if (p.attempt === 1) changed();
      },
    );
  }

  /** Makes room for `incoming` more size and one more key, oldest waiting report first. False when it cannot. */
  function makeRoom(incoming: number): boolean {
    if (pending.size < maxPending && totalSize + incoming <= maxPendingSize) return true;
    for (const [k, p] of pending) {
      // In flight: the background may be storing it right now, and dropping it would lose it if that fails.
      if (p.inFlight) continue;
      remove(k);
      overflowed++;
      if (pending.size < maxPending && totalSize + incoming <= maxPendingSize) return true;
    }
    return false;
  }

  /** Sends now; re-sends until acknowledged, replacing any older message with the same key. */
  function deliver(message: T): void {
    if (dead || signal?.aborted) return;
    const k = key(message);
    const bytes = size(message);
    const existing = pending.get(k);
    if (existing) {
      totalSize += bytes - existing.size;
      existing.message = message;
      existing.size = bytes;
      if (existing.inFlight) {
        existing.dirty = true;
        return;
      }
      // Waiting for a retry: send the newer message now.
      if (existing.timer !== undefined) clearTimer(existing.timer);
      attempt(k);
      return;
    }
    const before = overflowed;
    if (!makeRoom(bytes)) {
      // Everything queued is in flight: this one cannot be kept.
      overflowed++;
      return changed();
    }
    if (overflowed !== before) changed();
    pending.set(k, { message, size: bytes, attempt: 0, timer: undefined, inFlight: false, dirty: false });
    totalSize += bytes;
    attempt(k);
  }

  return { deliver, pending: () => pending.size, state, stop };
}

/** The key of a text report: one utterance or message. */
export const reportKey = (r: { source: string; conversationId: string; utteranceId: string }) => `${r.source}:${r.conversationId}:${r.utteranceId}`;

/**
 * An `onChange` for content scripts: says in the page's console when reports were given up (queue full) or refused,
 * with counts only, never page text, so a loss is never silent.
 */
export function warnOnLoss(where: string, log: (message: string) => void = (m) => console.warn(m)): (state: DeliveryState) => void {
  let overflowed = 0;
  let rejected = 0;
  return (state) => {
    if (state.overflowed > overflowed || state.rejected > rejected) {
      log(`Truth Serum (${where}): ${state.overflowed} report(s) dropped because the queue was full, ${state.rejected} refused by the extension.`);
    }
    overflowed = state.overflowed;
    rejected = state.rejected;
  };
}
