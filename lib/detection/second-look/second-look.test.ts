import { describe, expect, it } from 'vitest';
import type { Detector } from '../engine';
import type { AnalysisResult, Detection } from '../types';
import { CATEGORY_IDS, type BuiltInCategoryId } from '../taxonomy';
import { featuresOf, nearIn } from './features';
import { parseModel, probabilities, readsLikeLookAlike, serializeModel, type SecondLookModel } from './model';
import { trainSecondLook } from './train';
import { secondLookModel, withSecondLook } from './index';
import { addedTriggerId, findMissed, MIN_WORDS, PASSAGE_CHARS } from './missed';
import { lookAlikeGuard } from './guard';
import { DEFAULT_PACK } from '../default-pack';
import { maskForAnalysis } from '../mask';

const N = CATEGORY_IDS.length;
const at = (category: string) => CATEGORY_IDS.indexOf(category as never);

/** A model where each listed word adds its weight to one category; everything else starts at `bias`. */
function handModel(words: Record<string, [string, number]>, bias = -4, threshold = 0.1, margin = 1, addAbove = 0.9): SecondLookModel {
  const weights = new Map<string, Float64Array>();
  for (const [word, [category, w]] of Object.entries(words)) {
    const row = new Float64Array(N);
    row[at(category)] = w;
    weights.set(word, row);
  }
  return { threshold, margin, addAbove, bias: new Float64Array(N).fill(bias), weights };
}

function hit(category: string, text: string, whole: string, speakers: Detection['speakers'] = 'customer', trigger = `${category}.t`): Detection {
  const start = whole.indexOf(text);
  return { category, trigger, start, end: start + text.length, text, speakers };
}

/** A detector that always returns these detections (categories in their order). */
function fixed(detections: Detection[]): Detector {
  return {
    triggerCount: detections.length,
    analyze: (): AnalysisResult => ({ categories: [...new Set(detections.map((d) => d.category))], detections }),
  };
}

describe('featuresOf', () => {
  it('reads words and word pairs, lowercased, apostrophes dropped, numbers and currency kept, function words only in pairs', () => {
    expect(featuresOf("We're NOT paying £40k")).toEqual(['paying', '£', '40', 'k', 'were_not', 'not_paying', 'paying_£', '£_40', '40_k']);
    expect(featuresOf('it is the price')).toEqual(['price', 'it_is', 'is_the', 'the_price']);
  });

  it('reads a word with a soft hyphen or a zero-width character in it whole', () => {
    expect(featuresOf('bud\u00ADget is t\u200Bight')).toEqual(featuresOf('budget is tight'));
  });

  it('gives nothing for text with no words', () => {
    expect(featuresOf('  🙂 … \u200b ')).toEqual([]);
  });
});

describe('nearIn', () => {
  it('masks quoted replies as the rules do', () => {
    const email = 'Sounds good, send the contract.\n\nOn Tue, 3 Mar 2026, Dana <dana@vendor.io> wrote:\n> it is too expensive for you?';
    expect(nearIn(maskForAnalysis(email, 'email'), [])).not.toMatch(/expensive/);
    expect(nearIn(maskForAnalysis(email, 'email'), [])).toMatch(/send the contract/);
  });

  it('reads a paragraph or so around each match of a long text, not the whole text', () => {
    const words = (from: number) => Array.from({ length: 200 }, (_, i) => `w${from + i}`).join(' ');
    const long = `${words(0)} the price is way too high ${words(1000)}`;
    const start = long.indexOf('the price');
    const near = nearIn(maskForAnalysis(long, 'email'), [{ start, end: start + 25 }], 50);
    expect(near).toContain('w199 the price is way too high w1000');
    expect(near).not.toContain('w150 ');
    expect(near).not.toContain('w1050');
    expect(near.length).toBeLessThanOrEqual(25 + 2 * 50);
  });
});

describe('the model file', () => {
  it('round-trips through its text form, weights to hundredths', () => {
    const model = handModel({ pricey: ['price', 2.345], later: ['stall', -1] }, -3.1, 0.15, 1.5, 0.6);
    const again = parseModel(serializeModel(model));
    expect(again.threshold).toBe(0.15);
    expect(again.margin).toBe(1.5);
    expect(again.addAbove).toBe(0.6);
    expect(Array.from(again.bias)).toEqual(Array(N).fill(-3.1));
    expect(again.weights.get('pricey')![at('price')]).toBeCloseTo(2.35, 10);
    expect(again.weights.get('later')![at('stall')]).toBe(-1);
  });

  it('refuses a line with the wrong number of weights', () => {
    expect(() => parseModel('threshold 0.1 margin 1 add 0.5\n(bias) 0 0 0')).toThrow(/3 weights/);
    expect(() => parseModel('threshold 0.1 margin 1\n(bias) 0 0 0 0 0 0 0 0')).toThrow(/settings line/);
  });

  it('is the shipped one: it parses and knows thousands of features', () => {
    const model = secondLookModel();
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.weights.size).toBeGreaterThan(1000);
  });
});

