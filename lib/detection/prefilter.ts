/**
 * A cheap word-level test that tells whether a sentence could match a pattern, so the tagger (the expensive part)
 * only runs on sentences that might fire, and only the patterns that might match are tried on them.
 * It reads the pattern's parsed terms: every required term whose possible first words are known (a word, a list
 * of alternatives, multi-word choices) must find one of them in the sentence. Tags and wildcards match anything.
 */
export interface Reg {
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  optional?: boolean;
  negative?: boolean;
  min?: number;
}

const CONTRACTION_SUFFIXES: Record<string, string[]> = {
  "n't": ['not'],
  "'re": ['are'],
  "'s": ['is', 'has', 'us'],
  "'ll": ['will'],
  "'ve": ['have'],
  "'d": ['would', 'had', 'did'],
  "'m": ['am'],
};
const IRREGULAR_NEGATIVES: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall', "ain't": 'is' };
const SLANG: Record<string, string[]> = { cannot: ['can', 'not'], gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'], lemme: ['let', 'me'] };

/** Lower-case words of a sentence, with contractions also expanded the way compromise expands them. */
export function sentenceWords(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const raw of sentence.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []) {
    const token = raw.replace(/^['-]+|['-]+$/g, '');
    if (!token) continue;
    words.add(token);
    for (const part of token.split('-')) words.add(part);
    const irregular = IRREGULAR_NEGATIVES[token];
    if (irregular) words.add(irregular).add('not');
    for (const w of SLANG[token] ?? []) words.add(w);
    const apostrophe = token.indexOf("'");
    if (apostrophe > 0) {
      const suffixStart = token.endsWith("n't") ? token.length - 3 : apostrophe;
      words.add(token.slice(0, suffixStart));
      for (const w of CONTRACTION_SUFFIXES[token.slice(suffixStart)] ?? []) words.add(w);
    }
  }
  return words;
}

/** The words a term can start with, or null when it can be anything (a tag, a wildcard, a lemma, a negation). */
function firstWords(reg: Reg): string[] | null {
  if (reg.negative) return null;
  if (reg.fastOr) return [...reg.fastOr];
  if (reg.word) return [reg.word];
  if (reg.choices) {
    const out: string[] = [];
    for (const choice of reg.choices) {
      const first = choice[0];
      const words = first && !first.optional ? firstWords(first) : null;
      if (!words) return null;
      out.push(...words);
    }
    return out;
  }
  return null;
}

const isRequired = (reg: Reg) => !reg.optional && reg.min !== 0;

/** For one parsed pattern: the word lists of which a sentence needs one word each. Empty: no word to look for. */
export function requirements(regs: readonly Reg[]): string[][] {
  return regs.filter(isRequired).map(firstWords).filter((w): w is string[] => w !== null && w.length > 0);
}

export function mayMatch(needs: readonly string[][], words: ReadonlySet<string>): boolean {
  return needs.every((options) => options.some((w) => words.has(w)));
}
