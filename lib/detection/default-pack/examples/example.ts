import type { Channel } from '../../types';

/** A line of our own (never taken from a corpus) and where it was said. */
export type Example = [Channel, string];

/** Our paraphrases that must fire a category, and our look-alikes that must not. */
export interface ExampleSet {
  positives: Example[];
  lookAlikes: Example[];
  /**
   * Look-alikes the rules leave alone but the second look read as the category when they were listed (its words alone
   * cannot tell): known mistakes, kept in view. Only the rules are tested on them; the model learns them as look-alikes.
   */
  knownMisfires?: Example[];
}

/** For tables written text first (`[text, channel]`). */
export const textFirst = (lines: [string, Channel][]): Example[] => lines.map(([text, channel]) => [channel, text]);
