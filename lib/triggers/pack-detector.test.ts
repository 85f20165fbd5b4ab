import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../detection/default-pack';
import { CATEGORY_IDS } from '../detection/taxonomy';
import { effectivePack } from './effective';
import { detectorForPack, untouchedCategories } from './pack-detector';
import { EMPTY_STORE, type TriggerStore } from './store';
import * as v from 'valibot';
import { TriggerDefSchema } from './schema';

const store = (patch: Partial<TriggerStore>): TriggerStore => ({ ...EMPTY_STORE, ...patch });
const stallTrigger = DEFAULT_PACK.triggers.find((t) => t.category === 'stall')!;
const priceTrigger = DEFAULT_PACK.triggers.find((t) => t.category === 'price')!;

describe('untouchedCategories', () => {
  it('is every built-in category while the built-ins run as shipped', () => {
    expect(untouchedCategories(effectivePack(DEFAULT_PACK, EMPTY_STORE))).toEqual([...CATEGORY_IDS]);
  });

  it('leaves out a category with a built-in trigger switched off, edited by the rep or replaced by the team', () => {
    const off = effectivePack(DEFAULT_PACK, store({ disabledBuiltIns: [stallTrigger.id] }));
    expect(untouchedCategories(off)).toEqual(CATEGORY_IDS.filter((c) => c !== 'stall'));
    const edited = effectivePack(DEFAULT_PACK, store({ custom: [{ ...priceTrigger, phrases: ['a king’s ransom'] }] }));
    expect(untouchedCategories(edited)).toEqual(CATEGORY_IDS.filter((c) => c !== 'price'));
    const team = effectivePack(DEFAULT_PACK, EMPTY_STORE, { triggers: [{ ...stallTrigger, phrases: ['mañana'] }] });
    expect(untouchedCategories(team)).not.toContain('stall');
  });

  it('keeps a category when the rep only adds triggers of their own to it', () => {
    const added = effectivePack(DEFAULT_PACK, store({ custom: [{ id: 'mine.ransom', category: 'price', phrases: ['a king’s ransom'] }] }));
    expect(untouchedCategories(added)).toEqual([...CATEGORY_IDS]);
  });
});

describe('detectorForPack', () => {
  // No built-in trigger matches this; the second look reads it as price pushback (our own line, not from a corpus).
  const text = 'the figure you sent is miles beyond anything we set aside for this';

  it('lets the second look add a category the triggers missed', () => {
    const result = detectorForPack(effectivePack(DEFAULT_PACK, EMPTY_STORE)).analyze(text, { channel: 'caption' });
    expect(result.detections).toEqual([expect.objectContaining({ category: 'price', trigger: 'second-look.price', start: 0, end: text.length })]);
  });

  it('adds nothing when the rep switched the second look’s additions off, and still sets look-alikes aside', () => {
    const pack = effectivePack(DEFAULT_PACK, EMPTY_STORE);
    const off = detectorForPack(pack, { secondLookAdds: false });
    expect(off.analyze(text, { channel: 'caption' }).detections).toEqual([]);
    expect(detectorForPack(pack, { secondLookAdds: true }).analyze(text, { channel: 'caption' }).categories).toEqual(['price']);
    // The whole store can be passed: its choice is what counts.
    expect(detectorForPack(pack, store({ secondLookAdds: false })).analyze(text, { channel: 'email' }).detections).toEqual([]);
    // Setting aside is a separate job and stays on (the same line the test bench test uses).
    const lookAlike = off.analyze("We did a tender last year and it was a nightmare, so we'd rather just go with you.", { channel: 'email' });
    expect(lookAlike.setAside?.map((d) => d.category)).toEqual(['complaint']);
    expect(lookAlike.categories).toEqual([]);
  });

  it('adds nothing where the rep’s own trigger of the category matched and its exception said not to fire', () => {
    const mine = { id: 'mine.miles', category: 'price', phrases: ['miles beyond'], unless: ['set aside for this'] };
    const pack = effectivePack(DEFAULT_PACK, store({ custom: [mine] }));
    expect(detectorForPack(pack).analyze(text, { channel: 'caption' }).categories).toEqual([]);
  });

  it('adds nothing of a category the rep has taken in hand', () => {
    const pack = effectivePack(DEFAULT_PACK, store({ disabledBuiltIns: [priceTrigger.id] }));
    expect(detectorForPack(pack).analyze(text, { channel: 'caption' }).categories).toEqual([]);
  });
});

describe('trigger ids', () => {
  it('keep "second-look." for the second look, so a trigger never passes for an added moment', () => {
    expect(v.safeParse(TriggerDefSchema, { id: 'second-look.price', category: 'price', phrases: ['too dear'] }).success).toBe(false);
    expect(v.safeParse(TriggerDefSchema, { id: 'mine.second-look', category: 'price', phrases: ['too dear'] }).success).toBe(true);
  });
});
