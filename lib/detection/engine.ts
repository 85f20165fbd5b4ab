import nlp from 'compromise';
import type { CategoryId } from './taxonomy';
import type { AnalysisResult, AnalyzeOptions, Detection, SpeakerScope, TriggerDef, TriggerPack } from './types';
import { joinWords, maskForAnalysis, sentenceSpans } from './mask';
import { mayMatch, requirements, sentenceWords, type Reg } from './prefilter';
import { phraseToPattern } from './phrase';
import { expandLemmas } from './lemmas';
import { longestChoicesFirst, spellOutContractions, workAroundWildcardGroups } from './compromise-quirks';

/** Longer input is cut here (and reported as truncated) so a pasted novel cannot stall the worker. */
export const MAX_ANALYSED_CHARS = 100_000;
/** At most this many sentences get the full tagger per call; the prefilter keeps real text far below it. */
const MAX_PARSED_SENTENCES = 300;
/** How many words before a match are searched for a negation that cancels it ("we don't need..."). */
const NEGATION_WINDOW_WORDS = 3;
const NEGATION = /\b(not|never|no|without|hardly)\b|n't\b/i;
// A clause break ends the negation's reach: "No, send me the details" is still a request.
const CLAUSE_BREAK = /[,;:]|\b(but|and|so|because|though|although)\b/gi;

type Doc = ReturnType<typeof nlp>;
/** A pattern parsed once; `needs` are the words a sentence must contain for it to have a chance. */
interface CompiledPattern {
  regs: Reg[];
  needs: string[][];
  /** The pattern starts with its own negation ("not a good time"): the "n't" of "isn't" before it is part of the match. */
  ownNegation: boolean;
}

const NEGATION_WORDS = new Set(['not', 'no', 'never']);

interface CompiledTrigger {
  def: TriggerDef;
  speakers: SpeakerScope;
  patterns: CompiledPattern[];
  unless: CompiledPattern[];
}

function compile(pattern: string): CompiledPattern {
  const regs = nlp.parseMatch(pattern) as unknown as Reg[];
  const first = regs[0];
  const firstWords = first ? [first.word, ...(first.fastOr ?? []), ...(first.choices ?? []).map((c) => c[0]?.word)] : [];
  return { regs, needs: requirements(regs), ownNegation: firstWords.some((w) => w !== undefined && NEGATION_WORDS.has(w)) };
}

export interface Detector {
  analyze(text: string, options: AnalyzeOptions): AnalysisResult;
  readonly triggerCount: number;
}

