import nlp from 'compromise';

const cache = new Map<string, string[]>();

/** Every inflected form of a word that we want `{word}` to match: verb tenses and noun plurals. */
export function wordForms(word: string): string[] {
  const key = word.toLowerCase();
  const cached = cache.get(key);
  if (cached) return cached;
  const forms = new Set<string>([key]);
  const asVerb = nlp(key).verbs().conjugate()[0] as Record<string, string> | undefined;
  if (asVerb) {
    for (const [tense, form] of Object.entries(asVerb)) {
      if (tense !== 'FutureTense' && form && !form.includes(' ')) forms.add(form.toLowerCase());
    }
  }
  // "call", "email" and "brochure" are also nouns: add the plural as well.
  const plural = nlp(key).nouns().toPlural().text().toLowerCase();
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
