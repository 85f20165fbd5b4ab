import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { createDetector, readText } from './engine';

type Term = { text: string; normal: string; machine?: string; implicit?: string; alias?: string[]; pre: string; post: string; offset?: unknown };
const terms = (doc: ReturnType<typeof nlp>) => {
  doc.compute('offset');
  return (doc as unknown as { document: Term[][] }).document.map((s) => s.map((t) => [t.text, t.normal, t.machine, t.implicit, t.alias, t.pre, t.post, t.offset]));
};

describe('reading a sentence with an ambiguous contraction', () => {
  it("splits \"'s\" and \"'d\" into the very terms the full tagger makes (dev corpus sentences)", () => {
    const sentences = readFileSync(new URL('../../corpus/labelled.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/[.!?\n]+/))
      .filter((s) => /[a-z]'(s|d)\b/i.test(s));
    expect(sentences.length).toBeGreaterThan(100);
    const text = `${sentences.join('\n')}\n`;
    const split = terms(readText(text, 'split'));
    expect(split).toEqual(terms(readText(text, 'tagged')));
    // The tokenizer alone leaves them whole: the split reading is needed.
    expect(terms(readText(text, 'tokens'))).not.toEqual(split);
  });

  it('matches a plain pattern through the split, as the tagger would', () => {
    const detector = createDetector({ triggers: [{ id: 't.relevant', category: 'not_interested', patterns: ['it is not relevant to us'] }] });
    for (const text of ["It's not relevant to us.", 'It is not relevant to us.']) {
      expect(detector.analyze(text, { channel: 'email' }).detections.map((d) => d.text)).toEqual([text.slice(0, -1)]);
    }
  });
});
