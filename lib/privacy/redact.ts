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

export function redact(text: string): string {
  if (!text) return text;
  let out = text.replace(EMAIL, PLACEHOLDERS.email);
  out = out.replace(DIGIT_RUN, (run) => (countDigits(run) >= 13 ? redactCardsInRun(run) : run));
  out = out.replace(INTERNATIONAL, redactInternational);
  out = out.replace(US, PLACEHOLDERS.phone);
  out = out.replace(UK, PLACEHOLDERS.phone);
  return out;
}

/** Null-safe redaction for optional fields (speaker names, sender addresses). */
export function redactOptional<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? redact(value) : value) as T;
}
