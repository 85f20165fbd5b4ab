import { isBuiltInCategory, type CategoryId } from '../detection/taxonomy';

/**
 * Scores a rep's practice answer locally, against the playbook's principles (docs/playbook.md). Every verdict
 * carries the words that decided it, so the page can highlight them: `evidence` are the words that met the
 * principle, `against` the words that made it miss (pressure language, a commitment ask, ducking, words past the limit).
 * Plain regular expressions over the text: deterministic, fast, and offsets point into the text as typed.
 */

export type PracticeChannel = 'email' | 'caption';

export const PRINCIPLE_IDS = ['customer_question', 'ok_to_say_no', 'advice_not_commitment', 'acknowledge_problem', 'no_pressure', 'concise'] as const;
export type PracticePrincipleId = (typeof PRINCIPLE_IDS)[number];

export const PRINCIPLE_LABELS: Record<PracticePrincipleId, string> = {
  customer_question: 'Asked a customer-focused question',
  ok_to_say_no: 'Made it OK to say no',
  advice_not_commitment: 'Asked for advice, not a commitment',
  acknowledge_problem: 'Acknowledged the problem without ducking it',
  no_pressure: 'No pressure language',
  concise: 'Concise',
};

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface PrincipleResult {
  id: PracticePrincipleId;
  label: string;
  met: boolean;
  /** False when the principle does not apply to this category (it is then left out of the score). */
  applies: boolean;
  /** The words that met it. */
  evidence: Span[];
  /** The words that made it miss. */
  against: Span[];
  /** One short line for the rep. */
  detail: string;
}

export interface ScoreResult {
  principles: PrincipleResult[];
  /** 0–100: the share of applicable principles met. */
  score: number;
  words: number;
  wordLimit: number;
}

/** Acknowledging the problem is scored where the customer is upset or doubtful. */
export const ACKNOWLEDGE_CATEGORIES: readonly string[] = ['complaint', 'skepticism'];
export const WORD_LIMITS: Record<PracticeChannel, number> = { caption: 80, email: 150 };

// "’" and "'" are the same length, so offsets in the normalised copy are offsets in the original.
const normalise = (text: string) => text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"');

function findAll(text: string, patterns: readonly RegExp[], keep?: (m: RegExpExecArray, text: string) => boolean): Span[] {
  const spans: Span[] = [];
  for (const p of patterns) {
    const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (keep && !keep(m, text)) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return mergeSpans(spans);
}

/** Sorted, overlapping spans merged, so highlights never nest. */
export function mergeSpans(spans: Span[], source?: string): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) {
        last.end = s.end;
        last.text = source ? source.slice(last.start, last.end) : last.text + s.text.slice(last.end - s.start);
      }
    } else out.push({ ...s });
  }
  return out;
}

