import type { MomentRecord, TruthSerumDB } from '../storage/db';
import { MAX_STORED_TEXT } from '../storage/moments';
import { redact, redactOptional, redactTracked } from './redact';

/**
 * Redacts moments already stored, for a rep who turns redaction on after the fact: the same replacements as a new
 * report gets (lib/storage/moments.ts privateReport), so old and new moments look alike. Highlight spans are carried
 * over onto the redacted text through the redaction's offset map, so they never point at the wrong characters.
 */

/** The moment with its text, title and speaker redacted and the sender address dropped; null when nothing changes. */
export function redactMoment(moment: MomentRecord): MomentRecord | null {
  const tracked = redactTracked(moment.text);
  let text = tracked.text;
  const detections = [];
  for (const d of moment.detections) {
    const start = tracked.map(d.start, 'start');
    const end = tracked.map(d.end, 'end');
    // A span cut off by the cap below has nothing left to point at.
    if (end <= start || end > MAX_STORED_TEXT) continue;
    detections.push({ ...d, start, end, text: text.slice(start, end) });
  }
  // A placeholder can be longer than what it replaced ("a@b.io" → "[email]"): keep the stored cap.
  if (text.length > MAX_STORED_TEXT) text = text.slice(0, MAX_STORED_TEXT);
  const conversationTitle = redact(moment.conversationTitle);
  const speaker = redactOptional(moment.speaker);
  if (!tracked.changed && conversationTitle === moment.conversationTitle && speaker === moment.speaker && moment.speakerEmail === null) return null;
  return { ...moment, text, detections, conversationTitle, speaker, speakerEmail: null };
}

export interface RedactProgress {
  /** Moments looked at so far. */
  scanned: number;
  /** Of those, how many were changed. */
  changed: number;
  /** All moments when the job started. */
  total: number;
}

export interface RedactHistoryOptions {
  /** Moments per transaction; each transaction is short, so the background keeps writing new moments meanwhile. */
  chunkSize?: number;
  onProgress?: (progress: RedactProgress) => void;
  signal?: AbortSignal;
}

/**
 * Redacts every stored moment, a chunk per read-write transaction (read and write in the same transaction, so a
 * moment the background updates meanwhile is never overwritten with older text), yielding to the event loop between
 * chunks. Safe to run again or to interrupt: redacted text does not change when redacted again.
 */
export async function redactStoredHistory(db: TruthSerumDB, { chunkSize = 200, onProgress, signal }: RedactHistoryOptions = {}): Promise<RedactProgress> {
  const progress: RedactProgress = { scanned: 0, changed: 0, total: await db.moments.count() };
  onProgress?.({ ...progress });
  let after: string | null = null;
  for (;;) {
    signal?.throwIfAborted();
    const from: string | null = after;
    const { n, last, changed } = await db.transaction('rw', db.moments, async (): Promise<{ n: number; last: string | null; changed: number }> => {
      const chunk: MomentRecord[] = await (from === null ? db.moments.orderBy(':id') : db.moments.where(':id').above(from)).limit(chunkSize).toArray();
      const redacted = chunk.map(redactMoment).filter((m): m is MomentRecord => m !== null);
      if (redacted.length) await db.moments.bulkPut(redacted);
      return { n: chunk.length, last: chunk.at(-1)?.id ?? null, changed: redacted.length };
    });
    progress.scanned += n;
    progress.changed += changed;
    // Moments stored while the job runs count too.
    progress.total = Math.max(progress.total, progress.scanned);
    onProgress?.({ ...progress });
    if (n < chunkSize || last === null) return progress;
    after = last;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
