import type { Channel } from './types';

/**
 * Masking keeps every character's position: what we do not want analysed becomes spaces of the same length,
 * so match offsets from the masked text are offsets into the original text, with no mapping tables.
 */
function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

function maskRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + blank(text.slice(start, end)) + text.slice(end);
}

// Control characters, bidi marks (they come with RTL text) and separators that could glue words invisibly.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u2028\u2029\u202A-\u202E\u2061-\u2064]/g;
/**
 * Characters that sit inside a word without ending it: the soft hyphen a mail client adds for line breaking
 * ("pric\u00ADing" is "pricing"), zero-width spaces and joiners, the word joiner, BOM, CGJ and Mongolian vowel separator.
 */
export const IN_WORD = /[\u00AD\u034F\u180E\u200B-\u200D\u2060\uFEFF]/g;
/** One such character (no `g` flag, so `test` keeps no state between calls). */
export const IN_WORD_CHAR = new RegExp(IN_WORD.source);

/** Text with in-word invisible characters removed, and where each of its characters came from. */
export interface Joined {
  text: string;
  /** map[i] is the original offset of text[i]; map[text.length] is the original length. Absent when nothing was removed. */
  map?: Int32Array;
}

/**
 * Contractions typed without their apostrophe ("dont", "cant", "im", "theyre"), common in quick emails and some
 * caption engines: the apostrophe is put back so patterns and negation read them as "don't", "can't". Only forms that
 * are not also words ("were", "well", "ill", "its", "lets", "hell", "shell" stay as they are).
 */
const BARE_CONTRACTION = /\b(?:(do|does|did|ca|wo|is|are|was|were|have|has|had|would|could|should|must|need|ai)n(t)|(i)(m)|(i|you|we|they|would|could|should|might|must)(ve)|(you|they)(re)|(you|they|it|that)(ll)|(that|what|there|here|she)(s))\b/gi;

/** Removes in-word invisible characters and restores bare contractions; offsets go back to the original through `map`. */
export function joinWords(original: string): Joined {
  const joined = removeInWord(original);
  BARE_CONTRACTION.lastIndex = 0;
  if (!BARE_CONTRACTION.test(joined.text)) return joined;
  BARE_CONTRACTION.lastIndex = 0;
  const from = joined.text;
  const at = (i: number) => (joined.map ? joined.map[i]! : i);
  // An inserted apostrophe maps to the character before it, so a match never starts or ends on it.
  const map: number[] = [];
  let text = '';
  let last = 0;
  for (const m of from.matchAll(BARE_CONTRACTION)) {
    const cut = m.index! + m[0].length - (m.slice(1).filter(Boolean).pop()!.length);
    for (let i = last; i < cut; i++) map.push(at(i));
    text += from.slice(last, cut) + "'";
    map.push(at(cut - 1));
    last = cut;
  }
  for (let i = last; i <= from.length; i++) map.push(at(i));
  text += from.slice(last);
  return { text, map: Int32Array.from(map) };
}

function removeInWord(original: string): Joined {
  IN_WORD.lastIndex = 0;
  if (!IN_WORD.test(original)) return { text: original };
  const map = new Int32Array(original.length + 1);
  let text = '';
  let n = 0;
  let runStart = 0;
  for (let i = 0; i <= original.length; i++) {
    const code = i < original.length ? original.charCodeAt(i) : -1;
    const drop = code === 0xad || code === 0x34f || code === 0x180e || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
    if (drop || i === original.length) {
      text += original.slice(runStart, i);
      for (let j = runStart; j < i; j++) map[n++] = j;
      runStart = i + 1;
    }
  }
  map[n] = original.length;
  return { text, map: map.subarray(0, n + 1) };
}
// Typographic apostrophes would hide contractions ("don’t") from the matcher.
const CURLY_APOSTROPHE = /[\u2018\u2019\u02BC]/g;

