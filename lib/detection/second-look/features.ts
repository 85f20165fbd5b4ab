import { IN_WORD } from '../mask';

/**
 * What the second look weighs: the words (but function words) and word pairs of the text, lowercased, apostrophes
 * dropped ("don't" is "dont", as captions write it), numbers and currency signs kept. Quoted replies, signatures and
 * caption fillers are masked first, as the rules see them.
 */
const TOKEN = /[a-z']+|[£$€%]|\d+/g;

/**
 * Left out as single words (kept inside pairs: "not_interested", "send_me"): alone they say nothing about a category,
 * only how long the text is, and a long look-alike should not be judged by its length.
 */
const FUNCTION_WORDS = new Set('a an the to of and or but so for in on at by with from as is are was were be been it its this that these those i we you he she they me us my our your s just then than there here do does did have has had will would can could should if not no'.split(' '));

/** Whether a feature is made of function words only ("it_is"): it weighs, but it says nothing a person could read as a reason. */
export const onlyFunctionWords = (feature: string): boolean => contentWords(feature).length === 0;

/** The words of a feature that are not function words. */
export const contentWords = (feature: string): string[] => feature.split('_').filter((w) => !FUNCTION_WORDS.has(w));

export function featuresOf(text: string): string[] {
  // Soft hyphens and zero-width characters inside a word would split it ("bud\u00ADget"): read it whole, as the rules do.
  const words = (text.replace(IN_WORD, '').toLowerCase().match(TOKEN) ?? []).map((w) => w.replace(/'/g, '')).filter(Boolean);
  const out = new Set(words.filter((w) => !FUNCTION_WORDS.has(w)));
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]}_${words[i]}`);
  return [...out];
}

/** Characters read on each side of a match: a paragraph or so, so a long email is judged near the moment, not as a whole. */
export const AROUND_CHARS = 300;

/** The masked text near the given spans (offsets into it), in order; the whole masked text when it is short. */
export function nearIn(masked: string, spans: ReadonlyArray<{ start: number; end: number }>, around = AROUND_CHARS): string {
  if (masked.length <= 2 * around) return masked;
  const parts: string[] = [];
  let last = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    const from = Math.max(last, start - around);
    const to = Math.min(masked.length, end + around);
    if (to > from) parts.push(masked.slice(from, to));
    last = Math.max(last, to);
  }
  return parts.join(' \n ');
}
