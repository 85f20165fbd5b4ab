import type { Detector } from '../detection/engine';
import type { AnalyzeOptions } from '../detection/types';
import type { MomentRecord, TruthSerumDB } from './db';
import type { TextReport } from '../messaging/schemas';

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

/**
 * Analyses one report and keeps the moment store in step: one moment per utterance or message, updated in place
 * when the text is revised. Returns the moment id, or null when nothing fired.
 */
export async function recordReport(db: TruthSerumDB, detector: Detector, report: TextReport, tabId: number | null, now = Date.now()): Promise<string | null> {
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
