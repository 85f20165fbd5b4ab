import nlp from 'compromise';
import type { CategoryId } from './taxonomy';
import type { AnalysisResult, AnalyzeOptions, Detection, SpeakerScope, TriggerDef, TriggerPack } from './types';
import { joinWords, maskForAnalysis, sentenceSpans } from './mask';
import { Chance, chanceOf, commonness, mayMatchInOrder, needCheck, requirements, sentenceTagHints, sentenceWords, tagHintsOf, type NeedCheck, type Reg, type SentenceWords, type TagHint } from './prefilter';
import { phraseToPattern } from './phrase';
import { expandLemmas } from './lemmas';
import { flattenNestedGroups, longestChoicesFirst, spaceHyphenatedChoices, spellOutContractions, workAroundWildcardGroups } from './compromise-quirks';

/** Longer input is cut here (and reported as truncated) so a pasted novel cannot stall the worker. */
export const MAX_ANALYSED_CHARS = 100_000;
/** At most this many sentences (those with a pattern's words in them) go to compromise per call; real text stays far below it. */
const MAX_PARSED_SENTENCES = 300;
/** How many words before a match are searched for a negation that cancels it ("we don't need..."). */
const NEGATION_WINDOW_WORDS = 3;
const NEGATION = /\b(not|never|no|without|hardly)\b|n't\b/i;
// A look-alike from a shared set is negated by these too: "nobody has sorted it" is not "sorted it",
// "I'll struggle to justify going with you" is not "going with you".
// Nor does one that waits on a condition: "I'll let you know when we're ready to move", "if we go with you", "justify going with you".
const SET_NEGATION =
  /\b(not|cannot|never|no|without|hardly|nobody|nothing|neither|nor|none|struggle|struggling|unlikely|reluctant|hard|difficult|justify|justifying|when|whenever|once|until|till|if|unless|whether)\b|n't\b/i;
/**
 * An `unless` exception cancels a match only when it is linked to it: within this many words and with no change of
 * topic between them. A long run-on caption ("traffic was a nightmare anyway the price is way over budget") or email
 * sentence can hold small talk that looks like an exception in one part and a real objection in another.
 */
