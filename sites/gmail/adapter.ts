import type { AdapterStatusReport, TextReport } from '../../lib/messaging/schemas';
import { MAX_REPORT_CHARS } from '../../lib/messaging/schemas';
import { findComposeBodies, readCompose } from './compose';
import { messageAnsweredBy, readThread, repEmailFromTitle, type ThreadView } from './thread';

export interface GmailAdapterOptions {
  doc: Document;
  report: (report: TextReport) => void;
  status: (status: AdapterStatusReport) => void;
  /** Quiet time after the last change before we read again. */
  debounceMs?: number;
  /** A page that never goes quiet (a live ticker, a long paste) is still read at least this often. */
  maxWaitMs?: number;
  signal: AbortSignal;
}

/** Cheap 32-bit hash: we only need to know whether a text changed since we last sent it. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + text.length;
}

function conversationOf(thread: ThreadView, doc: Document): string {
  // Outside a thread (inbox with a new-message compose) the URL hash still names the view.
  return thread.threadId ?? (doc.location.hash.replace(/^#/, '').split('?')[0] || 'inbox');
}

/**
 * Watches Gmail: the expanded messages of the open thread and every open compose. One observer on the document,
 * re-reading after a quiet period, so typing costs nothing but a timer reset. Returns when `signal` aborts.
 */
export function startGmailAdapter({ doc, report, status, debounceMs = 400, maxWaitMs = 2000, signal }: GmailAdapterOptions): { scanNow(): void } {
  const sent = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | null = null;

  function scan(): void {
    if (signal.aborted) return;
    const thread = readThread(doc);
    const conversationId = conversationOf(thread, doc);
    const repEmail = repEmailFromTitle(doc.title);
    const composes = findComposeBodies(doc).map(readCompose);
    const live = new Set<string>();

    for (const message of thread.messages) {
      if (message.text === null) continue;
      if (repEmail && message.senderEmail?.toLowerCase() === repEmail.toLowerCase()) continue;
      const answering = composes.find((c) => messageAnsweredBy(thread, c.body, repEmail)?.id === message.id);
      const key = `msg:${message.id}`;
      live.add(key);
      const fingerprint = hash(message.text) + (answering?.key ?? '');
      if (sent.get(key) === fingerprint) continue;
      sent.set(key, fingerprint);
      report({
        source: 'gmail',
        kind: 'email',
        conversationId,
        conversationTitle: thread.subject,
        utteranceId: message.id,
        role: 'customer',
        speaker: message.senderName,
        speakerEmail: message.senderEmail,
        text: message.text.slice(0, MAX_REPORT_CHARS),
        composeKey: answering?.key ?? null,
      });
    }

    for (const compose of composes) {
      const key = `draft:${compose.key}`;
      live.add(key);
      const fingerprint = hash(compose.text);
      if (sent.get(key) === fingerprint) continue;
      sent.set(key, fingerprint);
      const answered = messageAnsweredBy(thread, compose.body, repEmail);
      report({
        source: 'gmail',
        kind: 'draft',
        conversationId: answered ? conversationId : compose.key,
        conversationTitle: compose.subject || thread.subject || 'New message',
        utteranceId: compose.key,
        role: 'rep',
        speaker: 'You',
        speakerEmail: repEmail,
        text: compose.text.slice(0, MAX_REPORT_CHARS),
        composeKey: compose.key,
      });
    }
    // Closed composes and threads we navigated away from are forgotten, so nothing of them lingers.
    for (const key of sent.keys()) if (!live.has(key)) sent.delete(key);
  }

  const scanAndReset = (): void => {
    waitingSince = null;
    scan();
  };
  const schedule = (): void => {
    clearTimeout(timer);
    waitingSince ??= Date.now();
    const waited = Date.now() - waitingSince;
    timer = setTimeout(scanAndReset, Math.max(0, Math.min(debounceMs, maxWaitMs - waited)));
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  status({ source: 'gmail', state: 'listening', detail: 'Reading the open conversation and your drafts.', conversationId: null });
  schedule();
  return { scanNow: scan };
}
