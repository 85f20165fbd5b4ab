import * as v from 'valibot';
import { SOURCES } from '../sources';

/** Every message into the background is checked against these: a page may have fed the content script anything. */
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const shortText = v.pipe(v.string(), v.maxLength(500));
/** Large enough for a long email; larger reports are cut by the content script before sending. */
export const MAX_REPORT_CHARS = 200_000;

export const TextReportSchema = v.object({
  source: v.picklist(SOURCES),
  kind: v.picklist(['email', 'draft', 'caption']),
  conversationId: id,
  conversationTitle: shortText,
  utteranceId: id,
  role: v.picklist(['customer', 'rep']),
  speaker: v.optional(v.nullable(shortText)),
  speakerEmail: v.optional(v.nullable(shortText)),
  text: v.pipe(v.string(), v.maxLength(MAX_REPORT_CHARS)),
  composeKey: v.optional(v.nullable(id)),
});
export type TextReport = v.InferOutput<typeof TextReportSchema>;

export const AdapterStatusSchema = v.object({
  source: v.picklist(SOURCES),
  state: v.picklist(['listening', 'captions_off', 'lost', 'idle']),
  detail: shortText,
  conversationId: v.nullable(id),
});
export type AdapterStatusReport = v.InferOutput<typeof AdapterStatusSchema>;

export const InsertRequestSchema = v.object({
  momentId: id,
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
});
export type InsertRequest = v.InferOutput<typeof InsertRequestSchema>;

export const InsertCommandSchema = v.object({
  composeKey: id,
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
});
export type InsertCommand = v.InferOutput<typeof InsertCommandSchema>;

/** The in-page chip asks to open the side panel for its own tab (sites/chip). */
export const OpenPanelRequestSchema = v.object({
  source: v.picklist(SOURCES),
});
export type OpenPanelRequest = v.InferOutput<typeof OpenPanelRequestSchema>;

export interface OpenPanelResult {
  ok: boolean;
  /** Why the panel did not open, in words the rep can act on. */
  reason?: string;
}

export interface InsertResult {
  ok: boolean;
  /** Why it did not work, in words the rep can act on. */
  reason?: string;
}
