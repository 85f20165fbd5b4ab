import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../index';
import type { CategoryId } from '../taxonomy';
import type { Channel } from '../types';

/** A line of our own (never taken from a corpus) and where it was said. */
export type Example = [Channel, string];

/** For tables written text first (`[text, channel]`). */
export const textFirst = (lines: [string, Channel][]): Example[] => lines.map(([text, channel]) => [channel, text]);

/**
 * Table tests for one category of the built-in pack (test support, imported only by `*.test.ts`): our own
 * paraphrases must fire it, our own look-alikes must not.
 */
export function describeExamples(category: CategoryId, { positives, lookAlikes }: { positives: Example[]; lookAlikes: Example[] }): void {
  const detector = getDefaultDetector();
  const categoriesOf = (text: string, channel: Channel) => detector.analyze(text, { channel }).categories;
  describe(`${category}: our own paraphrases`, () => {
    it.each(positives)('fires on (%s) %s', (channel, text) => {
      expect(categoriesOf(text, channel)).toContain(category);
    });
  });
  describe(`${category}: look-alikes`, () => {
    it.each(lookAlikes)('stays quiet on (%s) %s', (channel, text) => {
      expect(categoriesOf(text, channel)).not.toContain(category);
    });
  });
}