/** Start of quoted history in a reply: everything from here on is somebody's earlier mail. */
const QUOTE_HEADER = [
  // Gmail's "On <date>, <name> <address> wrote:", which it wraps onto a second line when the name is long.
  /^On (?=[^\n]*\d)[^\n]{3,200}(\n[^\n]{0,200})?\b(wrote|schrieb|a écrit|escribió|scrisse)\s?:?\s*$/m,
  // Other languages' clients: "Le … a écrit :", "Am … schrieb …:", "El … escribió:".
  /^(Le|Am|El|Il|Op) [^\n]{3,200}\b(a écrit|schrieb|escribió|ha scritto|schreef)[^\n]{0,80}:\s*$/m,
  // "Sam Lee <sam@vendor.io> wrote:", "Sam Lee wrote on 24 Feb 2026, at 11:51:".
  /^[^\n]{0,120}<[^\s<>@]+@[^\s<>]+>[^\n]{0,80}\b(wrote|writes)\s?:\s*$/m,
  /^[^\n]{1,80}\b(wrote|writes) on (?=[^\n]*\d)[^\n]{3,100}:\s*$/m,
  /^[-_ ]*(Original Message|Forwarded message|Begin forwarded message:?)[-_ ]*$/im,
  // Outlook's block, bold in HTML mail turned to text ("*From:*"), and a rule of underscores above it.
  /^\*?From:\*?[ \t].+\n\*?(Sent|Date|To|Cc|Subject):\*?[ \t].+/m,
  /^\*?(Sent|Date):\*?[ \t].+\n\*?(From|To):\*?[ \t].+/m,
  /^_{10,}\s*$/m,
];
/** A line that is only a sign-off; the rest of the email below it is the signature. */
const SIGN_OFF =
  /^[ \t]*(best|best regards|kind regards|warm regards|warmest regards|regards|rgds|many thanks|thanks|thank you|thanks again|thanks (and|&) regards|thanks (and|&) best|with thanks|cheers|sincerely|yours sincerely|yours faithfully|yours truly|yours|best wishes|warm wishes|warmly|all the best|br|kr|talk soon|speak soon|take care|have a (good|great|nice|lovely) (one|day|week|weekend))[ \t]*[,.!]?[ \t]*$/im;
/**
 * Boilerplate a mail client or a mailing list adds to a line of its own: reading it would find "unsubscribe"
 * or "confidential" in every newsletter. "Please unsubscribe me" is not boilerplate and stays.
 */