/** Plain words become a lemma-aware pattern; anything already in match syntax is used as it is. */
function asPatterns(phraseOrPattern: string): string[] {
  const pattern = /[#{}()|\[\]*?!^$~/]/.test(phraseOrPattern) ? phraseOrPattern : phraseToPattern(phraseOrPattern);
  return workAroundWildcardGroups(longestChoicesFirst(spellOutContractions(expandLemmas(pattern))));
}

function clauseBefore(sentence: string, matchStart: number): string {
  const before = sentence.slice(0, matchStart);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = (m.index ?? 0) + m[0].length;
  return before.slice(clauseStart);
}

function negatedBefore(sentence: string, matchStart: number): boolean {
  const clause = clauseBefore(sentence, matchStart);
  // "Why don't you just send me…" is a request, not a negation.
  if (/\bwhy (don't|do not|not)\b/i.test(clause)) return false;
  const words = clause.trim().split(/\s+/).filter(Boolean);
  return words.slice(-NEGATION_WINDOW_WORDS).some((w) => NEGATION.test(w));
}

// A condition is not a statement: "if price is a concern, we have a starter plan", "if anyone isn't interested".
const CONDITION = /\b(if|unless|in case|suppose|supposing|assuming|what if)\b/gi;
const CONDITION_WINDOW_WORDS = 6;
// Idioms that start with "if" but state what follows: "if I'm honest, it's too expensive".
// "If you could send me..." is a polite request, "if this keeps happening" a recurring problem, "excuse me if I'm cynical" a statement.
const CONDITION_IDIOM =
  /\bif (i'm|i am|we're|we are|i was|i'm being|i am being|we're being) (honest|being honest|frank|being frank|totally honest|brutally honest|blunt|being blunt|straight)\b|\bif (you ask me|anything|not|so|you like|i may say|i'm not mistaken)\b|\bif (you|u)\b(?!\s*('re|are|were)\b)|\bif (this|it|that) (keeps|continues|carries on|goes on|happens again)\b|\b(excuse me|forgive me|sorry|pardon me|apologies) if\b|\bas if\b|\beven if\b/gi;
// The main clause after the condition speaks for the speaker: "if it's relevant, I'll come back to you".
const MAIN_CLAUSE = /\b(i|we)\s*('ll|'d|will|would|can|could|have to|need to|are going to|am going to|must)\b|\b(let me|let's|then)\b/i;

function conditionalBefore(sentence: string, matchStart: number): boolean {
  const before = clauseBefore(sentence, matchStart);
  // Idioms can run into the match ("if this keeps happening"): blank them with the match's first words in view.
  const clause = (before + sentence.slice(matchStart, matchStart + 24)).replace(CONDITION_IDIOM, (m) => ' '.repeat(m.length)).slice(0, before.length);
  let last = -1;
  for (const m of clause.matchAll(CONDITION)) last = (m.index ?? 0) + m[0].length;
  if (last < 0) return false;
  const between = clause.slice(last);
  if (between.trim().split(/\s+/).filter(Boolean).length > CONDITION_WINDOW_WORDS) return false;
  return !MAIN_CLAUSE.test(between + ' ' + sentence.slice(matchStart, matchStart + 16));
}

// "not interested in the basic tier, but the enterprise plan looks right": a later clause can take back an earlier one.
const CONTRAST = /\b(but|though|although|however|yet|except)\b/gi;

/** Offsets in the sentence where a contrasting clause starts. */
function contrastStarts(sentence: string): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(CONTRAST)) out.push(m.index ?? 0);
  return out;
}

export function createDetector(pack: TriggerPack): Detector {
  const sets = pack.sets ?? {};
  // Shared "unless" sets are referenced by many triggers: compile each source string once (cold start matters).
  const cache = new Map<string, CompiledPattern[]>();
  const compiled = (source: string): CompiledPattern[] => {
    let out = cache.get(source);
    if (!out) cache.set(source, (out = asPatterns(source).map(compile)));
    return out;
  };
  const unlessOf = (def: TriggerDef): CompiledPattern[] =>
    (def.unless ?? []).flatMap((u) => (u.startsWith('@') ? (sets[u.slice(1)] ?? []) : [u])).flatMap(compiled);
  // A clause after "but" that matches one of these (a buying signal, a fix, a reason to switch) takes back the moments before it.
  const turns = (sets.turn ?? []).flatMap(compiled);
  const triggers: CompiledTrigger[] = [];
  for (const def of pack.triggers) {
    if (def.enabled === false) continue;
    triggers.push({
      def,
      speakers: def.speakers ?? 'customer',
      patterns: [...(def.phrases ?? []), ...(def.patterns ?? [])].flatMap(compiled),
      unless: unlessOf(def),
    });
  }
  const forRole = {
    customer: triggers.filter((t) => t.speakers !== 'rep'),
    rep: triggers.filter((t) => t.speakers !== 'customer'),
    any: triggers,
  };

  function analyze(text: string, options: AnalyzeOptions): AnalysisResult {
    const input = typeof text === 'string' ? text : '';
    const truncated = input.length > MAX_ANALYSED_CHARS;
    const original = truncated ? input.slice(0, MAX_ANALYSED_CHARS) : input;
    // Soft hyphens and zero-width joiners are taken out so words read whole; `map` leads offsets back to `original`.
    const { text: joined, map } = joinWords(original);
    const masked = maskForAnalysis(joined, options.channel);
    const toOriginal = (i: number) => (map ? map[i]! : i);
    const endToOriginal = (e: number) => (map && e > 0 ? map[e - 1]! + 1 : e);
    const listening = forRole[options.role ?? 'customer'].filter((t) => !t.def.sources || !options.source || t.def.sources.includes(options.source));
    const detections: Detection[] = [];
    const seen = new Set<string>();
    let parsed = 0;
    for (const span of sentenceSpans(masked)) {
      const sentence = masked.slice(span.start, span.end);
      const words = sentenceWords(sentence);
      // Only triggers with a pattern that could match are tried, and the tagger runs only if there is one.
      const candidates = listening.filter((t) => t.patterns.some((p) => mayMatch(p.needs, words)));
      if (candidates.length === 0) continue;
      if (++parsed > MAX_PARSED_SENTENCES) break;
      const doc = nlp(sentence);
      let lastTurn: number | undefined;
      const takenBack = (matchEnd: number): boolean => {
        if (turns.length === 0) return false;
        const contrast = contrastStarts(sentence).find((c) => c >= matchEnd);
        if (contrast === undefined) return false;
        lastTurn ??= lastTurnStart(doc, turns, words);
        return lastTurn >= contrast;
      };
      for (const trigger of candidates) {
        const { def } = trigger;
        const matches = trigger.patterns
          .filter((p) => mayMatch(p.needs, words))
          .flatMap((p) => matchOffsets(doc, p).map((m) => ({ ...m, ownNegation: p.ownNegation })));
        if (matches.length === 0) continue;
        if (trigger.unless.some((u) => mayMatch(u.needs, words) && doc.has(u.regs as never))) continue;
        for (const { start, length, ownNegation } of matches) {
          if (def.negatable !== false && !ownNegation && negatedBefore(sentence, start)) continue;
          if (trigger.speakers !== 'rep' && (conditionalBefore(sentence, start) || takenBack(start + length))) continue;
          const key = `${def.id}:${span.start + start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          // After a contraction ("we'd need") compromise reports the start at the hidden expanded word,
          // one character early; the length is right, so shift the whole span onto the visible words.
          let from = span.start + start;
          let shift = 0;
          while (from + shift < joined.length && /\s/.test(joined[from + shift]!)) shift++;
          from += shift;
          const to = trimEnd(joined, from, Math.min(joined.length, from + length));
          const start0 = toOriginal(from);
          const end0 = endToOriginal(to);
          detections.push({ category: def.category, trigger: def.id, start: start0, end: end0, text: original.slice(start0, end0), speakers: trigger.speakers });
        }
      }
    }
    const kept = mergeOverlapping(detections, original);
    const categories: CategoryId[] = [];
    for (const d of kept) if (!categories.includes(d.category)) categories.push(d.category);
    return truncated ? { categories, detections: kept, truncated } : { categories, detections: kept };
  }

  return { analyze, triggerCount: triggers.length };
}

/** Where the last turn-pattern match starts in the sentence, or -1. */
function lastTurnStart(doc: Doc, turns: CompiledPattern[], words: ReadonlySet<string>): number {
  let last = -1;
  for (const t of turns) {
    if (!mayMatch(t.needs, words)) continue;
    for (const { start } of matchOffsets(doc, t)) last = Math.max(last, start);
  }
  return last;
}

function matchOffsets(doc: Doc, pattern: CompiledPattern): { start: number; length: number }[] {
  const view = doc.match(pattern.regs as never);
  if (!view.found) return [];
  return (view.json({ offset: true }) as { offset: { start: number; length: number } }[]).map((m) => m.offset);
}

/** compromise's match text may carry trailing punctuation or spaces; the highlight should end on the last word. */
function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /[\s.,;:!?]/.test(text[e - 1]!)) e--;
  return e;
}

/** Patterns of one category often match overlapping spans ("sounds too good" / "too good to be true"): merge them. */
function mergeOverlapping(detections: Detection[], text: string): Detection[] {
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
