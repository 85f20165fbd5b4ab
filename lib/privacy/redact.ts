/**
 * Blanks out personal data before anything is analysed or stored (settings.redact): email addresses, phone numbers
 * and card-like numbers become labelled placeholders. Redaction runs before detection, so stored text and detection
 * offsets always agree. Every pattern is bounded, so hostile page text (200 KB of digits or letters) stays linear.
 */

export const PLACEHOLDERS = { email: '[email]', phone: '[phone]', card: '[card]' } as const;

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])/g;

/** A maximal run of digits joined by single spaces or dashes: the candidates for card numbers. */
const DIGIT_RUN = /(?<![\w+-])\d+(?:[ -]\d+)*(?![\w])/g;

/** +CC then groups, optionally in brackets: "+44 (0)20 7946 0958", "+1-555-123-4567", "+49 30 1234567". */
const INTERNATIONAL = /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,8}(?![\w])/g;
/** US: "(555) 123-4567", "555-123-4567", "555.123.4567", "1-555-123-4567". Separators are required. */
const US = /(?<![\w+(])(?:1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w]|[.-]\d)/g;
/** UK national formats: "020 7946 0958", "0161 496 0000", "01632 960001", "07700 900123", "07700900123". */
const UK = /(?<![\w+])(?:0\d{2}[ -]\d{4}[ -]\d{4}|0\d{3}[ -]\d{3}[ -]\d{4}|0\d{4}[ -]\d{6}|0\d{4}[ -]\d{3}[ -]\d{3}|07\d{9})(?![\w]|[.-]\d)/g;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Within one run of digit groups, the longest stretches of whole groups that are 13–19 digits and pass Luhn. */
function redactCardsInRun(run: string): string {
  const groups: { start: number; end: number; digits: string }[] = [];
  for (const m of run.matchAll(/\d+/g)) groups.push({ start: m.index, end: m.index + m[0].length, digits: m[0] });
  let out = '';
  let cursor = 0;
  let i = 0;
  while (i < groups.length) {
    let found = -1;
    // At most 19 groups can make a card number (each group has at least one digit).
    for (let j = Math.min(groups.length, i + 19); j > i; j--) {
      let digits = '';
      for (let k = i; k < j; k++) digits += groups[k]!.digits;
      if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) {
        found = j;
        break;
      }
    }
    if (found === -1) {
      i++;
      continue;
    }
    out += run.slice(cursor, groups[i]!.start) + PLACEHOLDERS.card;
    cursor = groups[found - 1]!.end;
    i = found;
  }
  return out + run.slice(cursor);
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n++;
  return n;
}

/** The longest leading groups of an international number with 8–15 digits (a year may follow the number). */
function redactInternational(match: string): string {
  const ends = [...match.matchAll(/\d\)?(?=[ .-]|\(|$)/g)].map((m) => m.index + m[0].length).reverse();
  for (const end of ends) {
    const n = countDigits(match.slice(0, end));
    if (n >= 8 && n <= 15) return PLACEHOLDERS.phone + match.slice(end);
  }
  return match;
}

/** One replacement made by a pass, in the coordinates of that pass's input. */
interface Edit {
  start: number;
  end: number;
  /** Length of what replaced input[start, end). */
  length: number;
}

/** Like `input.replace(regex, fn)` (same matches, same output), also listing what changed where. */
function trackedPass(input: string, regex: RegExp, fn: (match: string) => string): { out: string; edits: Edit[] } {
  let out = '';
  let cursor = 0;
  const edits: Edit[] = [];
  for (const m of input.matchAll(regex)) {
    const replacement = fn(m[0]);
    if (replacement === m[0]) continue;
    out += input.slice(cursor, m.index) + replacement;
    cursor = m.index + m[0].length;
    edits.push({ start: m.index, end: cursor, length: replacement.length });
  }
  return { out: cursor === 0 ? input : out + input.slice(cursor), edits };
}

/** Where an offset of a pass's input lands in its output. An offset inside a replaced stretch snaps to its edge. */
function mapThrough(edits: Edit[], offset: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const e of edits) {
    if (offset <= e.start) break;
    if (offset >= e.end) {
      delta += e.length - (e.end - e.start);
      continue;
    }
    return side === 'start' ? e.start + delta : e.start + delta + e.length;
  }
  return offset + delta;
}

export interface TrackedRedaction {
  text: string;
  /** True when anything was replaced. */
  changed: boolean;
  /**
   * Maps an offset of the original text into the redacted text. A span [start, end) maps to
   * [map(start, 'start'), map(end, 'end')); a span that began or ended inside a replaced stretch grows to cover its
   * placeholder, and one that lay wholly inside it covers just the placeholder.
   */
  map(offset: number, side: 'start' | 'end'): number;
}

/** `redact`, plus a map from the original text's offsets to the redacted text's (for stored highlight spans). */
export function redactTracked(text: string): TrackedRedaction {
  if (!text) return { text, changed: false, map: (offset) => offset };
  const passes: Edit[][] = [];
  let out = text;
  const run = (regex: RegExp, fn: (match: string) => string) => {
    const pass = trackedPass(out, regex, fn);
    out = pass.out;
    if (pass.edits.length) passes.push(pass.edits);
  };
  run(EMAIL, () => PLACEHOLDERS.email);
  run(DIGIT_RUN, (digits) => (countDigits(digits) >= 13 ? redactCardsInRun(digits) : digits));
  run(INTERNATIONAL, redactInternational);
  run(US, () => PLACEHOLDERS.phone);
  run(UK, () => PLACEHOLDERS.phone);
  return {
    text: out,
    changed: passes.length > 0,
    map: (offset, side) => passes.reduce((o, edits) => mapThrough(edits, o, side), offset),
  };
}

export function redact(text: string): string {
  return redactTracked(text).text;
}

/** Null-safe redaction for optional fields (speaker names, sender addresses). */
export function redactOptional<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? redact(value) : value) as T;
}
