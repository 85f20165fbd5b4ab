import { describe, expect, it } from 'vitest';
import { combineDetectors } from './combine';
import type { Detector } from './engine';
import type { AnalysisResult, Detection } from './types';

const text = 'We are all set, and it costs too much.';
const at = (category: string, trigger: string, words: string): Detection => {
  const start = text.indexOf(words);
  return { category, trigger, start, end: start + words.length, text: words, speakers: 'customer' };
};
const fixed = (detections: Detection[], truncated?: boolean): Detector => ({
  triggerCount: 1,
  analyze: (): AnalysisResult => ({ categories: [...new Set(detections.map((d) => d.category))], detections, ...(truncated && { truncated }) }),
});

describe('combineDetectors', () => {
  it('pools the detections of each, categories in text order', () => {
    const d = combineDetectors(fixed([at('price', 'builtin.price', 'costs too much')]), fixed([at('not_interested', 'mine.set', 'all set')]));
    const result = d.analyze(text, { channel: 'email' });
    expect(result.categories).toEqual(['not_interested', 'price']);
    expect(result.detections.map((x) => x.trigger)).toEqual(['mine.set', 'builtin.price']);
    expect(d.triggerCount).toBe(2);
  });

  it('merges overlapping hits of one category, as one detector does', () => {
    const d = combineDetectors(fixed([at('price', 'a', 'costs too')]), fixed([at('price', 'b', 'too much')]));
    expect(d.analyze(text, { channel: 'email' }).detections).toEqual([{ ...at('price', 'a', 'costs too much') }]);
  });

  it('drops a moment the second look added when a trigger found its category, and keeps it otherwise', () => {
    const added = at('price', 'second-look.price', 'it costs too much');
    const mine = at('price', 'mine.costs', 'costs');
    expect(combineDetectors(fixed([added]), fixed([mine])).analyze(text, { channel: 'email' }).detections).toEqual([mine]);
    const other = at('not_interested', 'mine.set', 'all set');
    expect(combineDetectors(fixed([added]), fixed([other])).analyze(text, { channel: 'email' }).detections).toEqual([other, added]);
  });

  it('drops a moment the second look added when another detector matched its category and cancelled it', () => {
    const added = at('price', 'second-look.price', 'it costs too much');
    const cancelled: Detector = { triggerCount: 1, analyze: () => ({ categories: [], detections: [], quieted: ['price'] }) };
    expect(combineDetectors(fixed([added]), cancelled).analyze(text, { channel: 'email' })).toEqual({ categories: [], detections: [], quieted: ['price'] });
  });

  it('pools what the second look set aside in each', () => {
    const aside = at('price', 'builtin.price', 'costs too much');
    const withAside: Detector = { triggerCount: 1, analyze: () => ({ categories: [], detections: [], setAside: [aside] }) };
    expect(combineDetectors(withAside, fixed([])).analyze(text, { channel: 'email' })).toEqual({ categories: [], detections: [], setAside: [aside] });
  });

  it('says the input was cut when any of them cut it', () => {
    expect(combineDetectors(fixed([]), fixed([], true)).analyze(text, { channel: 'email' })).toEqual({ categories: [], detections: [], truncated: true });
  });
});