const UNLESS_WINDOW_WORDS = 20;
// Words that move on to another topic: what came before them no longer explains what comes after.
export const TOPIC_BREAK =
  /\b(anyway|anyways|anyhow|by the way|btw|moving on|on (another|a different|a separate|an unrelated|a serious|a more serious) note|in other news|(other than|apart from|aside from|besides) (that|this|all that)|(all )?that aside|enough about (that|me|us|the \w+)|(getting|coming|going|to get|to come) back to|chang(e|ing) (of |the )?subject|switching (gears|topics)|(one|the) (more|other) thing|another thing|separately|on a separate note|while (i have|i've got) you|(totally |completely )?unrelated|random question)\b/i;

const RECURRENCE = /\b(again|once more|all over again)\b/i;
// "We're moving to you, but your quote is far too high": what follows "but" overrides what came before it.
export const OVERRIDING_CONTRAST = /\b(but|however|though|although|that said|having said that|even so)\b/i;

/**
 * Whether an exception is close enough to a match, and on one topic, to explain it. An exception before a "but"
 * does not explain a match after it (the match is what the speaker stresses); one after it still does.
 */
function linked(sentence: string, exception: Hit, match: Hit): boolean {
  const [first, second] = exception.start <= match.start ? [exception, match] : [match, exception];
  const gapStart = first.start + first.length;
  if (gapStart >= second.start) return true;
  const gap = sentence.slice(gapStart, second.start);
  if (TOPIC_BREAK.test(gap)) return false;
  if (first === exception && OVERRIDING_CONTRAST.test(gap)) return false;
  // "It was fixed last week and it's broken again": a match that says it is back is not explained by what came before.
  if (first === exception && RECURRENCE.test(sentence.slice(match.start, match.start + match.length + 12))) return false;
  let words = 0;
  for (const _ of gap.matchAll(/\S+/g)) if (++words > UNLESS_WINDOW_WORDS) return false;
  return true;
}

/** Shared sets that say the trouble is another provider's ("we left them because…", "their support…"). */
export const ABOUT_OTHERS_SETS = ['left_them', 'their_trouble'];
// "...and your onboarding was a shambles": a match that names us is about us, whoever else the sentence blames.
const NAMES_US = /\b(you|your|yours|you're|you've|you'd|you'll|y'all)\b/i;

// A clause break ends the negation's reach: "No, send me the details" is still a request.
const CLAUSE_BREAK = /[,;:]|\b(but|and|so|because|though|although)\b/gi;

/** What a pattern is made of, short of compromise's parse: enough to rebuild it from a snapshot (see precompiled.ts). */
export interface PatternParts {
  /** The pattern in compromise syntax, after the workarounds for compromise's quirks. */
  text: string;
  /** Lists of words of which a sentence needs one each, in the pattern's order, for the pattern to have a chance. */
  needs: string[][];
  /** The kinds of #Tag it uses: a sentence that may carry one of them needs the tagger, not just the tokenizer. */
  tags: TagHint[];
  /** The pattern starts with its own negation ("not a good time"): the "n't" of "isn't" before it is part of the match. */
  ownNegation: boolean;
}

/** A pattern compiled once. compromise parses it on its first match: most patterns of a pack never get that far in a session. */
export class CompiledPattern implements PatternParts {
  readonly text: string;
  readonly needs: string[][];
  readonly tags: TagHint[];
  readonly ownNegation: boolean;
  private parsed: Reg[] | undefined;
  private checks: NeedCheck | undefined;

  constructor(parts: PatternParts, regs?: Reg[]) {
    this.text = parts.text;
    this.needs = parts.needs;
    this.tags = parts.tags;
    this.ownNegation = parts.ownNegation;
    this.parsed = regs;
  }

  get regs(): Reg[] {
    return (this.parsed ??= nlp.parseMatch(this.text) as unknown as Reg[]);
  }

  /** `needs` made quick to test (see chanceOf). */
  get check(): NeedCheck {
    return (this.checks ??= needCheck(this.needs));
  }

  parts(): PatternParts {
    return { text: this.text, needs: this.needs, tags: this.tags, ownNegation: this.ownNegation };
  }
}

const NEGATION_WORDS = new Set(['not', 'no', 'never']);

interface PatternEntry {
  trigger: CompiledTrigger;
  pattern: CompiledPattern;
  /** Position of the trigger in the pack and of the pattern in the trigger: results come in pack order. */
  order: number;
}

/** A sentence that goes to the tagger: where it is, its words, and the patterns it could match, per trigger. */
interface Item {
  span: { start: number; end: number };
  sentence: string;
  words: SentenceWords;
  candidates: [CompiledTrigger, CompiledPattern[]][];
  /** Where the sentence starts in the text given to the tagger. */
  at: number;
}

/** A match, relative to its sentence. */
interface Hit {
  start: number;
  length: number;
}

interface CompromiseTerm {
  text: string;
  offset?: { start: number; length: number };
}

interface CompiledTrigger {
  def: TriggerDef;
  /** Its position among the detector's triggers. */
  no: number;
  speakers: SpeakerScope;
  patterns: CompiledPattern[];
  /** The exceptions that may hold in a sentence with these words (see PatternIndex). */
  unlessIn(words: SentenceWords): CompiledPattern[];
  unlessInText: CompiledPattern[];
}

/**
 * Patterns (or entries holding one) filed under the words of their rarest requirement, so a sentence only meets those
 * that share a word with it; patterns with no word to look for are always met. Serves the triggers' patterns and each
 * trigger's exceptions, which run to hundreds (category-wide lists and shared sets).
 */
class PatternIndex<T> {
  private readonly items: T[] = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly always: number[] = [];
  /** Which call last took each item: duplicates are skipped without a Set per call. */
  private readonly taken: Uint32Array;
  private call = 0;

  constructor(items: Iterable<T>, patternOf: (item: T) => CompiledPattern) {
    for (const item of new Set(items)) {
      const id = this.items.push(item) - 1;
      // Filed under its rarest requirement: a pattern filed under "to" would be met in nearly every sentence.
      const key = rarestNeed(patternOf(item));
      if (!key) this.always.push(id);
      else for (const w of new Set(key)) (this.byWord.get(w) ?? this.byWord.set(w, []).get(w)!).push(id);
    }
    this.taken = new Uint32Array(this.items.length);
  }

  /** Every item whose pattern may match a sentence with these words (and maybe some that may not: chanceOf decides). */
  candidates(words: SentenceWords): T[] {
    if (++this.call === 0xffffffff) {
      this.taken.fill(0);
      this.call = 1;
    }
    const call = this.call;
    const out: T[] = [];
    for (const id of this.always) {
      this.taken[id] = call;
      out.push(this.items[id]!);
    }
    for (const w of words.keys()) {
      const ids = this.byWord.get(w);
      if (ids === undefined) continue;
      for (const id of ids) {
        if (this.taken[id] === call) continue;
        this.taken[id] = call;
        out.push(this.items[id]!);
      }
    }
    return out;
  }
}

/** A pattern's least common required word list: the one that rules out most sentences. */
function rarestNeed(p: CompiledPattern): string[] | undefined {
  return p.needs.reduce<string[] | undefined>((best, n) => (!best || commonness(n) < commonness(best) ? n : best), undefined);
}

function compile(pattern: string): CompiledPattern {
  const regs = nlp.parseMatch(pattern) as unknown as Reg[];
  const first = regs[0];
  const firstWords = first ? [first.word, ...(first.fastOr ?? []), ...(first.choices ?? []).map((c) => c[0]?.word)] : [];
  return new CompiledPattern({ text: pattern, needs: requirements(regs), tags: tagHintsOf(pattern), ownNegation: firstWords.some((w) => w !== undefined && NEGATION_WORDS.has(w)) }, regs);
}

export interface Detector {
  analyze(text: string, options: AnalyzeOptions): AnalysisResult;
  readonly triggerCount: number;
}

/** Plain words become a lemma-aware pattern; anything already in match syntax is used as it is. */
function asPatterns(phraseOrPattern: string): string[] {
  const pattern = /[#{}()|\[\]*?!^$~/]/.test(phraseOrPattern) ? phraseOrPattern : phraseToPattern(phraseOrPattern);
  return workAroundWildcardGroups(longestChoicesFirst(spellOutContractions(spaceHyphenatedChoices(flattenNestedGroups(expandLemmas(pattern))))));
}

function clauseBefore(sentence: string, matchStart: number): string {
  const before = sentence.slice(0, matchStart);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = (m.index ?? 0) + m[0].length;
  return before.slice(clauseStart);
}

const NEGATED_IDIOM =
  /\bno (worries|worry|problem|problems|probs|prob|biggie|dramas|drama|bother|offence|offense|disrespect|doubt|question|kidding|joke|lie|thanks|thank you)\b|\b(not|no) (gonna|going to|to) (lie|be rude|be funny|be blunt|sound rude)\b|\b(can't|cannot|can not|won't|will not) lie\b|\bdon't get me wrong\b|\bdo not get me wrong\b/gi;

// "no we've got a guy for that", "no I'm good": a "no" that opens the clause before a pronoun answers the question
// asked; it does not negate the clause (captions have no comma to show it). "no need to…", "no one" still negate.
const ANSWER_NO = /^\s*no\s+(?=(i|i'm|i've|i'll|we|we're|we've|we'll|you|they|they're|it|it's|that|that's|just|look|honestly|actually|thanks|sorry|so|well|but)\b)/i;

// What follows is denied, however far back in the clause: "no one here thinks it's overpriced", "I'm not saying we don't
// want it", "it's not that the CEO isn't interested", "I'd hate for you to think we're not interested".
const DENIAL_FRAME =
  /\b(no one|no-one|noone|nobody|none of us|not one of us|neither of us)\b.{0,30}\b(thinks|think|says|said|feels|believes|reckons|would say|finds|considers)\b|\b(not|never|n't)\s+(saying|suggesting|claiming|implying|that)\s+\S+|\b(hate|don't want|do not want|wouldn't want|would not want)\s+(for\s+)?you\s+to\s+(think|get the impression|feel|believe)\b/i;

// "it's not that it's bad it's just too expensive": a new clause after the denied one asserts what it says.
const SECOND_CLAUSE = /\b(it's|it is|i'm|i am|we're|we are|they're|they are|that's|just|rather|i'm saying|we're saying)\b/i;

function deniedBefore(sentence: string, matchStart: number): boolean {
  const clause = clauseBefore(sentence, matchStart);
  const m = DENIAL_FRAME.exec(clause);
  if (!m) return false;
  // A reported thought ("nobody thinks it's…", "hate for you to think we're…") carries its own subject; "not that…" ends at a new clause.
  return m[1] !== undefined || m[5] !== undefined || !SECOND_CLAUSE.test(clause.slice(m.index + m[0].length));
}

function negatedBefore(sentence: string, matchStart: number, negation: RegExp = NEGATION): boolean {
  const clause = clauseBefore(sentence, matchStart);
  if (deniedBefore(sentence, matchStart)) return true;
  // "Why don't you just send me…" is a request, not a negation.
  if (/\bwhy (don't|do not|not)\b/i.test(clause)) return false;
  // "Yeah no, we've got someone for that": the spoken "yeah no" agrees, it does not negate what follows; nor do
  // "no worries", "no offence", "not gonna lie" or "don't get me wrong", said without a comma in captions.
  const words = clause
    .replace(/\b(yeah|yes|yep|oh) no\b/gi, '$1')
    .replace(NEGATED_IDIOM, ' ')
    .replace(ANSWER_NO, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const window = words.slice(-NEGATION_WINDOW_WORDS);
  // "The ROI isn't there at that price": an existential "not there" negates what came before it, not the match.
  return window.some((w, j) => negation.test(w) && !window.slice(j + 1).some((x) => /^there$/i.test(x)));
}

/** "I'm not not interested": a pattern that brings its own negation is cancelled by a second one right before it. */
function doubleNegated(sentence: string, matchStart: number): boolean {
  if (deniedBefore(sentence, matchStart)) return true;
  const words = clauseBefore(sentence, matchStart).trim().split(/\s+/);
  // A match that starts at the hidden "not" of "can't" starts inside that word: its "n't" is the match's own
  // negation ("I can't give you an answer until..."), so the word before it is the one that could cancel it.
  if (matchStart > 0 && /\S/.test(sentence[matchStart - 1]!)) words.pop();
  return /^(not|never)$|n't$/i.test(words.pop() ?? '');
}

// A condition is not a statement: "if price is a concern, we have a starter plan", "if anyone isn't interested".
const CONDITION = /\b(if|unless|in case|suppose|supposing|assuming|what if|in theory|theoretically|hypothetically|in principle|imagine)\b/gi;
const CONDITION_WINDOW_WORDS = 6;
// Idioms that start with "if" but state what follows: "if I'm honest, it's too expensive".
// "If you could send me..." is a polite request, "if this keeps happening" a recurring problem, "excuse me if I'm cynical" a statement.
const CONDITION_IDIOM =
  /\bif (i'm|i am|we're|we are|i was|i'm being|i am being|we're being) (honest|being honest|frank|being frank|totally honest|brutally honest|blunt|being blunt|straight)\b|\bif (you ask me|anything|not|so|you like|i may say|i'm not mistaken)\b|\bif (you|u)\b(?!\s*('re|are|were)\b)|\bif (this|it|that) (keeps|continues|carries on|goes on|happens again)\b|\b(excuse me|forgive me|sorry|pardon me|apologies) if\b|\bas if\b|\beven if\b/gi;
// The main clause after the condition speaks for the speaker: "if it's relevant, I'll come back to you".
// Its subject can be someone else: "if it looks good my boss will get back to you".
const MAIN_CLAUSE =
  /\b(i|we|they|he|she|someone|somebody|(my|our) [a-z]+)\s*('ll|'d|will|would|can|could|have to|need to|are going to|am going to|is going to|must)\b|\b(let me|let's|then)\b/i;

// A sentence that opens as a hypothetical is one all through: "hypothetically, if the budget were cut, could we scale down mid-term".
const HYPOTHETICAL_OPENER = /^\s*(\w+[\s,]+){0,2}(hypothetically|theoretically|let's say|for argument's sake|for the sake of argument)\b/i;

function conditionalBefore(sentence: string, matchStart: number): boolean {
  if (HYPOTHETICAL_OPENER.test(sentence.slice(0, matchStart))) return true;
  const before = clauseBefore(sentence, matchStart);
  // Idioms can run into the match ("if this keeps happening"): blank them with the match's first words in view.
  const clause = (before + sentence.slice(matchStart, matchStart + 24)).replace(CONDITION_IDIOM, (m) => ' '.repeat(m.length)).slice(0, before.length);
  let last = -1;
  for (const m of clause.matchAll(CONDITION)) last = (m.index ?? 0) + m[0].length;
  if (last < 0) return false;
  const between = clause.slice(last);
  if (between.trim().split(/\s+/).filter(Boolean).length > CONDITION_WINDOW_WORDS) return false;
  // The condition's own subject and modal ("if we can get the price down") are not a main clause: skip two words.
  const afterSubject = between.trim().split(/\s+/).slice(2).join(' ');
  return !MAIN_CLAUSE.test(afterSubject + ' ' + sentence.slice(matchStart, matchStart + 16));
}

// Mention, not use: "we keep hearing 'send me info'", "Top three objections: 'too pricey', ...". A match wholly inside
// quotation marks that follow a word of saying or hearing, a noun, or a colon is talked about, not said. A quote that
// is the whole sentence is the speaker's own line; "as I said, 'not interested'" repeats it, so a first-person say stays.
const QUOTE_OPEN = /(^|[\s(:,;\-–—])(['"‘“])(?=[A-Za-z])/g;
const CLOSE_FOR: Record<string, RegExp> = { "'": /[A-Za-z.!?,…]'(?![A-Za-z])/g, '"': /"/g, '‘': /’(?![A-Za-z])/g, '“': /”/g };
// Not "said", "was", "like" or "to": "my boss was like 'not this year'", "we need to 'think about it'" are the customer's own.
const MENTION_INTRO =
  /\b(hear|hears|heard|hearing|get|gets|getting|reply|replies|response|responses|answer|answers|line|lines|objection|objections|pushback|push-back|brush-off|brush-offs|brushoff|brushoffs|excuse|excuses|phrase|phrases|classic|about|of|on|at|against|around|the|a|an|or|and|than|called|labelled|labeled|handle|handling|overcome|overcoming|counter|countering|tackle|tackling|field|fielding|answering|respond to|responding to|reply to|replying to|(struggle|struggles|struggling|deal|deals|dealing|cope|coping) with|comeback|comebacks|rebuttal|rebuttals|(comeback|rebuttal|answer|response|reaction) to|why|plus|versus|vs)\s*$/i;
// "Top three we hear: 'too pricey', ..." introduces a list; "my boss's answer: 'not this year'" is the customer's own.
const MENTION_COLON = /\b(hear|hears|heard|get|gets|objections|pushback|excuses|lines|phrases|top|most common|classics|favourites|favorites|number (one|two|three|four|five|\d+))\b[^:]*:\s*$/i;
const OWN_SAY = /\b(i|we)\s+(already\s+|just\s+|have\s+|'ve\s+)?(said|say|told you|tell you|mean|meant|wrote|write)\s*,?\s*$/i;

function mentionedInQuotes(sentence: string, start: number, end: number): boolean {
  if (!/['"‘“]/.test(sentence)) return false;
  for (const open of sentence.matchAll(QUOTE_OPEN)) {
    const q = (open.index ?? 0) + open[1]!.length;
    if (q >= start) break;
    const mark = open[2]!;
    const closer = CLOSE_FOR[mark]!;
    closer.lastIndex = q + 1;
    const close = closer.exec(sentence);
    if (!close) continue;
    const closeAt = close.index + close[0].length - 1;
    if (closeAt < end - 1) continue;
    const before = sentence.slice(0, q);
    const after = sentence.slice(closeAt + 1);
    // The whole sentence in quotes is the speaker's own line.
    if (!/\w/.test(before) && !/\w/.test(after)) return false;
    if (OWN_SAY.test(before)) return false;
    return MENTION_INTRO.test(before) || MENTION_COLON.test(before) || (!/\w/.test(before) && /^\s*(replies|reply|responses|objections|pushback|brush-offs?|(is|are) (the|a|our|one|what|all|always|usually|often|still)|comes up|keeps coming up|type|kind|every time|all the time|a lot|from)\b/i.test(after));
  }
  return false;
}

// "not interested in the basic tier, but the enterprise plan looks right": a later clause can take back an earlier one.
const CONTRAST = /\b(but|though|although|however|yet|except)\b/gi;

/** A sentence that opens like this can take back the one before it, when it holds a turn. */
const TURN_OPENER = /^\s*(but|however|that said|having said that|then again|turns out|it turns out|apparently not|good news|the good news is|in the end|since then|after (that|the call|the demo|seeing|talking|speaking|reading))\b/i;

/** Offsets in the sentence where a contrasting clause starts. */
function contrastStarts(sentence: string): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(CONTRAST)) out.push(m.index ?? 0);
  return out;
}

/**
 * Compiled patterns by source string, shared by every detector in this realm: shared "unless" sets are compiled once,
 * a rep's edit recompiles only what changed, and the built-in pack's can be seeded from a build-time snapshot.
 */
const compiledBySource = new Map<string, CompiledPattern[]>();

/** Where compiled patterns can be read instead of compiled: build-time snapshots (see precompiled.ts). */
const seeds: ((source: string) => readonly PatternParts[] | undefined)[] = [];

/** A trigger pattern or phrase, compiled (once per source string). */
export function compileSource(source: string): CompiledPattern[] {
  let out = compiledBySource.get(source);
  if (!out) {
    let parts: readonly PatternParts[] | undefined;
    for (const seed of seeds) if ((parts = seed(source))) break;
    out = parts ? parts.map((p) => new CompiledPattern(p)) : asPatterns(source).map(compile);
    compiledBySource.set(source, out);
  }
  return out;
}

/** Lets `compileSource` read from a snapshot made by it (see precompiled.ts): compiling is most of a cold start. */
export function seedCompiled(read: (source: string) => readonly PatternParts[] | undefined): void {
  seeds.push(read);
}

export function createDetector(pack: TriggerPack): Detector {
  const sets = pack.sets ?? {};
  // Shared sets describe a situation ("sorted it", "I'm the one who signs"); negated ("nobody has sorted it") it does not hold.
  // Marked as they are compiled, so exceptions stay lazy (compiling every set up front would undo that).
  const setSources = new Set(Object.values(sets).flat());
  const fromSets = new Set<CompiledPattern>();
  const compiled = (source: string): CompiledPattern[] => {
    const out = compileSource(source);
    if (setSources.has(source)) for (const p of out) if (!p.ownNegation) fromSets.add(p);
    return out;
  };
  const resolve = (list: string[] | undefined): CompiledPattern[] =>
    (list ?? []).flatMap((u) => (u.startsWith('@') ? (sets[u.slice(1)] ?? []) : [u])).flatMap(compiled);
  // A clause after "but" that matches one of these (a buying signal, a fix, a reason to switch) takes back the moments before it.
  const turns = (sets.turn ?? []).flatMap(compiled);
  // Exceptions that put the trouble on someone else (the provider they left): they do not explain a match that names us.
  const aboutOthers = new Set(ABOUT_OTHERS_SETS.flatMap((name) => sets[name] ?? []).flatMap(compiled));
  const setIndexes = new Map<string, PatternIndex<CompiledPattern>>();
  const setIndex = (name: string): PatternIndex<CompiledPattern> => {
    let index = setIndexes.get(name);
    if (!index) setIndexes.set(name, (index = new PatternIndex((sets[name] ?? []).flatMap(compiled), (p) => p)));
    return index;
  };
  // Triggers of a category share their text-wide exceptions: resolved once per distinct list.
  const resolvedLists = new Map<string, CompiledPattern[]>();
  const resolveShared = (list: string[] | undefined): CompiledPattern[] => {
    if (!list?.length) return [];
    const key = list.join('\n');
    let out = resolvedLists.get(key);
    if (!out) resolvedLists.set(key, (out = resolve(list)));
    return out;
  };
  const triggers: CompiledTrigger[] = [];
  for (const def of pack.triggers) {
    if (def.enabled === false) continue;
    // A trigger's exceptions are only read once one of its patterns may match a sentence: compile them then,
    // not at start-up (they are a quarter of the pack's patterns, and cold start matters).
    let unless: PatternIndex<CompiledPattern>[] | undefined;
    triggers.push({
      def,
      no: triggers.length,
      speakers: def.speakers ?? 'customer',
      patterns: [...(def.phrases ?? []), ...(def.patterns ?? [])].flatMap(compiled),
      unlessIn(words) {
        // The trigger's own exceptions, then each shared set it names (indexed once for every trigger naming it).
        unless ??= [
          new PatternIndex(resolve(def.unless?.filter((u) => !u.startsWith('@'))), (p) => p),
          ...(def.unless ?? []).filter((u) => u.startsWith('@')).map((u) => setIndex(u.slice(1))),
        ];
        if (unless.length === 1) return unless[0]!.candidates(words);
        const out: CompiledPattern[] = [];
        for (const group of unless) for (const p of group.candidates(words)) out.push(p);
        return out;
      },
      unlessInText: resolveShared(def.unlessInText),
    });
  }
  const textWide = [...new Set(triggers.flatMap((t) => t.unlessInText))];

  // Prefilter index: a sentence only checks the patterns that share a word with it.
  let order = 0;
  const entries = triggers.flatMap((trigger) => trigger.patterns.map((pattern): PatternEntry => ({ trigger, pattern, order: order++ })));
  const index = new PatternIndex(entries, (e) => e.pattern);
  // Text-wide exceptions and turns are looked for in sentences with nothing else to find: indexed the same way.
  const textWideIndex = new PatternIndex(textWide, (p) => p);
  const turnIndex = new PatternIndex(turns, (p) => p);

  function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
    const input = typeof text === 'string' ? text : '';
    const truncated = input.length > MAX_ANALYSED_CHARS;
    const original = truncated ? input.slice(0, MAX_ANALYSED_CHARS) : input;
    // Soft hyphens and zero-width joiners are taken out so words read whole; `map` leads offsets back to `original`.
    const { text: joined, map } = joinWords(original);
    const masked = maskForAnalysis(joined, options.channel);
    const toOriginal = (i: number) => (map ? map[i]! : i);
    const endToOriginal = (e: number) => (map && e > 0 ? map[e - 1]! + 1 : e);
    const role = options.role ?? 'customer';
    const listens = (t: CompiledTrigger) =>
      (role === 'any' || (role === 'customer' ? t.speakers !== 'rep' : t.speakers !== 'customer')) &&
      (!t.def.sources || !options.source || t.def.sources.includes(options.source));
    // Per trigger, for this call: 0 not asked yet, 1 listens, 2 does not.
    const listening = new Uint8Array(triggers.length);
    const listensTo = (t: CompiledTrigger) => (listening[t.no] ||= listens(t) ? 1 : 2) === 1;
    const anyChance = (patterns: CompiledPattern[], words: SentenceWords): Chance => {
      let best: Chance = Chance.Missing;
      for (const p of patterns) {
        const chance = chanceOf(p.needs, words, p.check);
        if (chance === Chance.May) return chance;
        if (chance > best) best = chance;
      }
      return best;
    };

    // Only sentences with a pattern that could match go to compromise.
    const items: Item[] = [];
    // Sentence number of each item: a walk-back can come in the next sentence ("It felt expensive. But the numbers work, let's do it").
    const sentenceNo: number[] = [];
    // The sentence cap counts the sentences whose patterns' words are there in any order (as it did before the order
    // was checked), so the part of a long text that is read does not depend on the order check.
    let counted = 0;
    let lastCounted = -2;
    let no = -1;
    for (const span of sentenceSpans(masked)) {
      no++;
      const sentence = masked.slice(span.start, span.end);
      const words = sentenceWords(sentence);
      const found: PatternEntry[] = [];
      let wordsThere = false;
      for (const entry of index.candidates(words)) {
        if (!listensTo(entry.trigger)) continue;
        const chance = chanceOf(entry.pattern.needs, words, entry.pattern.check);
        if (chance === Chance.Missing) continue;
        wordsThere = true;
        if (chance === Chance.May) found.push(entry);
      }
      // A sentence with nothing to find still counts when a text-wide exception may be in it.
      // So does a sentence that opens with "But…" and may hold a turn, when the sentence before it is read.
      let kept = found.length > 0;
      if (!kept || !wordsThere) {
        const inText = anyChance(textWideIndex.candidates(words), words);
        const turnOpener = TURN_OPENER.test(sentence);
        const turn = turnOpener ? anyChance(turnIndex.candidates(words), words) : Chance.Missing;
        wordsThere ||= inText !== Chance.Missing || (lastCounted === no - 1 && turn !== Chance.Missing);
        kept ||= inText === Chance.May || (sentenceNo[sentenceNo.length - 1] === no - 1 && turn === Chance.May);
      }
      if (!wordsThere) continue;
      if (counted >= MAX_PARSED_SENTENCES) break;
      counted++;
      lastCounted = no;
      if (!kept) continue;
      found.sort((a, b) => a.order - b.order);
      const candidates: [CompiledTrigger, CompiledPattern[]][] = [];
      for (const { trigger, pattern } of found) {
        const last = candidates[candidates.length - 1];
        if (last?.[0] === trigger) last[1].push(pattern);
        else candidates.push([trigger, [pattern]]);
      }
      items.push({ span, sentence, words, candidates, at: 0 });
      sentenceNo.push(no);
    }
    if (items.length === 0) return truncated ? { categories: [], detections: [], truncated } : { categories: [], detections: [] };
    // The tagger is the expensive part: a sentence gets it only if a pattern it may meet uses a #Tag. The others are
    // only tokenized (contractions are still expanded), which is all that plain word patterns need.
    const readings = items.map((item): Reading => {
      const { words } = item;
      const mayRun = (p: CompiledPattern) => mayMatchInOrder(p.needs, words, p.check);
      // Only the tagger's first steps split "it's" and "we'd" (is or has, would or had): plain word patterns need
      // them there too, and patterns with #Tags the whole tagger.
      if (AMBIGUOUS_CONTRACTION.test(item.sentence)) {
        const tagged = (p: CompiledPattern) => p.tags.length > 0 && mayRun(p);
        for (const [trigger, patterns] of item.candidates) if (patterns.some(tagged) || trigger.unlessIn(words).some(tagged)) return 'tagged';
        return turns.some(tagged) || textWide.some(tagged) ? 'tagged' : 'split';
      }
      let hints: Set<TagHint> | undefined;
      const needsTagger = (p: CompiledPattern) =>
        p.tags.length > 0 && p.tags.some((t) => t === 'always' || (hints ??= sentenceTagHints(item.sentence, words, modelLexicon)).has(t));
      for (const [trigger, patterns] of item.candidates) {
        if (patterns.some(needsTagger)) return 'tagged';
        if (trigger.unlessIn(words).some((u) => u.tags.length > 0 && mayRun(u) && needsTagger(u))) return 'tagged';
      }
      const tagged = (t: CompiledPattern) => t.tags.length > 0 && mayRun(t) && needsTagger(t);
      return turns.some(tagged) || textWide.some(tagged) ? 'tagged' : 'tokens';
    });
    const views = viewsPerItem(items, readings);
    const hitCache = items.map(() => new Map<CompiledPattern, Hit[]>());
    const itemDocs: CompromiseTerm[][][] = [];
    const hitsOf = (pattern: CompiledPattern, i: number): Hit[] => {
      const cache = hitCache[i]!;
      let hits = cache.get(pattern);
      if (hits) return hits;
      hits = [];
      cache.set(pattern, hits);
      if (!mayMatchInOrder(pattern.needs, items[i]!.words, pattern.check)) return hits;
      // What view.match() does, without the two views it builds per call: the item's sentences are read once.
      const view = views[i]!;
      const docs = (itemDocs[i] ??= view.docs);
      const { ptrs } = matchTerms(docs, { regs: pattern.regs }, view._cache);
      for (const [n, from, to] of ptrs) {
        const terms = docs[n]!;
        const first = terms[from];
        if (!first?.offset) continue;
        let end = first.offset.start;
        for (let k = from; k < to; k++) end = Math.max(end, terms[k]!.offset!.start + terms[k]!.text.length);
        hits.push({ start: first.offset.start - items[i]!.at, length: end - first.offset.start });
      }
      return hits;
    };
    /** Whether hit h of pattern p in sentence i stands: a look-alike from a shared set must not be negated there. */
    const stands = (p: CompiledPattern, i: number, h: Hit): boolean => !fromSets.has(p) || !negatedBefore(items[i]!.sentence, h.start, SET_NEGATION);
    /** Whether a pattern holds anywhere in sentence i. */
    const holds = (p: CompiledPattern, i: number): boolean => hitsOf(p, i).some((h) => stands(p, i, h));
    /** Whether an exception holds near a match in sentence i (see `linked`). */
    const holdsNear = (p: CompiledPattern, i: number, match: Hit): boolean =>
      hitsOf(p, i).some((h) => linked(items[i]!.sentence, h, match) && stands(p, i, h));
    const turnStarts = new Map<number, number>();
    const lastTurn = (i: number): number => {
      let last = turnStarts.get(i);
      if (last === undefined) {
        last = -1;
        for (const t of turns) for (const h of hitsOf(t, i)) if (stands(t, i, h)) last = Math.max(last, h.start);
        turnStarts.set(i, last);
      }
      return last;
    };

    const inText = new Map<CompiledPattern, boolean>();
    const textHas = (p: CompiledPattern): boolean => {
      let has = inText.get(p);
      if (has === undefined) inText.set(p, (has = items.some((_, i) => holds(p, i))));
      return has;
    };

    const detections: Detection[] = [];
    const seen = new Set<string>();
    // Categories of triggers listening to the customer (or anyone) that matched but were cancelled: the rules read those
    // words as a look-alike.
    const quieted = new Set<CategoryId>();
    const quiet = (t: CompiledTrigger) => t.speakers !== 'rep' && quieted.add(t.def.category);
    items.forEach((item, i) => {
      const { span, sentence } = item;
      const takenBack = (matchEnd: number): boolean => {
        if (turns.length === 0) return false;
        const contrast = contrastStarts(sentence).find((c) => c >= matchEnd);
        if (contrast !== undefined && lastTurn(i) >= contrast) return true;
        const next = items[i + 1];
        return next !== undefined && sentenceNo[i + 1] === sentenceNo[i]! + 1 && TURN_OPENER.test(next.sentence) && lastTurn(i + 1) >= 0;
      };
      for (const [trigger, patterns] of item.candidates) {
        const { def } = trigger;
        const matches = patterns.flatMap((p) => hitsOf(p, i).map((h) => ({ ...h, ownNegation: p.ownNegation })));
        if (matches.length === 0) continue;
        const unless = trigger.unlessIn(item.words);
        for (const { start, length, ownNegation } of matches) {
          const namesUs = NAMES_US.test(sentence.slice(start, start + length));
          if (unless.some((u) => !(namesUs && aboutOthers.has(u)) && holdsNear(u, i, { start, length }))) {
            quiet(trigger);
            continue;
          }
          // Read every sentence only for a match that survives its own exceptions.
          if (trigger.unlessInText.some(textHas)) {
            quiet(trigger);
            break;
          }
          if (def.negatable !== false && (ownNegation ? doubleNegated(sentence, start) : negatedBefore(sentence, start))) {
            quiet(trigger);
            continue;
          }
          if (trigger.speakers !== 'rep' && (conditionalBefore(sentence, start) || takenBack(start + length) || mentionedInQuotes(sentence, start, start + length))) {
            quiet(trigger);
            continue;
          }
          const key = `${def.id}:${span.start + start}:${length}`;
          if (seen.has(key)) continue;
          seen.add(key);
          // A match that starts at the hidden half of a contraction ("we'd need") starts just after the
          // visible word: move the span onto the next visible word.
          let from = span.start + start;
          let shift = 0;
          while (from + shift < joined.length && /\s/.test(joined[from + shift]!)) shift++;
          from += shift;
          const to = trimEnd(joined, from, Math.min(joined.length, span.start + start + length));
          if (to <= from) continue;
          const start0 = toOriginal(from);
          const end0 = endToOriginal(to);
          detections.push({ category: def.category, trigger: def.id, start: start0, end: end0, text: original.slice(start0, end0), speakers: trigger.speakers });
        }
      }
    });
    const kept = mergeOverlapping(detections, original);
    const categories = categoriesOf(kept);
    const stillQuiet = [...quieted].filter((c) => !categories.includes(c));
    return { categories, detections: kept, ...(truncated && { truncated }), ...(stillQuiet.length > 0 && { quieted: stillQuiet }) };
  }

  return { analyze, triggerCount: triggers.length };
}

/** A compromise view over one item's sentences, as the engine reads it. */
interface View {
  readonly docs: CompromiseTerm[][];
  readonly _cache: unknown;
}
/** compromise's matcher over term lists (what view.match runs): pointers [sentence, start, end] into `docs`. */
const matchTerms = (nlp.methods() as unknown as { one: { match(docs: CompromiseTerm[][], todo: { regs: Reg[] }, cache: unknown): { ptrs: [number, number, number][] } } }).one.match;

const AMBIGUOUS_CONTRACTION = /[a-z]'(s|d)\b/i;
const modelLexicon = () => (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/**
 * How a sentence is read: only tokenized; tokenized with contractions split as the tagger splits them ("it's" is
 * "it is" or "it has" only once the words around it are tagged); or fully tagged, for patterns with #Tags.
 */
export type Reading = 'tokens' | 'split' | 'tagged';
const READINGS: Reading[] = ['tokens', 'split', 'tagged'];

/** A compromise document of the text, read this way. */
export function readText(text: string, reading: Reading): ReturnType<typeof nlp> {
  if (reading === 'tagged') return nlp(text);
  const doc = nlp.tokenize(text);
  // The tagger's steps up to splitting contractions (see nlp.world().hooks): the terms are the full tagger's, at a
  // third of its cost (the rest only tags).
  if (reading === 'split') doc.compute(['index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo']);
  return doc;
}

/**
 * One document per way of reading (one call each: a call costs far more than its share of a longer text), then a
 * view per item over the right document.
 */
function viewsPerItem(items: Item[], readings: Reading[]): View[] {
  const views: View[] = new Array(items.length);
  for (const reading of READINGS) {
    const chosen = items.map((_, i) => i).filter((i) => readings[i] === reading);
    if (chosen.length === 0) continue;
    let text = '';
    const at: number[] = [];
    for (const i of chosen) {
      at.push(text.length);
      // A line break ends a sentence for compromise too, so no match runs from one sentence into the next.
      text += `${items[i]!.sentence.replace(/\n/g, ' ')}\n`;
    }
    const doc = readText(text, reading);
    doc.compute('offset');
    const pointers: number[][][] = chosen.map(() => []);
    const document = (doc as unknown as { document: CompromiseTerm[][] }).document;
    let k = 0;
    document.forEach((sentence, n) => {
      const start = sentence[0]?.offset?.start ?? 0;
      while (k + 1 < at.length && at[k + 1]! <= start) k++;
      pointers[k]!.push([n]);
    });
    chosen.forEach((i, j) => {
      // Offsets in this document are made relative to the item by `at`.
      items[i]!.at = at[j]!;
      views[i] = (doc as unknown as { update(p: number[][]): View }).update(pointers[j]!);
    });
  }
  return views;
}

/** compromise's match text may carry trailing punctuation or spaces; the highlight should end on the last word. */
function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /[\s.,;:!?]/.test(text[e - 1]!)) e--;
  return e;
}

/** The categories of these detections, each once, in their order. */
export function categoriesOf(detections: readonly Detection[]): CategoryId[] {
  const categories: CategoryId[] = [];
  for (const d of detections) if (!categories.includes(d.category)) categories.push(d.category);
  return categories;
}

/** Patterns of one category often match overlapping spans ("sounds too good" / "too good to be true"): merge them. */
export function mergeOverlapping(detections: Detection[], text: string): Detection[] {
  const sorted = [...detections].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Detection[] = [];
  for (const d of sorted) {
    const overlapping = kept.find((k) => k.category === d.category && d.start < k.end && k.start < d.end);
    if (!overlapping) kept.push({ ...d });
    else if (d.end > overlapping.end) {
      overlapping.end = d.end;
      overlapping.text = text.slice(overlapping.start, overlapping.end);
    }
  }
  return kept;
}