describe('probabilities', () => {
  it('adds the weights of the features present to the bias, per category', () => {
    const model = handModel({ pricey: ['price', 8] });
    const p = probabilities(model, ['pricey', 'unknown']);
    expect(p.price).toBeCloseTo(1 / (1 + Math.exp(-4)), 10);
    expect(p.stall).toBeCloseTo(1 / (1 + Math.exp(4)), 10);
  });
});

describe('trainSecondLook', () => {
  const lines = [
    ...Array.from({ length: 6 }, (_, i) => ({ text: `it costs way too much for us ${i}`, labels: ['price'] })),
    ...Array.from({ length: 6 }, (_, i) => ({ text: `great, it costs what we planned, send the order ${i}`, labels: [] })),
  ];
  const options = { minLines: 2, minWeight: 0.01, epochs: 200, learningRate: 0.1, l2: 1e-3, threshold: 0.1, margin: 1, addAbove: 0.5 };

  it('learns which words go with a category and which do not', () => {
    const model = trainSecondLook(lines, options);
    expect(probabilities(model, featuresOf('honestly it costs too much')).price).toBeGreaterThan(0.5);
    expect(probabilities(model, featuresOf('it costs what we planned, send the order')).price).toBeLessThan(0.5);
    // Seen in one line only ("us 3"): left out.
    expect(model.weights.get('us_3')).toBeUndefined();
    expect(model.weights.get('too_much')).toBeDefined();
  });

  it('drops the features whose weights all stay below minWeight', () => {
    const all = trainSecondLook(lines, options);
    const strong = trainSecondLook(lines, { ...options, minWeight: 0.5 });
    expect(strong.weights.size).toBeGreaterThan(0);
    expect(strong.weights.size).toBeLessThan(all.weights.size);
    for (const f of strong.weights.keys()) expect(Math.max(...Array.from(strong.weights.get(f)!, Math.abs))).toBeGreaterThanOrEqual(0.5);
  });

  it('gives the same model for the same lines', () => {
    expect(serializeModel(trainSecondLook(lines, options))).toBe(serializeModel(trainSecondLook(lines, options)));
  });
});

describe('readsLikeLookAlike', () => {
  const model = handModel({ contract: ['price', -3], order: ['price', -3], expensive: ['price', 6] }, -3, 0.1, 1.5);
  it('needs the words to pull the category well below its usual odds', () => {
    expect(readsLikeLookAlike(model, 'price', ['send', 'the', 'contract', 'order'])).toBe(true);
    // Unknown words: the category is unlikely, but nothing says this is a look-alike.
    expect(readsLikeLookAlike(model, 'price', ['we', 'had', 'hoped', 'for', 'less'])).toBe(false);
    // One strong word against is enough, a weak one is not.
    expect(readsLikeLookAlike(model, 'price', ['contract'])).toBe(true);
    expect(readsLikeLookAlike(handModel({ contract: ['price', -1] }, -3, 0.1, 1.5), 'price', ['contract'])).toBe(false);
    // Likely enough despite the words against.
    expect(readsLikeLookAlike(model, 'price', ['expensive', 'contract'])).toBe(false);
  });
});

