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

/** A token as `sentenceWords` reads it (trimmed of leading and trailing apostrophes and hyphens). */
export const TOKEN = /[\p{L}\p{N}'-]+/gu;

const BITS = 1024;

/** A word's slot in a sentence's bit set (FNV-1a): a clear bit proves the word absent without a Map lookup. */
export function wordBit(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BITS;
}

/** A sentence's lower-case words, each with the positions (in token order) where it occurs, and a bit per word. */
export class SentenceWords extends Map<string, number[]> {
  readonly bits = new Uint32Array(BITS / 32);

  /** Whether the sentence may have the word whose bit this is (see `wordBit`): false proves it absent. */
  mayHave(bit: number): boolean {
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/**
 * Lower-case words of a sentence, with contractions also expanded the way compromise expands them. Every word drawn
 * from one token ("don't": "don't", "do", "not") shares its position: compromise's terms for it are at one place too.
 */
export function sentenceWords(sentence: string): SentenceWords {
  const words = new SentenceWords();
  let at = -1;
  const add = (w: string) => {
    const positions = words.get(w);
    if (!positions) {
      words.set(w, [at]);
      const bit = wordBit(w);
      words.bits[bit >>> 5]! |= 1 << (bit & 31);
    } else if (positions[positions.length - 1] !== at) positions.push(at);
  };
  for (const raw of sentence.toLowerCase().match(TOKEN) ?? []) {
    const token = raw.replace(/^['-]+|['-]+$/g, '');
    if (!token) continue;
    at++;
    add(token);
    if (token.includes('-')) for (const part of token.split('-')) add(part);
    const irregular = IRREGULAR_NEGATIVES[token];
    if (irregular) {
      add(irregular);
      add('not');
    }
    const slang = SLANG[token];
    if (slang) for (const w of slang) add(w);
    const apostrophe = token.indexOf("'");
    if (apostrophe > 0) {
      const suffixStart = token.endsWith("n't") ? token.length - 3 : apostrophe;
      add(token.slice(0, suffixStart));
      for (const w of CONTRACTION_SUFFIXES[token.slice(suffixStart)] ?? []) add(w);
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
      // Every required term of a choice must be there when the choice matches: look for its least common one
      // ("fortune" in "a fortune"), which rules out far more sentences than its first word.
      let best: string[] | null = null;
      for (const term of choice) {
        if (!isRequired(term)) continue;
        const words = firstWords(term);
        if (words && (!best || commonness(words) < commonness(best))) best = words;
      }
      if (!best) return null;
      out.push(...best);
    }
    return out;
  }
  return null;
}

// Words so frequent that requiring them rules out little.
const COMMON = new Set(['a', 'an', 'the', 'i', 'we', 'you', 'it', 'this', 'that', 'is', 'are', 'was', 'be', 'been', 'have', 'has', 'had', 'do', 'does', 'did', 'not', 'no', 'to', 'of', 'in', 'on', 'for', 'with', 'at', 'by', 'and', 'or', 'so', 'me', 'us', 'my', 'our', 'your', 'will', 'would', 'can', 'could', 'just', 'really', 'very', 'all', 'some', 'any', 'more', 'get', 'got', 'go', 'up', 'out', 'about', 'there', 'they', 'them', 'what', 'if', 'but', 'as', 'am', "n't", 'from', 'never', 'one', 'every', 'which', 'when', 'how', 'than', 'then', 'he', 'she', 'his', 'her', 'their', 'were', 'should', 'need', 'want', 'know', 'like', 'think', 'now', 'time', 'through', 'over', 'into', 'going', 'gonna', 'um', 'uh', 'yeah', 'well', 'too']);

/** How likely a list of alternatives is to be in any sentence: its common words, then its length. */
export function commonness(words: readonly string[]): number {
  let common = 0;
  for (const w of words) if (COMMON.has(w)) common++;
  return common * 1000 + words.length;
}

function isRequired(reg: Reg): boolean {
  return !reg.optional && reg.min !== 0;
}

/** For one parsed pattern: the word lists of which a sentence needs one word each. Empty: no word to look for. */
export function requirements(regs: readonly Reg[]): string[][] {
  return regs.filter(isRequired).map(firstWords).filter((w): w is string[] => w !== null && w.length > 0);
}

export function mayMatch(needs: readonly string[][], words: { has(word: string): boolean }): boolean {
  return needs.every((options) => options.some((w) => words.has(w)));
}

/** What the words of a sentence allow for a pattern: one of its required terms is missing, all are there but not in order, or it may match. */
export const Chance = { Missing: 0, OutOfOrder: 1, May: 2 } as const;
export type Chance = (typeof Chance)[keyof typeof Chance];

/** A pattern's `needs` made quick to test: least common list first, each word with its bit (see `wordBit`). */
export interface NeedCheck {
  lists: readonly string[][];
  bits: readonly Uint16Array[];
}

export function needCheck(needs: readonly string[][]): NeedCheck {
  const lists = needs.length < 2 ? needs : [...needs].sort((a, b) => commonness(a) - commonness(b));
  return { lists, bits: lists.map((list) => Uint16Array.from(list, wordBit)) };
}

/**
 * Like `mayMatch`, and also whether the required terms can come in the pattern's order: compromise matches a pattern's
 * terms in sequence, so each requirement needs a word at or after the position of the one before it (at, not after:
 * the parts of "don't" or "sign-off" share a position). The earliest such word is always the best choice.
 */
export function chanceOf(needs: readonly string[][], words: SentenceWords, check: NeedCheck = needCheck(needs)): Chance {
  // Most patterns miss a word: find that first (least common list first), mostly from the bit set alone.
  const { lists, bits } = check;
  for (let l = 0; l < lists.length; l++) {
    const options = lists[l]!;
    const optionBits = bits[l]!;
    let present = false;
    for (let k = 0; k < options.length; k++) {
      if (words.mayHave(optionBits[k]!) && words.has(options[k]!)) {
        present = true;
        break;
      }
    }
    if (!present) return Chance.Missing;
  }
  let at = 0;
  for (const options of needs) {
    let next = Infinity;
    for (const w of options) {
      const positions = words.get(w);
      if (positions === undefined || positions[positions.length - 1]! < at) continue;
      for (const p of positions) {
        if (p >= at) {
          if (p < next) next = p;
          break;
        }
      }
      if (next === at) break;
    }
    if (next === Infinity) return Chance.OutOfOrder;
    at = next;
  }
  return Chance.May;
}

/** Whether the required terms of a pattern are all in the sentence, in order (see `chanceOf`). */
export function mayMatchInOrder(needs: readonly string[][], words: SentenceWords, check?: NeedCheck): boolean {
  return chanceOf(needs, words, check) === Chance.May;
}

/**
 * Which tags a sentence could carry, judged without the tagger, so a sentence whose patterns only use tags it
 * cannot have is tokenized instead of tagged (the tagger is most of the cost). Tags we cannot judge: 'always'.
 */
export type TagHint = 'number' | 'date' | 'proper' | 'possessive' | 'always';
const TAG_HINTS: Record<string, TagHint> = {
  value: 'number', cardinal: 'number', ordinal: 'number', numericvalue: 'number', textvalue: 'number', money: 'number', percent: 'number',
  date: 'date', month: 'date', weekday: 'date', duration: 'date', holiday: 'date', time: 'date',
  propernoun: 'proper', organization: 'proper', acronym: 'proper', person: 'proper', place: 'proper', firstname: 'proper', lastname: 'proper',
  possessive: 'possessive',
};

/** The hints a pattern's tags call for; empty when it uses no tag. */
export function tagHintsOf(pattern: string): TagHint[] {
  const out = new Set<TagHint>();
  for (const m of pattern.matchAll(/#([A-Za-z]+)/g)) out.add(TAG_HINTS[m[1]!.toLowerCase()] ?? 'always');
  return [...out];
}

const NUMBER_TAGS = /Value|Cardinal|Ordinal/;
const DATE_TAGS = /Date|Month|WeekDay|Duration|Holiday|Season|Time/;
const PROPER_TAGS = /Organization|ProperNoun|Person|Place|City|Country|Region|FirstName|MaleName|FemaleName|LastName|SportsTeam/;
const DATE_WORDS = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'quarter', 'quarters', 'hour', 'hours', 'minute', 'minutes', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'spring', 'summer', 'autumn', 'fall', 'winter', 'season', 'christmas', 'easter', 'weekend', 'holidays', 'end']);
const POSSESSIVE_WORDS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'its', 'mine', 'ours', 'yours', 'theirs']);
let lexicon: Record<string, string | string[]> | undefined;

export function sentenceTagHints(sentence: string, words: ReadonlyMap<string, unknown>, lex: () => Record<string, string | string[]>): Set<TagHint> {
  const hints = new Set<TagHint>();
  if (/\d/.test(sentence)) hints.add('number').add('date');
  if (/'s\b|s'(\s|$)/i.test(sentence)) hints.add('possessive');
  // A capital inside the sentence (not "I"), or an acronym anywhere, may be a name.
  if (/[^\s.!?;:"'(]\s+(?!I\b|I'[a-z]+\b)[A-Z]|\b[A-Z]{2,}\b/.test(sentence)) hints.add('proper');
  lexicon ??= lex();
  for (const w of words.keys()) {
    if (POSSESSIVE_WORDS.has(w)) hints.add('possessive');
    if (DATE_WORDS.has(w)) hints.add('date');
    const tag = lexicon[w];
    if (tag === undefined) continue;
    const tags = Array.isArray(tag) ? tag.join(',') : tag;
    if (NUMBER_TAGS.test(tags)) hints.add('number');
    if (DATE_TAGS.test(tags)) hints.add('date');
    if (PROPER_TAGS.test(tags)) hints.add('proper');
  }
  return hints;
}