/** Sentences with their offsets: text up to and including . ! ? (or a line break, or the end). */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]*[^.!?\n\s][^.!?\n]*(?:[.!?]+["')\]]*|(?=\n)|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // A sentence starts at its first word (or opening quote): stray markup or symbols before it are not part of it.
    const first = (/^(?:\s|<\/?[a-z][^<>]*>|[^\p{L}\p{N}"'(\u00BF\u00A1<])*/iu.exec(m[0])?.[0].length) ?? 0;
    if (first >= m[0].length) continue;
    const lead = first;
    const body = m[0].slice(first).trimEnd();
    out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

const YOU = /\b(you|your|yours|you're|you've|you'd|you'll|yourself|yourselves)\b/i;
const WH = /\b(what|which|where|when|how|why|who|whom|whose)\b/i;
// Questions that are about us, or push for a yes, however many "you"s they hold.
const PITCH_QUESTION = [
  /\bwould you like (to|me to) (see|hear|book|schedule|buy|sign|try|get|start|set up|hop on|jump on)\b/i,
  /\bdid you know\b/i,
  /\b(wouldn't|don't|won't|can't) you (agree|think|see)\b/i,
  /\b(isn't|aren't|wasn't) (it|that|this)\b[^?]*\?\s*$/i,
  /^\s*(can|could|may|shall|should) (i|we) (send|show|book|schedule|set up|get you|put you|call|follow up|email|grab|lock)\b/i,
  /\b(are you|you're) ready to\b/i,
  /\bwhen (can|could|shall|should) (we|you) (meet|talk|start|sign|schedule|book|go live|get started|kick off)\b/i,
  /\bdo you want to (buy|sign|book|see a demo|get started|move forward)\b/i,
  /\bhow about (a|we|i)\b/i,
  /\bwhat time works\b/i,
  /\bwhen (is|would be) (a )?good time\b/i,
  /\b(sign|commit|buy)\b[^?]*\b(today|now|this week)\b/i,
];
const REP_WORDS = /\b(I|I'm|I'd|I've|I'll|me|my|we|we're|we'd|we've|we'll|us|our|ours)\b/i;
const YES_NO_START = /^\s*(is|are|was|were|do|does|did|would|could|will|has|have|had|can|should)\b/i;

function customerQuestions(text: string): Span[] {
  return sentences(text).filter((s) => {
    if (!s.text.includes('?')) return false;
    // About them: it names them, or at least is not about us ("Who else would be involved?").
    if (!YOU.test(s.text) && REP_WORDS.test(s.text)) return false;
    if (PITCH_QUESTION.some((p) => p.test(s.text)) || COMMITMENT_ASK.some((p) => p.test(s.text))) return false;
    return WH.test(s.text) || YES_NO_START.test(s.text) || /\b(or|either)\b/i.test(s.text);
  });
}

const OK_TO_SAY_NO = [
  /\b(a|an honest|a clear|a straight|a plain|a simple) no\b[^.?!]{0,40}?\b(is|would be|'s)\b[^.?!]{0,25}?\b(fine|ok|okay|good|welcome|helpful|useful|fair|great|better|valuable)\b/i,
  /\bno is (a |an )?(perfectly |completely |totally |absolutely |a )?(fine|ok|okay|acceptable|fair|good|valid|useful)\b/i,
  /\b(fine|ok|okay|free|welcome|alright|all right|can|happy for you) to (just )?(say|tell me) no\b/i,
  /\b(feel free|you can|you're free) to (just )?(say no|pass|decline|walk away)\b/i,
  /\beither (answer|way|one) is (completely |totally |perfectly |absolutely )?(fine|ok|okay|good|great)\b/i,
  /\bif\b[^.?!]{0,60}?\b(no|not|isn't|doesn't|don't|won't|aren't|nothing|never)\b[^.?!]{0,60}?\b((that's|that is|it's|is) (completely |totally |perfectly |absolutely |also )?(fine|ok|okay)|tell me|let me know|say so|no problem|fair|i (completely |would |'d |'ll |will )?understand)/i,
  /\bno hard feelings\b/i,
  /\bwon't take it personally\b/i,
  /\b(won't|will not|not going to|promise not to) (keep |be )?(chas(e|ing)|push(ing)?|pester(ing)?|hound(ing)?|bother(ing)? you)/i,
  /\b(I'd|I would|we'd) (much |far )?rather (know|hear (it|that|a no)|have a no)\b/i,
  /\b(perfectly |completely |totally )?(fine|fair|acceptable) (answer|outcome|reason to say no)\b/i,
  /\b(no pressure|no obligation|no strings( attached)?)\b/i,
  /\b(step back|stop (reaching out|emailing|calling|following up)|leave you (alone|be)|close (this|it|the file) (off|out))\b/i,
  /\byou shouldn't (buy|sign|go ahead|choose)\b/i,
];

const ADVICE = [
  /\b(your|some|an honest) (honest |candid |frank )?(advice|opinion|view|take|perspective|feedback|guidance|input)\b/i,
  /\bwhat would you (suggest|recommend|change|do|advise|want to understand|have done)\b/i,
  /\bhow would you (suggest|recommend|approach|handle|go about)\b/i,
  /\bif you were (in )?(me|my (position|shoes|place))\b/i,
  /\bwhat (should|would|could) I (have )?(do|done|change|changed|say|said|understand|know|fix|improve|learn)\b/i,
  /\bwhat (did )?(I|we) (miss|missed|leave out|left out|get wrong|got wrong|overlook|overlooked)\b/i,
  /\bwhere did (I|we) lose you\b/i,
  /\bwho do you think\b/i,
  /\bwhat would (have )?made this\b/i,
  /\bhelp me (understand|learn|get better|improve)\b/i,
  /\b(no|without any|without a|without) (commitment|obligation)\b/i,
  /\bnot asking (you )?(to|for) (commit|a commitment|buy|sign|a decision|a yes)\b/i,
];
const COMMITMENT_ASK = [
  /\b(sign|book|schedule|set up|lock in|commit to|agree to|confirm|close)\b[^.?!]{0,30}?\b(today|now|this week|tomorrow|a (call|meeting|demo)|the (contract|order|deal|paperwork))\b/i,
  /\bcan (we|I) (count on|get) (you|your) (to|signature|commitment|yes|sign[- ]off)\b/i,
  /\b(are you ready|ready to (buy|sign|move forward|go ahead|get started))\b/i,
  /\b(will|would|could|can) you (sign|commit|buy|champion|back|sponsor|push|sell) (this|it|us|for)\b/i,
  /\bget (this|it|the deal) (signed|done|over the line)\b/i,
];

const ACKNOWLEDGE = [
  /\b(I'm|I am|we're|we are) (so |really |truly |very |genuinely )?sorry\b/i,
  /\b(I|we) (sincerely |truly )?apologi[sz]e\b/i,
  /\bmy apologies\b/i,
  /\byou're (absolutely |completely |quite )?(right|not wrong)\b/i,
  /\b(that's|this is|it's|that is) (on us|on me|our fault|my fault|not (good enough|ok|okay|acceptable|what you (paid|signed up) for))\b/i,
  /\b(our|my) (fault|mistake|mess|error|failure)\b/i,
  /\bwe (got|have got|'ve got) (this|it|that) wrong\b/i,
  /\b(we|I) (let you down|dropped the ball|messed up|failed you|made a mistake|fell short|got it wrong)\b/i,
  /\b(I|we) (take|own|accept) (full |the |complete )?(responsibility|the blame|ownership)\b/i,
  /\b(shouldn't|should not|should never|never should) have happened\b/i,
  /\bI (understand|can see|get|completely understand) (why|how) (you|this|that|it)\b/i,
  /\b(fair|reasonable|healthy|right|sensible|smart|wise) to (be skeptical|doubt|question|be wary|be cautious|be frustrated|be upset|be angry|push back|ask)\b/i,
  /\b(healthy|fair|reasonable|good) (skepticism|scepticism|question|doubt|concern|challenge)\b/i,
  /\b(don't|do not|you shouldn't|no need to) (just )?take my word\b/i,
  /\bI hear you\b/i,
  /\bevery right to\b/i,
  /\b(that|this) (sounds|must be|must have been|is|was) (really |so |incredibly |genuinely )?(frustrating|awful|annoying|unacceptable|infuriating|painful|maddening)\b/i,
  /\bclaims are cheap\b/i,
  /\byou've (heard|been burned|been promised)\b/i,
];
const DUCKING = [
  /\b(not|isn't|wasn't) (really )?(our|my) fault\b/i,
  /\b(company |our )?policy\b/i,
  /\byou should have\b/i,
  /\bthere's nothing (I|we) can do\b/i,
  /\b(beyond|outside|out of) (our|my) control\b/i,
  /\bother (customers|clients) (don't|haven't|never|are happy)\b/i,
  /\bnobody else (has )?(complained|had|has)\b/i,
  /\btrust me\b/i,
  /\b(I|we) (guarantee|promise) (it|you|this|that)\b/i,
  /\b(it|this|our product) (definitely|really|absolutely|100%) (works|delivers)\b/i,
  /\bthat's (just |simply )?not true\b/i,
  /\byou('re| are) (wrong|mistaken)\b/i,
  /\bcalm down\b/i,
  /\b(let's|let us) (move on|not dwell)\b/i,
  /\b(user|operator) error\b/i,
  /\bthese things happen\b/i,
];

const PRESSURE = [
  /\bact (now|fast|quickly|today)\b/i,
  /\blimited[- ]time\b/i,
  /\byou (need|have|must|got|gotta) to\b/i,
  /\byou must\b/i,
  /\blast chance\b/i,
  /\b(today|tonight|this week) only\b/i,
  /\bonly (valid )?(today|tonight|this week)\b/i,
  /\b(offer|price|discount|deal|pricing)s? (ends|expires|won't last|goes away|disappears)\b/i,
  /\bexpires? (today|tonight|tomorrow|soon|on friday|at midnight|this week)\b/i,
  /\bbefore it's too late\b/i,
  /\b(don't|do not) miss (out|this)\b/i,
  /\bhurry\b/i,
  /\bnow or never\b/i,
  /\bfinal offer\b/i,
  /\b(only|just) (a few|\w+) (spots|seats|slots|places|licen[cs]es) left\b/i,
  /\bsign (today|now|tonight|by (friday|monday|tomorrow|tonight|the end))\b/i,
  /\bwhat are you waiting for\b/i,
  /\bno[- ]brainer\b/i,
  /\byou('ll| will) regret\b/i,
  /\beveryone (else )?is (switching|buying|using|moving)\b/i,
  /\bbefore (the|this) (price|offer) (goes up|ends|expires)\b/i,
  /\b(need|want) (a|an|your) (answer|decision|signature) (today|now|by)\b/i,
];
// "if you need to", "whatever you need to", "you don't need to": not pressure.
const SOFTENERS = new Set(['if', 'what', 'whatever', 'anything', 'everything', 'all', 'when', 'whenever', 'do', 'does', 'did', 'would', 'will', 'could', 'might', 'else', "don't", 'not', 'never', 'no', 'than', 'unless', 'in case']);
function notSoftened(m: RegExpExecArray, text: string): boolean {
  if (!/^you (need|have|got|gotta) to/i.test(m[0])) return true;
  // The two words before: "if you need to", "what time you need to".
  const before = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase().match(/[a-z']+/g) ?? [];
  return !before.slice(-2).some((w) => SOFTENERS.has(w));
}

function words(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return out;
}

function result(id: PracticePrincipleId, met: boolean, evidence: Span[], against: Span[], detail: string, applies = true): PrincipleResult {
  return { id, label: PRINCIPLE_LABELS[id], met, applies, evidence, against, detail };
}

/** Scores an answer to a drill of `category`, typed for `channel` (caption means spoken, on a call). */
export function scoreAnswer(answer: string, opts: { category: CategoryId; channel: PracticeChannel }): ScoreResult {
  const original = typeof answer === 'string' ? answer : '';
  const text = normalise(original);
  const fix = (spans: Span[]) => mergeSpans(spans).map((s) => ({ ...s, text: original.slice(s.start, s.end) }));

  const questions = fix(customerQuestions(text));
  const okNo = fix(findAll(text, OK_TO_SAY_NO));
  const advice = fix(findAll(text, ADVICE));
  const asks = fix(findAll(text, COMMITMENT_ASK, (m) => !/\b(no|not|without)\b/i.test(text.slice(Math.max(0, m.index - 25), m.index))));
  const ack = fix(findAll(text, ACKNOWLEDGE));
  const duck = fix(findAll(text, DUCKING));
  const pressure = fix(findAll(text, PRESSURE, notSoftened));
  const all = words(original);
  const limit = WORD_LIMITS[opts.channel] ?? WORD_LIMITS.email;
  const over = all.length > limit ? [{ start: all[limit]!.start, end: original.trimEnd().length, text: original.slice(all[limit]!.start).trimEnd() }] : [];
  const acknowledgeApplies = ACKNOWLEDGE_CATEGORIES.includes(opts.category) || !isBuiltInCategory(opts.category);

  const principles: PrincipleResult[] = [
    result('customer_question', questions.length > 0, questions, [], questions.length ? 'You asked about them.' : 'Ask one question about their situation, goals or doubts.'),
    result('ok_to_say_no', okNo.length > 0, okNo, [], okNo.length ? 'You made no an acceptable answer.' : 'Say plainly that a no is fine.'),
    result(
      'advice_not_commitment',
      advice.length > 0 && asks.length === 0,
      advice,
      asks,
      asks.length ? 'This asks for a commitment; ask for their advice instead.' : advice.length ? 'You asked for their advice.' : 'Ask for their advice or view, not a yes.',
    ),
    result(
      'acknowledge_problem',
      ack.length > 0 && duck.length === 0,
      ack,
      duck,
      duck.length ? 'This ducks the problem or argues with it.' : ack.length ? 'You faced the problem head on.' : 'Name the problem and own your part of it.',
      acknowledgeApplies,
    ),
    result('no_pressure', pressure.length === 0, [], pressure, pressure.length ? 'Drop the pressure: it costs trust.' : 'No pressure language.'),
    result('concise', all.length <= limit, [], over, `${all.length} words (aim for at most ${limit}${opts.channel === 'caption' ? ' when spoken' : ' in an email'}).`),
  ];
  if (!original.trim()) for (const p of principles) p.met = false;
  const counted = principles.filter((p) => p.applies);
  const score = original.trim() ? Math.round((100 * counted.filter((p) => p.met).length) / counted.length) : 0;
  return { principles, score, words: all.length, wordLimit: limit };
}
