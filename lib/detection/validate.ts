import nlp from 'compromise';

/**
 * Checks for what a rep (or an imported pack, or a team policy) may put in a trigger. Everything here runs in the
 * background on every email and caption, so a pattern that could hang the tagger, or silently never match, is
 * refused with a message that says what to change.
 */
export type ValidationResult = { ok: true } | { ok: false; message: string };

export const MAX_PATTERN_CHARS = 300;
/** Wildcards (`.`, `*`, `+`, `{m,n}`) allowed in one pattern. */
export const MAX_WILDCARDS = 4;
/** The largest n in a `{m,n}` repeat. */
export const MAX_REPEAT = 8;

/** The characters that make the engine treat a string as match syntax rather than a plain phrase. */
export const MATCH_SYNTAX = /[#{}()|\[\]*?!^$~/<>+]/;

const ok: ValidationResult = { ok: true };
const fail = (message: string): ValidationResult => ({ ok: false, message });

let knownTags: Set<string> | undefined;
/** compromise's own tag set: `#Nuon` (a typo) would parse fine and then never match anything. */
export function isKnownTag(tag: string): boolean {
  knownTags ??= new Set(Object.keys((nlp.model() as { one: { tagSet: Record<string, unknown> } }).one.tagSet).map((t) => t.toLowerCase()));
  return knownTags.has(tag.toLowerCase());
}

function basics(value: unknown, what: string): ValidationResult | string {
  if (typeof value !== 'string') return fail(`The ${what} must be text.`);
  const trimmed = value.trim();
  if (!trimmed) return fail(`The ${what} is empty: write at least one word.`);
  if (trimmed.length > MAX_PATTERN_CHARS) return fail(`The ${what} is ${trimmed.length} characters long; the limit is ${MAX_PATTERN_CHARS}.`);
  // Control characters (and the invisible ones a paste brings) never match what a page shows.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return fail(`The ${what} contains a line break or control character: one per line, please.`);
  return trimmed;
}

/** A plain phrase ("circle the wagons"): words only, matched with their natural variants. */
export function validatePhrase(phrase: unknown): ValidationResult {
  const checked = basics(phrase, 'phrase');
  if (typeof checked !== 'string') return checked;
  const syntax = checked.match(MATCH_SYNTAX);
  if (syntax) {
    return fail(`Phrases are plain words, but this one contains "${syntax[0]}". Put match syntax under Advanced patterns, or remove it.`);
  }
  if (!/[\p{L}\p{N}]/u.test(checked)) return fail('The phrase has no words in it, only punctuation.');
  if (checked.split(/\s+/).length > 20) return fail('The phrase has more than 20 words; a trigger should be the few words that give the moment away.');
  return ok;
}

/** An advanced pattern in compromise match syntax. */
export function validatePattern(pattern: unknown): ValidationResult {
  const checked = basics(pattern, 'pattern');
  if (typeof checked !== 'string') return checked;
  const p = checked;

  if (/\//.test(p)) {
    return fail('Regular expressions (/.../) are not allowed: some of them take forever on long text. Use words, (a|b) choices and . wildcards instead.');
  }

  // Brackets: balanced, and no group inside another (compromise does not support nesting; it mis-parses silently).
  const stack: { ch: string; at: number }[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === '(' || ch === '[' || ch === '{' || ch === '<') {
      if (stack.length > 0) {
        const outer = stack[stack.length - 1]!.ch;
        // What compromise understands: a lemma in a choice "({call}|{ring})", a choice in a capture group "[(a|b)]",
        // a capture group in a choice. A choice in a choice "(a|(b|c))" silently never matches its inner words.
        const allowed = (outer === '(' && (ch === '{' || ch === '[')) || (outer === '[' && (ch === '(' || ch === '{'));
        if (!allowed) {
          return fail(`"${ch}" at character ${i + 1} is inside "${outer}…": groups cannot be nested. Split it into two patterns, or list the choices in one (a|b|c).`);
        }
      }
      stack.push({ ch, at: i });
    } else if (ch in pairs) {
      const open = stack.pop();
      if (!open) return fail(`"${ch}" at character ${i + 1} has no opening "${pairs[ch]}".`);
      if (open.ch !== pairs[ch]) return fail(`"${open.ch}" at character ${open.at + 1} is closed by "${ch}" at character ${i + 1}.`);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    const closer = Object.keys(pairs).find((k) => pairs[k] === open.ch);
    return fail(`"${open.ch}" at character ${open.at + 1} is never closed: add "${closer}".`);
  }

  // Groups and choices must hold something: "()" or "(a||b)" matches empty words.
  if (/\(\s*\)|\[\s*\]|\{\s*\}|<\s*>/.test(p)) return fail('The pattern has an empty group; put at least one word inside it.');
  if (/\(\s*\||\|\s*\||\|\s*\)/.test(p)) return fail('A choice in (a|b) is empty: remove the extra "|".');
  if (/\|/.test(p.replace(/\([^()]*\)/g, ''))) return fail('"|" only works inside a group: write (this|that).');

  // Tags must be ones compromise knows, or the trigger silently never fires.
  for (const m of p.matchAll(/#([A-Za-z]*)/g)) {
    const tag = m[1]!;
    if (!tag) return fail('"#" must be followed by a tag name, such as #Noun or #Value.');
    if (!isKnownTag(tag)) return fail(`#${tag} is not a tag compromise knows, so it would never match. Try #Noun, #Verb, #Value, #Person, #Organization, #Date or #ProperNoun.`);
  }

  // Wildcards and repeats: each one multiplies what the matcher may try.
  const repeats = [...p.matchAll(/(?<=[^\s({[|]|^)\{\s*(\d*)\s*(,\s*(\d*)\s*)?\}/g)];
  let wildcards = 0;
  for (const r of repeats) {
    const min = r[1] ? Number(r[1]) : 0;
    const max = r[2] === undefined ? min : r[3] ? Number(r[3]) : Infinity;
    if (!Number.isFinite(max)) return fail(`"${r[0]}" has no upper bound; give one of at most ${MAX_REPEAT}, such as {0,3}.`);
    if (max > MAX_REPEAT) return fail(`"${r[0]}" allows up to ${max} words; at most ${MAX_REPEAT} are allowed.`);
    if (min > max) return fail(`"${r[0]}" has its smallest count above its largest.`);
    wildcards++;
  }
  // Lemma braces ({send}) were not counted above; drop them and the repeats before counting the rest.
  const rest = p.replace(/\.?\{\s*\d*\s*(,\s*\d*\s*)?\}/g, ' ').replace(/\{[^}]*\}/g, ' x ');
  wildcards += (rest.match(/(^|\s|\()\.(?=[\s?*+)|]|$)/g) ?? []).length;
  wildcards += (rest.match(/[*+]/g) ?? []).length;
  if (wildcards > MAX_WILDCARDS) return fail(`The pattern has ${wildcards} wildcards or repeats (., *, +, {m,n}); at most ${MAX_WILDCARDS} are allowed.`);
  if (/^[\s.?*+!^$]*$/.test(rest.replace(/\{[^}]*\}/g, '')) && !/[\p{L}\p{N}#{(\[]/u.test(p)) {
    return fail('The pattern matches any words at all; it needs at least one word or tag.');
  }

  let regs: unknown[];
  try {
    regs = nlp.parseMatch(p) as unknown[];
  } catch (error) {
    return fail(`compromise cannot read this pattern (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!Array.isArray(regs) || regs.length === 0) return fail('compromise cannot read this pattern: it produced no terms.');
  // Every term must require something: a pattern of only optional terms matches everywhere.
  const required = (regs as { optional?: boolean; anything?: boolean; negative?: boolean }[]).filter((r) => !r.optional && !r.anything && !r.negative);
  if (required.length === 0) return fail('Every part of the pattern is optional or a wildcard, so it would match any text. Make at least one word required.');
  return ok;
}

/** A phrase or pattern, as the engine decides: anything with match syntax is a pattern. */
export function validatePhraseOrPattern(value: unknown): ValidationResult {
  return typeof value === 'string' && MATCH_SYNTAX.test(value) ? validatePattern(value) : validatePhrase(value);
}

/** An entry of "do not fire when": a phrase, a pattern, or a named set ("@buying_signal"). */
export function validateException(value: unknown, setNames: readonly string[]): ValidationResult {
  if (typeof value === 'string' && value.trim().startsWith('@')) {
    const name = value.trim().slice(1);
    if (setNames.includes(name)) return ok;
    return fail(`There is no set called @${name}. Known sets: ${setNames.map((s) => `@${s}`).join(', ') || 'none'}.`);
  }
  return validatePhraseOrPattern(value);
}
