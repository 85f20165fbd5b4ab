/**
 * compromise 14.17 silently never matches when an optional wildcard (`.?`, `.{0,3}`, `.*`) is followed by a
 * group holding a multi-word choice: `take me off your .? (list|mailing list)` misses "take me off your list".
 * We split such a group into one pattern per multi-word choice plus one with the single words, which compromise
 * handles correctly. Patterns without the construct pass through unchanged.
 */
const MAX_VARIANTS = 64;

function topLevelTokens(pattern: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of pattern) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (ch === ' ' && depth === 0) {
      if (current) tokens.push(current);
      current = '';
    } else current += ch;
  }
  if (current) tokens.push(current);
  return tokens;
}

const isWildcard = (token: string) => /^\.(\?|\*|\{\d*,\d*\})?$/.test(token);

function splitGroup(token: string): string[] | null {
  const m = token.match(/^\(([^()]*)\)(\?)?$/);
  if (!m) return null;
  const choices = m[1]!.split('|');
  const multi = choices.filter((c) => c.trim().includes(' '));
  if (multi.length === 0) return null;
  const single = choices.filter((c) => !c.trim().includes(' '));
  const optional = m[2] ?? '';
  const variants = multi.map((c) => c.trim());
  if (single.length) variants.push(`(${single.join('|')})`);
  // An optional group can also be absent; keep that reading as its own pattern.
  if (optional) variants.push('');
  return variants;
}

export function workAroundWildcardGroups(pattern: string): string[] {
  const tokens = topLevelTokens(pattern);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isWildcard(tokens[i]!)) continue;
    const variants = splitGroup(tokens[i + 1]!);
    if (!variants) continue;
    const out: string[] = [];
    for (const v of variants) {
      const next = [...tokens.slice(0, i + 1), ...(v ? [v] : []), ...tokens.slice(i + 2)].join(' ');
      out.push(...workAroundWildcardGroups(next));
      if (out.length >= MAX_VARIANTS) break;
    }
    return out.slice(0, MAX_VARIANTS);
  }
  return [pattern];
}

/**
 * compromise 14.17 matches a contraction inside a group only when it ends the pattern: `(don't|do not) need`
 * misses "don't need", because the one-word choice "don't" takes the first half of the contraction, the hidden
 * "not" is left over, and the other choices are never tried. Bare words are fine (`don't need` works). So a
 * contracted choice in a group is replaced, where it stands, by its spelled-out forms, which compromise matches
 * against both "don't" and "do not". "'s" and "'d" are often left whole ("it's", and always by the tokenizer
 * alone), so those choices stay too, after the spelled-out ones.
 */
