/**
 * Pure word-level helpers for comparing two revisions of one caption block.
 * Comparisons use normalised words (lowercase, no punctuation) so that ASR re-punctuation and
 * re-casing count as "the same words"; the raw words are kept for display.
 */

/** A caption text split into words. `raw` and `norm` are parallel and no `norm` entry is empty. */
export interface Words {
  raw: string[];
  norm: string[];
}

/** A drop in text length (characters) that means Meet restarted a very long turn (TranscripTonic uses 250). */
export const TRUNCATION_DROP_CHARS = 250;
/** Share of the shorter text's words that must survive for a change to count as an in-place revision. */
const MIN_SHARED = 0.5;
/** Texts this short are always revised in place: ASR often rewrites the first few words wholesale ("I" → "Hi everyone"). */
const SHORT_WORDS = 3;
/** Cap on the LCS table so a huge rewrite cannot stall the page; beyond it only the common prefix and suffix count. */
const MAX_LCS_CELLS = 40_000;

const PUNCTUATION = /[^\p{L}\p{N}\s]+/gu;

export function normalizeText(text: string): string {
  return text.toLowerCase().replace(PUNCTUATION, '').replace(/\s+/g, ' ').trim();
}

export function toWords(text: string): Words {
  const raw: string[] = [];
  const norm: string[] = [];
  let lead = '';
  for (const part of text.split(/\s+/)) {
    if (!part) continue;
    const n = normalizeText(part);
    if (n) {
      raw.push(lead + part);
      norm.push(n);
      lead = '';
    } else if (raw.length) {
      // A stand-alone dash or ellipsis sticks to the word before it, so every word can be compared.
      raw[raw.length - 1] += ` ${part}`;
    } else {
      lead += `${part} `;
    }
  }
  return { raw, norm };
}

export type Relation =
  /** The same words grown, shortened, re-punctuated or corrected in place. `map` moves a word boundary of the old text onto the new one. */
  | { kind: 'edit'; map: (boundary: number) => number }
  /** Zoom rolling window: `drop` words fell off the front and the rest continues. */
  | { kind: 'roll'; drop: number }
  /** A different text in the same element: recycled list item, or Meet restarting a very long turn. */
  | { kind: 'new' };

/** How `next` relates to `prev` (both normalised words). */
export function relate(prev: string[], next: string[]): Relation {
  const p = commonPrefix(prev, next);
  if (p === prev.length) return { kind: 'edit', map: (b) => b }; // growth (the common case): skip the diff
  // All but the last two old words carry on in place: a revised tail, even when the text repeats itself
  // ("can we can we push th" → "can we can we push this out" is not "can we" scrolling off).
  const drop = p > 0 && p >= prev.length - 2 ? 0 : findRoll(prev, next);
  if (drop) return { kind: 'roll', drop };
  const s = commonSuffix(prev, next, p);
  const mid = lcsPairs(prev.slice(p, prev.length - s), next.slice(p, next.length - s), p);
  const matched = p + s + mid.length;

  // Rolled and revised at once: the first old words have no partner and the new text starts on a later old word.
  const first: [number, number] | undefined = mid[0] ?? (s ? [prev.length - s, next.length - s] : undefined);
  if (p === 0 && first && first[0] > 0 && first[1] === 0) {
    // Most of the old words after the drop must survive, or scattered common words would pass for a roll.
    if (matched >= 2 && matched >= (prev.length - first[0]) * MIN_SHARED) return { kind: 'roll', drop: first[0] };
  }
  if (chars(prev) - chars(next) > TRUNCATION_DROP_CHARS) return { kind: 'new' };
  if (matched < Math.min(prev.length, next.length) * MIN_SHARED && prev.length > SHORT_WORDS) return { kind: 'new' };
  return { kind: 'edit', map: (b) => mapBoundary(b, prev.length, next.length, p, s, mid) };
}

