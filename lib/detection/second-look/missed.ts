import { IN_WORD_CHAR, sentenceSpans, type Span } from '../mask';
import { CATEGORY_IDS, type BuiltInCategoryId } from '../taxonomy';
import type { Detection } from '../types';
import { contentWords, featuresOf, onlyFunctionWords } from './features';
import { logOdds, sigmoid, type SecondLookModel } from './model';

/**
 * A passage is read as a whole up to about this many characters: the length of the longer corpus emails the model
 * learned from. A long email is read in runs of whole sentences, so its words do not add up across topics.
 */
export const PASSAGE_CHARS = 1200;

/**
 * A passage with fewer words is left to the rules: a caption still being spoken ("could you just send…") or a two-word
 * reply gives the model one pair to go on. On held-out corpora, up to 7 words changed nothing.
 */
export const MIN_WORDS = 6;
const WORD = /[\p{L}\p{N}']+/gu;

/** Trigger ids of the moments the second look added (no trigger matched): "second-look.price". Kept from triggers. */
const ADDED_PREFIX = 'second-look.';
export const addedTriggerId = (category: BuiltInCategoryId): string => `${ADDED_PREFIX}${category}`;
export const isAddedTriggerId = (id: string): boolean => id.startsWith(ADDED_PREFIX);
export const addedBySecondLook = (d: Detection): boolean => isAddedTriggerId(d.trigger);

/** Runs of consecutive sentences (masked quotes and signatures hold none), each at most PASSAGE_CHARS long or one sentence. */
function passagesOf(sentences: Span[]): Span[][] {
  const passages: Span[][] = [];
  for (const s of sentences) {
    const last = passages[passages.length - 1];
    if (last && s.end - last[0]!.start <= PASSAGE_CHARS) last.push(s);
    else passages.push([s]);
  }
  return passages;
}

/**
 * Quoted words in a sentence ("they keep saying 'send me info'"): mostly talk about objections, which the rules read
 * by where the quote sits; words alone cannot, so the second look adds nothing on such a sentence.
 */
const QUOTED = /["“”]|(^|[\s(:])['‘][A-Za-z][^'’\n]*['’](?=$|[\s.,;:!?)])/;

/** How many words an added moment names as the reason. */
const CUES = 3;

/**
 * The words that weighed most for the category (word pairs written with a space), so an added moment says why it was
 * added as a trigger's match does: "fraction of", "more money". A word already named is not named again.
 */
function cuesFor(model: SecondLookModel, c: number, features: readonly string[]): string[] {
  const weighed = features
    .map((f) => ({ f, w: model.weights.get(f)?.[c] ?? 0 }))
    .filter((x) => x.w > 0 && !onlyFunctionWords(x.f))
    .sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : 1));
  const cues: string[] = [];
  const named = new Set<string>();
  for (const { f } of weighed) {
    const words = contentWords(f);
    if (words.some((w) => named.has(w))) continue;
    for (const w of words) named.add(w);
    cues.push(f.split('_').join(' '));
    if (cues.length === CUES) break;
  }
  return cues;
}

/** The span without the spaces and closing punctuation at its ends. */
function trimmed(text: string, { start, end }: Span): Span {
  // Zero-width characters count as space here: a highlight should start and end on a visible word.
  const blank = (ch: string) => /\s/.test(ch) || IN_WORD_CHAR.test(ch);
  while (start < end && blank(text[start]!)) start++;
  while (end > start && (blank(text[end - 1]!) || /[.,;:!?]/.test(text[end - 1]!))) end--;
  return { start, end };
}

/**
 * Moments the triggers missed: for each category asked about, the passage where the model finds it likeliest, if
 * that is at least `model.addAbove` and the passage holds no look-alike the rules know (`holdsLookAlike`); the moment
 * is that passage's sentence that reads most like the category.
 * `masked` is `original` masked for analysis (same length), so offsets hold in both.
 */
export function findMissed(
  model: SecondLookModel,
  original: string,
  masked: string,
  categories: readonly BuiltInCategoryId[],
  holdsLookAlike: (passage: string) => boolean = () => false,
): Detection[] {
  if (categories.length === 0) return [];
  const best = new Map<BuiltInCategoryId, { z: number; passage: Span[]; text: string }>();
  for (const passage of passagesOf(sentenceSpans(masked))) {
    const text = masked.slice(passage[0]!.start, passage[passage.length - 1]!.end);
    if ((text.match(WORD) ?? []).length < MIN_WORDS) continue;
    const z = logOdds(model, featuresOf(text));
    for (const category of categories) {
      const zc = z[CATEGORY_IDS.indexOf(category)]!;
      if (sigmoid(zc) >= model.addAbove && zc > (best.get(category)?.z ?? -Infinity)) best.set(category, { z: zc, passage, text });
    }
  }
  const added: Detection[] = [];
  // Several categories can pick one passage: its guard answer and its sentences' features are worked out once.
  const guarded = new Map<Span[], boolean>();
  const sentenceFeatures = new Map<Span, string[]>();
  const featuresAt = (s: Span) => sentenceFeatures.get(s) ?? sentenceFeatures.set(s, featuresOf(masked.slice(s.start, s.end))).get(s)!;
  for (const [category, { passage, text }] of best) {
    if (guarded.get(passage) ?? guarded.set(passage, holdsLookAlike(text)).get(passage)!) continue;
    const c = CATEGORY_IDS.indexOf(category);
    let sentence = passage[0]!;
    let top = -Infinity;
    for (const s of passage) {
      const z = logOdds(model, featuresAt(s))[c]!;
      if (z > top) [top, sentence] = [z, s];
    }
    const { start, end } = trimmed(original, sentence);
    if (QUOTED.test(original.slice(start, end))) continue;
    if (end > start) added.push({ category, trigger: addedTriggerId(category), start, end, text: original.slice(start, end), speakers: 'customer', cues: cuesFor(model, c, featuresAt(sentence)) });
  }
  return added.sort((a, b) => a.start - b.start);
}
