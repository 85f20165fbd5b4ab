import type { Detector } from '../detection/engine';
import type { AnalyzeOptions } from '../detection/types';
import type { MomentRecord, TruthSerumDB } from './db';
import type { TextReport } from '../messaging/schemas';
import { redact, redactOptional } from '../privacy/redact';

/** Stored text is capped: a moment needs the words around the brush-off, not a 2 MB thread. */
export const MAX_STORED_TEXT = 20_000;

export function momentId(report: Pick<TextReport, 'source' | 'conversationId' | 'utteranceId'>): string {
  return `${report.source}:${report.conversationId}:${report.utteranceId}`;
}

function analyzeOptions(report: TextReport): AnalyzeOptions {
  const channel = report.kind === 'caption' ? 'caption' : 'email';
  // The rep's draft is a coaching surface: the rep's own cave-ins and the customer words the rep echoes both count.
  const role = report.kind === 'draft' ? 'any' : report.role;
  return { channel, role, source: report.source };
}

export interface RecordOptions {
  /** Blank out email addresses, phone numbers and card numbers before analysis, so stored text and offsets agree. */
  redact?: boolean;
}

/**
 * The report as it may be kept. With `redact`, its text, title and speaker are redacted and the sender address is
 * dropped (a placeholder there would lump every sender together as one prospect in the history).
 */
export function privateReport(report: TextReport, options: RecordOptions = {}): TextReport {
  if (!options.redact) return report;
  return {
    ...report,
    // Whole text first, then the cap: cutting first could leave half an address that no longer looks like one.
    text: redact(report.text),
    conversationTitle: redact(report.conversationTitle),
    speaker: redactOptional(report.speaker),
    speakerEmail: null,
  };
}

/**
 * Analyses one report and keeps the moment store in step: one moment per utterance or message, updated in place
 * when the text is revised. Returns the moment id, or null when nothing fired.
 */
export async function recordReport(
  db: TruthSerumDB,
  detector: Detector,
  original: TextReport,
  tabId: number | null,
  now = Date.now(),
  options: RecordOptions = {},
): Promise<string | null> {
  const report = privateReport(original, options);
  const text = report.text.slice(0, MAX_STORED_TEXT);
  const result = detector.analyze(text, analyzeOptions(report));
  const id = momentId(report);
  const existing = await db.moments.get(id);
  if (result.detections.length === 0) {
    // A draft the rep rewrote no longer caves in: drop its coaching. Customer words, once heard, stay heard.
    if (existing && report.kind === 'draft') await db.moments.delete(id);
    return existing && report.kind !== 'draft' ? id : null;
  }
  const moment: MomentRecord = {
    id,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    source: report.source,
    kind: report.kind,
    conversationId: report.conversationId,
    conversationTitle: report.conversationTitle,
    role: report.kind === 'draft' ? 'rep' : report.role,
    speaker: report.speaker ?? null,
    speakerEmail: report.speakerEmail ?? null,
    text,
    categories: result.categories,
    detections: result.detections,
    tabId,
    composeKey: report.composeKey ?? existing?.composeKey ?? null,
    seen: existing?.seen ?? 0,
    feedback: existing?.feedback ?? null,
    usedSuggestionId: existing?.usedSuggestionId ?? null,
  };
  await db.moments.put(moment);
  return id;
}