const BOILERPLATE_LINE =
  /^[ \t]*(sent from (my|outlook|yahoo|gmail|mail for)\b|get outlook for\b|you('re| are) receiving this\b|to unsubscribe\b|unsubscribe (here|any ?time|at any time|from (this|these|our|all))\b|(click|tap) here to unsubscribe\b|manage (your )?(email |subscription |mailing )?preferences\b|view (this|it) (email )?in your browser\b|please consider the environment\b|(this|the information in this) e-?mail (and any attachments? )?(is|are|contains?|may contain) (confidential|privileged|intended)\b|confidentiality notice\b|disclaimer:).*$/gim;
const SIGNATURE_DELIMITER = /^-- ?$/m;

function maskEmailTail(text: string): string {
  let out = text;
  let cut = text.length;
  for (const re of QUOTE_HEADER) {
    const m = re.exec(out);
    if (!m) continue;
    // Bottom-posted and interleaved replies put the header above "> " lines and answer below them:
    // then only the header goes, the quoted lines are blanked below and the answer is kept.
    const after = out.slice(m.index + m[0].length).replace(/^\s*\n/, '');
    if (/^[ \t]*>/.test(after)) out = maskRange(out, m.index, m.index + m[0].length);
    else if (m.index < cut) cut = m.index;
  }
  const delimiter = SIGNATURE_DELIMITER.exec(out);
  if (delimiter && delimiter.index < cut) cut = delimiter.index;
  // A sign-off only counts as such near the end, so "Thanks" as a first line is still read.
  const signOff = SIGN_OFF.exec(out.slice(0, cut));
  if (signOff && signOff.index > 0 && cut - signOff.index < 400) cut = signOff.index;
  if (cut < out.length) out = maskRange(out, cut, out.length);
  out = out.replace(BOILERPLATE_LINE, (line) => blank(line));
  // Inline quoted lines ("> earlier text") are the customer's old words, not this message.
  out = out.replace(/^[ \t]*>.*$/gm, (line) => blank(line));
  return out;
}

// Caption fillers and false starts carry no meaning and break phrase matching ("send me um some info").
// "let you know" is a promise to reply and "how do you know" a question, not the filler.
const FILLERS = /\b(um+|uh+|erm+|er|hmm+|mhm|mm+|ah+|uh-huh|(?<!\b(let|do|does|did|would|could|can|will|if|as|what|when|'ll)\s)you know|i mean|kind of like|sort of like)\b,?/gi;
const FALSE_START = /\b[\w']{1,12}-(?=\s)/g;
// "we we just" -> blank the earlier copies so the phrase reads "we just". "not not" is a double negation, not a stutter.
const REPEATED_WORD = /\b(?!not\b)([\w']+)[\s,]+(?=\1\b)/gi;
// "i can't i can't find it", "we are we are looking": a repeated pair of words is a false start too.
const REPEATED_PAIR = /\b([\w']+[ \t]+[\w']+)[ \t,]+(?=\1\b)/gi;

// "like" as a filler ("revisit this like early next year", "in like a month"), not the verb ("I'd like").
const FILLER_LIKE = /(?<!\b(?:would|'d|i|we|you|they|look|looks|sound|sounds|feel|feels|seem|seems|something|anything|nothing|more|much|just|things|stuff)\s)\blike(?=\s+(?:a|an|the|early|late|next|this|two|three|four|five|six|ten|twenty|forty|fifty|way|in|on|at|\d))\b/gi;

function maskSpeechNoise(text: string): string {
  return text
    .replace(FILLERS, blank)
    .replace(FILLER_LIKE, blank)
    .replace(FALSE_START, blank)
    .replace(REPEATED_PAIR, blank)
    .replace(REPEATED_WORD, blank);
}

// British spellings rewritten to American ones of the same length, so patterns need one spelling.
const BRITISH_ISE = /\b(organi|priori|reali|recogni|authori|finali|customi|apologi|minimi|maximi|speciali|utili|standardi|optimi|centrali|categori|summari|emphasi|criti|visuali|synchroni|moderni|analy|paraly)s(e|es|ed|ing|ation|ations)\b/gi;
const BRITISH_WORDS: Record<string, string> = { licence: 'license', licences: 'licenses', centre: 'center', centres: 'centers' };

function americanise(text: string): string {
  return text
    .replace(BRITISH_ISE, (_m, stem: string, ending: string) => `${stem}z${ending}`)
    .replace(/\b(licences?|centres?)\b/gi, (m) => BRITISH_WORDS[m.toLowerCase()] ?? m);
}

/** Returns text of the same length with everything that should not be analysed blanked out. */
export function maskForAnalysis(text: string, channel: Channel): string {
  let out = text.replace(INVISIBLE, ' ').replace(CURLY_APOSTROPHE, "'");
  if (channel === 'email') out = maskEmailTail(out);
  out = maskSpeechNoise(out);
  return americanise(out);
}

export interface Span {
  start: number;
  end: number;
}

const MAX_SENTENCE = 400;

/** Sentence spans of masked text: on end punctuation, line breaks and semicolons; long runs are cut at word boundaries. */
const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|approx|incl|esp|mr|mrs|ms|dr)\.$/i;
// The first dot of "e.g." or "i.e."; case-sensitive, since "...so do I." ends a sentence.
const LOWER_ABBREVIATION = /\b[ei]\.$/;

export function sentenceSpans(masked: string): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?;\n]+(?:[.!?;]+|\n|$)/g;
  let m: RegExpExecArray | null;
  let carried = -1;
  while ((m = re.exec(masked))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = carried >= 0 ? carried : m.index;
    const end = m.index + m[0].length;
    // "e.g.", "approx.", "2.5k": a dot that does not end the sentence, so what follows stays in it.
    const soFar = masked.slice(start, end);
    if (end < masked.length && (ABBREVIATION.test(soFar) || LOWER_ABBREVIATION.test(soFar) || (/\d\.$/.test(soFar) && /\d/.test(masked[end]!)))) {
      carried = start;
      continue;
    }
    carried = -1;
    while (start < end && /\s/.test(masked[start]!)) start++;
    if (!/[\p{L}\p{N}]/u.test(masked.slice(start, end))) continue;
    // A run-on caption or a pasted wall of text: cut into bounded pieces so one sentence stays cheap.
    while (end - start > MAX_SENTENCE) {
      let cut = masked.lastIndexOf(' ', start + MAX_SENTENCE);
      if (cut <= start) cut = start + MAX_SENTENCE;
      spans.push({ start, end: cut });
      start = cut;
    }
    spans.push({ start, end });
  }
  return spans;
}
