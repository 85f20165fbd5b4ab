/**
 * A cheap word-level test that tells whether a sentence could match any pattern of a compiled compromise net,
 * so the tagger (the expensive part) only runs on the few sentences that might fire.
 * It reads each pattern's parsed terms: every required term whose possible first words are known (a word, a list
 * of alternatives, multi-word choices) must find one of them in the sentence. Tags and wildcards match anything.
 */
interface Reg {
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  optional?: boolean;
  negative?: boolean;
  min?: number;
}
interface NetEntry {
  regs?: Reg[];
}
export interface CompromiseNet {
  hooks: Record<string, NetEntry[]>;
  always?: NetEntry[];
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

/** For one pattern: the word lists of which the sentence needs one word each. */
function requirements(entry: NetEntry): string[][] {
  return (entry.regs ?? []).filter(isRequired).map(firstWords).filter((w): w is string[] => w !== null && w.length > 0);
}

export function createPrefilter(net: CompromiseNet): (sentence: string) => boolean {
  const entries = new Set<NetEntry>(net.always ?? []);
  for (const list of Object.values(net.hooks)) for (const e of list) entries.add(e);
  const all = [...entries].map(requirements);
  // A pattern with no word to look for at all (only tags) forces a full parse of every sentence.
  if (all.some((r) => r.length === 0)) return () => true;
  return (sentence) => {
    const words = sentenceWords(sentence);
    return all.some((reqs) => reqs.every((options) => options.some((w) => words.has(w))));
  };
}
