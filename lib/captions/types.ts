/**
 * What a caption site reader sees at one instant: one entry per caption block on screen, in screen order.
 * `key` is the block's DOM element (or any object that stays the same while the platform keeps the block).
 */
export interface CaptionLine {
  key: object;
  /** Raw speaker label as shown, e.g. "Riley Park (Guest)", "You", or null when the platform hides it (Zoom overlay). */
  speaker: string | null;
  text: string;
}

/** An utterance assembled from caption revisions. `id` is stable across revisions of the same words. */
export interface Utterance {
  id: string;
  speaker: string | null;
  text: string;
  startedAt: number;
  updatedAt: number;
  /** True once the speaker changed, the block vanished, or the speaker paused. No further revisions follow. */
  final: boolean;
  /** Increments with each change of text. */
  revision: number;
}

export type CaptionsState = 'on' | 'off' | 'unknown';
