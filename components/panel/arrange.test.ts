import { describe, expect, it } from 'vitest';
import { fakeMoment } from '@/lib/storage/test-moments';
import { arrangeMoments, currentMoment } from './arrange';

const S = 1000;
const at = (id: string, t: number, category = 'info_brushoff', trigger = 'send-info', speakers: 'customer' | 'rep' = 'customer') =>
  fakeMoment({ id, createdAt: t, categories: [category], detections: [{ category, trigger, start: 0, end: 4, text: 'send', speakers }] });

describe('arrangeMoments', () => {
  it('folds the same category within the cooldown as "again", newest first', () => {
    const out = arrangeMoments([at('a', 0), at('b', 30 * S), at('c', 59 * S), at('d', 61 * S), at('e', 70 * S, 'price')], { cooldownSeconds: 60, dismissed: new Set() });
    expect(out.map((a) => [a.moment.id, a.again])).toEqual([
      ['e', false],
      ['d', false],
      ['c', true],
      ['b', true],
      ['a', false],
    ]);
    expect(currentMoment(out)?.id).toBe('e');
  });
  it('keeps the newest full card on top when a repeat arrives', () => {
    const out = arrangeMoments([at('a', 0), at('b', 10 * S)], { cooldownSeconds: 60, dismissed: new Set() });
    expect(currentMoment(out)?.id).toBe('a');
  });
  it('cools down the rep’s own coaching separately from the customer’s brush-off', () => {
    const out = arrangeMoments([at('email', 0), at('draft', 5 * S, 'info_brushoff', 'cave-send', 'rep')], { cooldownSeconds: 60, dismissed: new Set() });
    expect(out.every((a) => !a.again)).toBe(true);
  });
  it('a cooldown of 0 shows every moment', () => {
    const out = arrangeMoments([at('a', 0), at('b', 1)], { cooldownSeconds: 0, dismissed: new Set() });
    expect(out.every((a) => !a.again)).toBe(true);
  });
  it('marks moments whose triggers were all dismissed, and skips them for the top card', () => {
    const out = arrangeMoments([at('a', 0, 'price', 'too-expensive'), at('b', 100 * S, 'info_brushoff', 'send-info')], {
      cooldownSeconds: 60,
      dismissed: new Set(['info_brushoff:send-info']),
    });
    expect(out.map((a) => [a.moment.id, a.dismissed])).toEqual([
      ['b', true],
      ['a', false],
    ]);
    expect(currentMoment(out)?.id).toBe('a');
  });
});
