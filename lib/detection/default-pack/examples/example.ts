import type { Channel } from '../../types';

/** A line of our own (never taken from a corpus) and where it was said. */
export type Example = [Channel, string];

/** Our paraphrases that must fire a category, and our look-alikes that must not. */
export interface ExampleSet {
  positives: Example[];
  lookAlikes: Example[];
  /**
   * Look-alikes the rules leave alone but the second look still reads as the category (its words alone cannot tell):
   * known mistakes, kept in view. Their test fails the day the detector gets them right; move them to lookAlikes then.
   */
  knownMisfires?: Example[];
}

/** For tables written text first (`[text, channel]`). */
export const textFirst = (lines: [string, Channel][]): Example[] => lines.map(([text, channel]) => [channel, text]);