// "let's" is always "let us" to compromise (never "let is"), so its "'s" cannot be left whole like "it's".
const IRREGULAR: Record<string, string> = { "won't": 'will not', "can't": 'can not', "shan't": 'shall not', "ain't": 'is not', "let's": 'let us' };
const SUFFIXES: [RegExp, string[]][] = [
  [/^(\w+)n't$/, ['$1 not']],
  [/^(\w+)'m$/, ['$1 am']],
  [/^(\w+)'re$/, ['$1 are']],
  [/^(\w+)'ve$/, ['$1 have']],
  [/^(\w+)'ll$/, ['$1 will']],
  [/^(\w+)'d$/, ['$1 would', '$1 had', '$&']],
  [/^(\w+)'s$/, ['$1 is', '$1 has', '$&']],
];
const MAX_SPELLINGS = 4;

function spellings(word: string): string[] | null {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return [IRREGULAR[lower]!];
  for (const [re, outs] of SUFFIXES) if (re.test(lower)) return outs.map((o) => lower.replace(re, o));
  return null;
}

function spelledOut(choice: string): string[] {
  let variants = [''];
  for (const word of choice.trim().split(/\s+/)) {
    const options = spellings(word) ?? [word];
    variants = variants.flatMap((v) => options.map((o) => (v ? `${v} ${o}` : o))).slice(0, MAX_SPELLINGS);
  }
  return variants;
}

export function spellOutContractions(pattern: string): string {
  if (!pattern.includes("'")) return pattern;
  return pattern.replace(/\(([^()]*'[^()]*)\)/g, (_group, inner: string) => {
    const out: string[] = [];
    for (const choice of inner.split('|')) {
      for (const s of choice.includes("'") ? spelledOut(choice) : [choice]) if (!out.includes(s)) out.push(s);
    }
    return `(${out.join('|')})`;
  });
}

/**
 * compromise 14.17 takes the first choice of a group that matches and never tries the others: `give me (a|a few)
 * weeks` misses "give me a few weeks", because "a" matches and "few" is then not "weeks". So a choice that
 * extends another one word for word ("a few" after "a") is moved in front of it. Other choices keep their order.
 */
export function longestChoicesFirst(pattern: string): string {
  return pattern.replace(/\(([^()]*\s[^()]*)\)/g, (group, inner: string) => {
    const choices = inner.split('|');
    const ordered: string[] = [];
    for (const choice of choices) {
      const c = choice.trim();
      const at = ordered.findIndex((o) => c.startsWith(`${o.trim()} `));
      if (at >= 0) ordered.splice(at, 0, choice);
      else ordered.push(choice);
    }
    return ordered.every((c, i) => c === choices[i]) ? group : `(${ordered.join('|')})`;
  });
}

/**
 * compromise 14.17 does not support a group inside a group: `(scratch that|forget (that|what i said))` parses into
 * stray words such as "(that" and an empty choice list, and the pattern then matches far more (or less) than
 * written. So nested groups are multiplied out into one flat group: `(scratch that|forget that|forget what i said)`,
 * an optional inner group `(a|b (c)? d)` giving both readings `(a|b c d|b d)`. Flat patterns pass through unchanged.
 */
const MAX_FLAT_CHOICES = 256;

/** The matching ")" of the "(" at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** "|"-separated parts of a group's inside, split only at its own level. */
function splitChoices(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of inner) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Every flat word sequence a choice with groups in it can stand for. */
function readings(choice: string): string[] {
  const open = choice.indexOf('(');
  if (open < 0) return [choice];
  const close = closing(choice, open);
  if (close < 0) return [choice];
  const optional = choice[close + 1] === '?';
  const inner = splitChoices(choice.slice(open + 1, close)).flatMap(readings);
  if (optional) inner.push('');
  const rest = readings(choice.slice(close + (optional ? 2 : 1)));
  const out: string[] = [];
  for (const a of inner) for (const r of rest) if (out.length < MAX_FLAT_CHOICES) out.push(`${choice.slice(0, open)}${a}${r}`);
  return out;
}

export function flattenNestedGroups(pattern: string): string {
  if (!/\([^()]*\(/.test(pattern)) return pattern;
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const close = pattern[i] === '(' ? closing(pattern, i) : -1;
    const inner = close > i ? pattern.slice(i + 1, close) : '';
    if (close < 0 || !inner.includes('(')) {
      out += pattern[i];
      continue;
    }
    const choices = [...new Set(splitChoices(inner).flatMap(readings).map((c) => c.replace(/\s+/g, ' ').trim()))];
    // An empty reading (every word optional) makes the whole group optional.
    const words = choices.filter(Boolean);
    out += `(${words.join('|')})${choices.length > words.length && pattern[close + 1] !== '?' ? '?' : ''}`;
    i = close;
  }
  return out;
}

/**
 * compromise 14.17 splits most hyphenated words in the text into two terms ("sign-off" is "sign-" and "off"), and
 * splits a bare hyphenated word in a pattern the same way, but not one inside a group of choices: `(approval|sign-off)`
 * never matches "the sign-off". So a hyphenated choice gets a spaced twin after it, `(approval|sign-off|sign off)`,
 * which matches the split form; the hyphenated one still matches words compromise keeps whole ("re-send").
 */
export function spaceHyphenatedChoices(pattern: string): string {
  if (!/\([^()]*\w-\w/.test(pattern)) return pattern;
  return pattern.replace(/\(([^()]*)\)/g, (group, inner: string) => {
    if (!/\w-\w/.test(inner)) return group;
    const out: string[] = [];
    for (const choice of inner.split('|')) {
      out.push(choice);
      const spaced = choice.replace(/(\w)-(?=\w)/g, '$1 ');
      if (spaced !== choice && !inner.split('|').includes(spaced)) out.push(spaced);
    }
    return `(${out.join('|')})`;
  });
}