describe('withSecondLook', () => {
  const model = handModel({ expensive: ['price', 8], contract: ['price', -8], boss: ['authority', 8] });
  const builtIn = (d: Detection) => d.speakers === 'customer' && !d.trigger.startsWith('mine.');

  it('keeps a built-in hit whose category the model finds likely', () => {
    const text = 'honestly it is too expensive';
    const d = withSecondLook(fixed([hit('price', 'too expensive', text)]), { checks: builtIn, model });
    expect(d.analyze(text, { channel: 'caption' }).categories).toEqual(['price']);
  });

  it('sets aside a built-in hit in text that reads like a look-alike, and only that category', () => {
    const text = 'my boss says the price is fine, send the contract';
    const d = withSecondLook(fixed([hit('price', 'the price', text), hit('authority', 'my boss', text)]), { checks: builtIn, model });
    const result = d.analyze(text, { channel: 'email' });
    expect(result.categories).toEqual(['authority']);
    expect(result.detections.map((x) => x.category)).toEqual(['authority']);
    // Said, for the test bench: what was set aside.
    expect(result.setAside).toEqual([hit('price', 'the price', text)]);
  });

  it('never second-guesses the rep’s own triggers or coaching on the rep’s words', () => {
    const text = 'the price works, send the contract';
    const own = hit('price', 'the price', text, 'customer', 'mine.price');
    const coaching = hit('price', 'the price', text, 'rep');
    const d = withSecondLook(fixed([own, coaching]), { checks: builtIn, model });
    expect(d.analyze(text, { channel: 'email' }).detections).toEqual([own, coaching]);
  });

  it('leaves custom categories alone', () => {
    const text = 'we need SOC 2 before anything';
    const custom = hit('security_review', 'SOC 2', text);
    const d = withSecondLook(fixed([custom]), { checks: () => true, model });
    expect(d.analyze(text, { channel: 'email' }).categories).toEqual(['security_review']);
  });

  it('passes on the rest of the result (a truncated input stays marked)', () => {
    const inner: Detector = { triggerCount: 7, analyze: () => ({ categories: [], detections: [], truncated: true }) };
    const d = withSecondLook(inner, { checks: builtIn, model });
    expect(d.analyze('x', { channel: 'email' })).toEqual({ categories: [], detections: [], truncated: true });
    expect(d.triggerCount).toBe(7);
  });
});