/**
 * Zoom can briefly show the stale window and the new one in one span ("a b c d" + "c d e").
 * If `next` is `prev` followed by a restart inside `prev` (at least two repeated words), drop the repeat.
 */
export function collapseRepeat(prev: string[], next: Words): Words {
  const n = prev.length;
  if (next.norm.length <= n || commonPrefix(prev, next.norm) < n) return next;
  const rest = next.norm.slice(n);
  for (let j = 0; j < n; j++) {
    const m = Math.min(rest.length, n - j);
    if (m < 2) break;
    if (rest.slice(0, m).every((w, i) => w === prev[j + i])) {
      return { raw: [...next.raw.slice(0, n), ...next.raw.slice(n + m)], norm: [...prev, ...rest.slice(m)] };
    }
  }
  return next;
}

/**
 * How many leading words of `words` were already said, judged by remembered utterance texts
 * (each normalised and padded with spaces). Used to skip history replayed after a caption toggle.
 * The words are covered piece by piece; a piece shorter than three words counts only if it is a whole
 * remembered text, the end of one (two words or more), or the last words of `words`.
 */
export function coveredPrefix(words: string[], remembered: readonly string[]): number {
  let i = 0;
  while (i < words.length) {
    let best = 0;
    let anchored = false;
    for (const text of remembered) {
      let k = 0;
      while (i + k < words.length && text.includes(` ${words.slice(i, i + k + 1).join(' ')} `)) k++;
      const run = ` ${words.slice(i, i + k).join(' ')} `;
      const isAnchored = k > 0 && (text === run || (k >= 2 && text.endsWith(run)));
      if (k > best || (k === best && isAnchored)) {
        best = k;
        anchored = isAnchored;
      }
    }
    // A short piece at the end counts only when it continues covered words: a block whose first words are
    // one or two common words said earlier ("call" → "call me next quarter") is new speech, not replay.
    if (best === 0 || (best < 3 && !anchored && (i === 0 || i + best < words.length))) break;
    i += best;
  }
  return i;
}

/** Length of the common start of `a` (from index `from`) and `b`. */
function commonPrefix(a: string[], b: string[], from = 0): number {
  let i = 0;
  while (from + i < a.length && i < b.length && a[from + i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string[], b: string[], prefix: number): number {
  let i = 0;
  const max = Math.min(a.length, b.length) - prefix;
  while (i < max && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** Matching word pairs [oldIndex, newIndex] of a longest common subsequence, offset by `base`. */
function lcsPairs(a: string[], b: string[], base: number): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (!n || !m || n * m > MAX_LCS_CELLS) return [];
  const table = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) pairs.push([base + i++, base + j++]);
    else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

/**
 * Smallest number of front words dropped so that the rest of `prev` starts `next` (a plain rolling window).
 * At least two words must carry over; the last two old words may have been revised.
 */
function findRoll(prev: string[], next: string[]): number {
  for (let d = 1; d < prev.length - 1; d++) {
    if (prev[d] !== next[0]) continue;
    const q = commonPrefix(prev, next, d);
    if (q >= 2 && q >= prev.length - d - 2) return d;
  }
  return 0;
}

/**
 * Moves a word boundary through the alignment: after the last matched word before it, as many
 * words on as in the old text (replaced words are assumed 1:1), but never past the next matched word.
 */
function mapBoundary(b: number, oldLen: number, newLen: number, p: number, s: number, mid: Array<[number, number]>): number {
  if (b <= p) return b;
  if (s > 0 && b >= oldLen - s) return b + newLen - oldLen;
  let lo: [number, number] = [p - 1, p - 1];
  let hi = newLen - s;
  for (const pair of mid) {
    if (pair[0] < b) lo = pair;
    else {
      hi = pair[1];
      break;
    }
  }
  return Math.min(Math.max(lo[1] + 1 + (b - lo[0] - 1), lo[1] + 1), hi);
}

function chars(words: string[]): number {
  return words.reduce((sum, w) => sum + w.length + 1, 0);
}
