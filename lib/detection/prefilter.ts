/**
 * A cheap word-level test that tells whether a sentence could match any pattern of a compiled compromise net,
 * so the tagger (the expensive part) only runs on the few sentences that might fire.
 * It mirrors the net's own index: every required word ("needs") and at least `minWant` of its alternatives ("wants").
 */
interface NetEntry {
  needs?: string[];
  wants?: string[];
  minWant?: number;
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

function entryMayMatch(entry: NetEntry, words: Set<string>): boolean {
  for (const need of entry.needs ?? []) {
    if (!need.startsWith('#') && !words.has(need)) return false;
  }
  const minWant = entry.minWant ?? 0;
  if (minWant === 0) return true;
  let found = 0;
  for (const want of entry.wants ?? []) {
    if (want.startsWith('#') || words.has(want)) found++;
    if (found >= minWant) return true;
  }
  return false;
}

export function createPrefilter(net: CompromiseNet): (sentence: string) => boolean {
  const entries = new Set<NetEntry>(net.always ?? []);
  for (const list of Object.values(net.hooks)) for (const e of list) entries.add(e);
  const all = [...entries];
  // An entry with no word to look for at all (only tags) forces a full parse of every sentence.
  if (all.some((e) => (e.needs ?? []).every((n) => n.startsWith('#')) && (e.minWant ?? 0) === 0)) return () => true;
  return (sentence) => {
    const words = sentenceWords(sentence);
    return all.some((e) => entryMayMatch(e, words));
  };
}