describe('findMissed', () => {
  // Two words of price put the category at 1 / (1 + e^-(−4 + 3 + 3)) ≈ 0.88; one word, ≈ 0.27.
  const model = handModel({ budget: ['price', 3], spare: ['price', 3], boss: ['authority', 3] }, -4, 0.1, 1, 0.8);
  const missed = (text: string, categories: readonly BuiltInCategoryId[] = ['price', 'authority'], channel: 'email' | 'caption' = 'email') =>
    findMissed(model, text, maskForAnalysis(text, channel), categories);

  it('adds a category the words make likely enough, on the sentence that reads most like it', () => {
    const text = 'Thanks for the call. There is no budget to spare this year. Talk soon';
    expect(missed(text)).toEqual([
      { category: 'price', trigger: addedTriggerId('price'), start: 21, end: 58, text: 'There is no budget to spare this year', speakers: 'customer', cues: ['budget', 'spare'] },
    ]);
  });

  it('adds nothing below the line, and only the categories asked for', () => {
    expect(missed('The budget is there.')).toEqual([]);
    expect(missed('No budget to spare.', ['authority'])).toEqual([]);
    expect(missed('No budget to spare.', [])).toEqual([]);
  });

  it('leaves passages of fewer than MIN_WORDS words to the rules (a caption still being spoken, a curt reply)', () => {
    expect(MIN_WORDS).toBe(6);
    expect(missed('no budget to spare', ['price'], 'caption')).toEqual([]);
    expect(missed('sadly no budget to spare now', ['price'], 'caption').map((d) => d.category)).toEqual(['price']);
  });

  it('adds nothing on a sentence that quotes someone (talk about objections, which words alone cannot tell)', () => {
    expect(missed('our reps keep hearing "no budget to spare" from schools')).toEqual([]);
    expect(missed("the classic line is 'no budget to spare' at renewal")).toEqual([]);
    // An apostrophe is not a quote.
    expect(missed("we've no budget to spare, it's that simple").map((d) => d.category)).toEqual(['price']);
  });

  it('adds nothing in a passage that holds a look-alike the rules know', () => {
    const text = 'No budget to spare. Send the contract.';
    expect(findMissed(model, text, text, ['price'], (passage) => passage.includes('contract'))).toEqual([]);
    expect(findMissed(model, text, text, ['price'], () => false).map((d) => d.text)).toEqual(['No budget to spare']);
  });

  it('does not read quoted history or a signature', () => {
    const email = 'Sounds fine.\n\nOn Tue, 3 Mar 2026, Dana <dana@vendor.io> wrote:\n> is there budget to spare?';
    expect(missed(email)).toEqual([]);
  });

  it('reads a long email in passages, so words far apart do not add up', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} of the update.`).join(' ');
    const far = `We have budget. ${filler(120)} Nothing to spare there.`;
    expect(far.length).toBeGreaterThan(2 * PASSAGE_CHARS);
    expect(missed(far)).toEqual([]);
    const near = `${filler(120)} We have no budget and nothing to spare.`;
    expect(missed(near).map((d) => d.text)).toEqual(['We have no budget and nothing to spare']);
  });

  it('reads a caption run-on without full stops in bounded pieces', () => {
    const caption = `${'so yeah um '.repeat(2000)}honestly there is no budget to spare`;
    const [d] = missed(caption, ['price'], 'caption');
    expect(d?.text.endsWith('no budget to spare')).toBe(true);
    expect(d!.end - d!.start).toBeLessThanOrEqual(PASSAGE_CHARS);
  });
});

describe('the words an added moment names', () => {
  it('are the ones that weighed most, each word once, never function words alone', () => {
    const model = handModel({ budget: ['price', 3], no_budget: ['price', 4], it_is: ['price', 5], spare: ['price', 2], tight: ['price', 1], nice: ['price', -2] }, -4, 0.1, 1, 0.8);
    const text = 'It is nice, but no budget to spare, it is tight.';
    const [d] = findMissed(model, text, text, ['price']);
    expect(d?.cues).toEqual(['no budget', 'spare', 'tight']);
  });
});

describe('withSecondLook adding what the triggers missed', () => {
  const model = handModel({ budget: ['price', 3], spare: ['price', 3], boss: ['authority', 6] }, -4, 0.1, 1, 0.8);
  const none = fixed([]);
  const text = 'Sorry, but there is no budget to spare.';

  it('adds the categories it may add, in the customer’s words', () => {
    const result = withSecondLook(none, { checks: () => true, adds: ['price'], model }).analyze(text, { channel: 'caption' });
    expect(result.categories).toEqual(['price']);
    expect(result.detections[0]).toMatchObject({ trigger: 'second-look.price', text: 'Sorry, but there is no budget to spare' });
    expect(result.setAside).toBeUndefined();
  });

  it('adds nothing to the rep’s own words or a draft, nor a category it was not given', () => {
    for (const role of ['rep', 'any'] as const) {
      expect(withSecondLook(none, { checks: () => true, adds: ['price'], model }).analyze(text, { channel: 'email', role }).categories).toEqual([]);
    }
    expect(withSecondLook(none, { checks: () => true, model }).analyze(text, { channel: 'email' }).categories).toEqual([]);
  });

  it('adds nothing to a category a trigger already found, and keeps detections in text order', () => {
    const both = 'My boss decides. No budget to spare.';
    const found = hit('authority', 'My boss', both);
    const result = withSecondLook(fixed([found]), { checks: () => true, adds: ['price', 'authority'], model }).analyze(both, { channel: 'email' });
    expect(result.detections.map((d) => d.trigger)).toEqual(['authority.t', 'second-look.price']);
    expect(result.categories).toEqual(['authority', 'price']);
  });

  it('does not add a category whose trigger matched and was cancelled (the rules read a look-alike there)', () => {
    const quieted: Detector = { triggerCount: 1, analyze: () => ({ categories: [], detections: [], quieted: ['price'] }) };
    expect(withSecondLook(quieted, { checks: () => true, adds: ['price'], model }).analyze(text, { channel: 'email' }).categories).toEqual([]);
  });

  it('asks the guard about the passage, on the channel it came from', () => {
    const seen: string[] = [];
    const guard = (passage: string, channel: string) => (seen.push(`${channel}:${passage}`), true);
    expect(withSecondLook(none, { checks: () => true, adds: ['price'], guard, model }).analyze(text, { channel: 'caption' }).categories).toEqual([]);
    expect(seen).toEqual(['caption:Sorry, but there is no budget to spare.']);
  });

  it('does not add back a category it set aside', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `Note ${i}.`).join(' ');
    const lookAlike = `The price is fine, send the contract. ${filler} No budget to spare for the extras though.`;
    const aside = handModel({ contract: ['price', -8], budget: ['price', 3], spare: ['price', 3] }, -4, 0.1, 1, 0.8);
    const result = withSecondLook(fixed([hit('price', 'The price', lookAlike)]), { checks: () => true, adds: ['price'], model: aside }).analyze(lookAlike, { channel: 'email' });
    expect(result.categories).toEqual([]);
    expect(result.setAside).toHaveLength(1);
  });
});

describe('lookAlikeGuard', () => {
  const guard = lookAlikeGuard(DEFAULT_PACK);
  it('sees the shared look-alikes of the built-in pack: a buying signal, the rep’s talk, a fixed problem', () => {
    expect(guard('Send me the contract and we will sign this week.', 'email')).toBe(true);
    expect(guard('Thanks for sorting that out so quickly.', 'email')).toBe(true);
  });
  it('does not see one in a plain objection', () => {
    expect(guard('Honestly the figure is way beyond what we can spend.', 'email')).toBe(false);
    expect(guard('', 'caption')).toBe(false);
  });
});
