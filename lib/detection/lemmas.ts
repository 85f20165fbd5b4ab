import nlp from 'compromise';

const cache = new Map<string, string[]>();

// compromise's own inflection tables, called directly: parsing each word as a sentence cost ~4 ms a word at start-up.
type Transforms = {
  verb: { conjugate(word: string, model: unknown): Record<string, string> };
  noun: { toPlural(word: string, model: unknown): string };
};
let transforms: { t: Transforms; model: unknown } | undefined;

/** Every inflected form of a word that we want `{word}` to match: verb tenses and participles, and the plural. */
export function wordForms(word: string): string[] {
  const key = word.toLowerCase();
  const cached = cache.get(key);
  if (cached) return cached;
  transforms ??= { t: (nlp.methods() as unknown as { two: { transform: Transforms } }).two.transform, model: nlp.model() };
  const forms = new Set<string>([key]);
  for (const [tense, form] of Object.entries(transforms.t.verb.conjugate(key, transforms.model))) {
    if (tense !== 'FutureTense' && form && !form.includes(' ')) forms.add(form.toLowerCase());
  }
  // "call", "email" and "brochure" are also nouns: add the plural as well.
  const plural = transforms.t.noun.toPlural(key, transforms.model)?.toLowerCase();
  if (plural && !plural.includes(' ')) forms.add(plural);
  const list = [...forms];
  cache.set(key, list);
  return list;
}

/**
 * compromise supports `{lemma}` only as a whole term, not inside `(a|b)` alternatives, so every `{word}` is
 * rewritten to its explicit forms before compiling. Patterns then mean the same thing wherever `{}` appears.
 */
export function expandLemmas(pattern: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === '{' && !/\d/.test(pattern[i + 1] ?? '')) {
      const close = pattern.indexOf('}', i);
      if (close > i) {
        const word = pattern.slice(i + 1, close).split('/')[0]!.trim();
        const alternatives = wordForms(word).join('|');
        out += depth > 0 ? alternatives : `(${alternatives})`;
        i = close;
        continue;
      }
    }
    out += ch;
  }
  return out;
}
