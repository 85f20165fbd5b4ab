import nlp from 'compromise';

// Person is not what makes a brush-off: "send me" and "send us" are the same moment.
const PERSON_VARIANTS: Record<string, string> = {
  me: '(me|us)', us: '(me|us)',
  i: '(i|we)', we: '(i|we)',
  my: '(my|our)', our: '(my|our)',
};
// Words whose exact form matters, or that compromise has no useful root for.
const KEEP_LITERAL = new Set(['not', 'no', 'never', 'all', 'set', 'any', 'some', 'the', 'a', 'an', 'it', 'on', 'in', 'off', 'back', 'to', 'for', 'of', 'with']);

/**
 * Turns a rep's plain phrase ("send me a brochure") into a compromise pattern that also matches its
 * natural variants ("sent us the brochures", "sending me brochures"): verbs and nouns match by root.
 */
export function phraseToPattern(phrase: string): string {
  const doc = nlp(phrase.replace(/[^\p{L}\p{N}'\s-]/gu, ' '));
  doc.compute('root');
  const terms = (doc.json({ terms: { normal: true } }) as { terms: { normal: string; implicit?: string; root?: string; tags: string[] }[] }[])
    .flatMap((s) => s.terms);
  const tokens: string[] = [];
  for (const t of terms) {
    const word = (t.implicit || t.normal || '').toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '');
    if (!word) continue;
    if (PERSON_VARIANTS[word]) tokens.push(PERSON_VARIANTS[word]);
    else if (KEEP_LITERAL.has(word)) tokens.push(word);
    else if (t.tags.includes('Verb') || t.tags.includes('Noun')) tokens.push(`{${(t.root || word).replace(/'/g, '')}}`);
    else tokens.push(word);
  }
  return tokens.join(' ');
}
