import { isBuiltInCategory, type BuiltInCategoryId } from '../detection/taxonomy';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import type { CategoryPlaybook, PlaybookLine, Principle } from './types';

export interface FillContext {
  firstName?: string | null;
  company?: string | null;
}

/** One filled suggestion, ready to show, copy or insert. */
export interface Suggestion {
  id: string;
  text: string;
  /** The playbook principle a built-in line follows; the rep's and the team's own lines have none. */
  principle?: Principle;
}

/** A rep's or team's own response (the options page's ResponseLine), written per channel. */
export interface OwnResponseLine {
  id: string;
  email: string;
  spoken: string;
}

export interface Suggestions {
  /** A built-in category id, or a custom category that has its own responses. */
  category: string;
  coaching: string;
  questions: Suggestion[];
  responses: Suggestion[];
}

export interface SuggestionOptions extends FillContext {
  channel: 'email' | 'caption';
  /** How many questions and how many responses; default 2. */
  count?: number;
  /**
   * The responses the rep or the team wrote for a category (lib/triggers/effective.ts `responsesFor`); when a
   * category has some they replace the built-in responses, and a custom category gets suggestions at all.
   */
  ownResponses?: (category: string) => readonly OwnResponseLine[] | undefined;
}

/** What {company} becomes when we do not know the customer's company: the lines are written so this reads. */
export const UNKNOWN_COMPANY = 'your team';

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
// Text that ends a sentence (or nothing at all): a placeholder dropped here leaves a sentence to capitalise.
const AT_SENTENCE_START = /(?:^|[.!?\u2026]["'\u201D\u2019)\]]*[ \t]+|\n)[ \t]*$/;

function known(value: string | null | undefined): string | null {
  const v = typeof value === 'string' ? value.trim() : '';
  return v ? v : null;
}

function capitaliseFirst(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  // Only when the text starts with the word (after spaces or an opening quote), never mid-word.
  if (!/^[\s"'\u201C\u2018(]*$/.test(s.slice(0, i))) return s;
  return s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

/**
 * Fills {firstName} and {company} in a playbook line. An unknown first name is dropped with its comma
 * ("{firstName}, happy to..." -> "Happy to..."), an unknown company reads "your team", and any other
 * placeholder is dropped. Values are inserted literally (a name containing "{company}" or "$&" stays as typed).
 */
export function fillPlaceholders(line: string, ctx: FillContext = {}): string {
  if (typeof line !== 'string' || !line.includes('{')) return typeof line === 'string' ? line : '';
  const firstName = known(ctx.firstName);
  const company = known(ctx.company);
  let out = '';
  let last = 0;
  let capitaliseNext = false;
  const append = (piece: string) => {
    if (!piece) return;
    if (capitaliseNext && /\p{L}/u.test(piece)) {
      piece = capitaliseFirst(piece);
      capitaliseNext = false;
    }
    out += piece;
  };
  for (const m of line.matchAll(PLACEHOLDER)) {
    const index = m.index ?? 0;
    append(line.slice(last, index));
    last = index + m[0].length;
    const name = m[1]!;
    const atStart = AT_SENTENCE_START.test(out);
    let value: string | null = null;
    if (name === 'firstName') value = firstName;
    else if (name === 'company') value = company ?? (atStart ? 'Your team' : UNKNOWN_COMPANY);
    if (value !== null) {
      // A known value is the customer's own spelling: inserted as it is, never re-cased.
      if (/\p{L}/u.test(value)) capitaliseNext = false;
      out += value;
      continue;
    }
    // Dropping the placeholder: take its comma and spacing with it so the sentence still reads.
    const rest = line.slice(last);
    if (atStart) {
      const skip = /^[ \t]*[,;:]?[ \t]*/.exec(rest)![0].length;
      last += skip;
      capitaliseNext = true;
    } else if (/^[ \t]*([,.!?;:)]|$)/.test(rest)) {
      // "Thanks, {firstName}." -> "Thanks."; "Hi {firstName}, there" -> "Hi, there".
      out = out.replace(/[ \t]+$/, '');
      if (/^[ \t]*[.!?;:)]|^[ \t]*$/.test(rest)) out = out.replace(/,$/, '');
      last += /^[ \t]*/.exec(rest)![0].length;
    } else if (/[ \t]$/.test(out)) {
      // "talk to {x} about" -> "talk to about": one space, not two.
      last += /^[ \t]*/.exec(rest)![0].length;
    }
  }
  append(line.slice(last));
  return out;
}

const ROLE_WORDS = new Set([
  'you', 'me', 'unknown', 'someone', 'somebody', 'guest', 'speaker', 'participant', 'host', 'presenter', 'caller', 'user',
  'anonymous', 'attendee', 'organizer', 'organiser', 'moderator', 'everyone', 'team', 'admin', 'bot',
]);
const MAILBOX_WORDS = new Set([
  'info', 'sales', 'support', 'admin', 'hello', 'hi', 'contact', 'team', 'billing', 'accounts', 'noreply', 'no', 'reply',
  'office', 'help', 'enquiries', 'inquiries', 'mail', 'email', 'marketing', 'hr', 'jobs', 'careers', 'finance', 'legal', 'ops', 'it',
]);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'fr']);
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function tidyName(word: string): string | null {
  const w = word.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, '');
  // One letter or an initial ("J.") is not a name to greet someone with; digits mean a handle ("user42").
  if ([...w].length < 2 || /\d/.test(word) || !/^[\p{L}][\p{L}'’-]*$/u.test(w)) return null;
  if (ROLE_WORDS.has(w.toLowerCase()) || TITLES.has(w.toLowerCase())) return null;
  // "dana" or "DANA" from a caption panel or a mail header reads better as "Dana"; "McKenzie" stays as typed.
  const lower = w.toLowerCase();
  if (w === lower || w === w.toUpperCase()) return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  return w;
}

function firstNameFromEmail(address: string): string | null {
  const local = address.slice(0, address.indexOf('@')).replace(/\+.*$/, '');
  const parts = local.split(/[._-]+/).filter(Boolean);
  // Only "first.last" style addresses carry a clear first name; "dana@", "jsmith@" or "sales@" do not.
  if (parts.length < 2) return null;
  const first = parts[0]!;
  if (MAILBOX_WORDS.has(first.toLowerCase()) || !/^\p{L}+$/u.test(first)) return null;
  return tidyName(first);
}

/**
 * The first name to greet someone by, from whatever the page shows as the speaker or sender:
 * "Dana Ortiz", "Ortiz, Dana", "Dr. Dana Ortiz", "Riley Park (Guest)", "dana.ortiz@acme.com", '"Dana Ortiz" <dana@acme.com>'.
 * Null when there is no clear name ("You", "Unknown", "Speaker 1", "sales@acme.com", "jsmith@acme.com").
 */
export function firstNameFrom(speaker: string | null | undefined): string | null {
  if (typeof speaker !== 'string') return null;
  let s = speaker.normalize('NFC').replace(/[\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/g, '').trim();
  if (!s) return null;
  // '"Dana Ortiz" <dana@acme.com>': the display name wins; a bare "<dana@acme.com>" falls back to the address.
  const angle = /^(.*?)\s*<([^<>]+)>\s*$/.exec(s);
  if (angle) {
    const display = angle[1]!.replace(/^["'\s]+|["'\s]+$/g, '');
    if (display && !EMAIL.test(display)) s = display;
    else return EMAIL.test(angle[2]!.trim()) ? firstNameFromEmail(angle[2]!.trim()) : null;
  }
  s = s.replace(/^["'\u201C\u2018]+|["'\u201D\u2019]+$/g, '').trim();
  if (EMAIL.test(s)) return firstNameFromEmail(s);
  // "Riley Park (Guest)", "Dana [Acme]", "Dana Ortiz - Acme", "Dana Ortiz | Acme": drop the annotations.
  s = s.replace(/\s*[([{][^)\]}]*[)\]}]/g, ' ').replace(/\s+[-\u2013\u2014|\u00B7@]\s+.*$/, '').trim();
  if (!s) return null;
  // "Ortiz, Dana" puts the given name after the comma; "Dana Ortiz, PhD" puts a suffix there.
  const comma = s.indexOf(',');
  if (comma >= 0) {
    const after = s.slice(comma + 1).trim();
    const before = s.slice(0, comma).trim();
    const looksLikeSuffix = /^(phd|md|mba|jr|sr|ii|iii|iv|esq|cpa|pmp|msc|ma|bsc|ba)\.?$/i.test(after);
    s = !after || looksLikeSuffix ? before : `${after} ${before}`;
  }
  const words = s.split(/\s+/).filter(Boolean);
  // "You", "Me (Host)", "Speaker 1", "Unknown caller": no one to greet by name.
  if (words.some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, ''))) && words.length <= 2) {
    const named = words.filter((w) => !ROLE_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
    if (named.length === 0 || named.some((w) => /\d/.test(w))) return null;
  }
  for (const w of words) {
    if (TITLES.has(w.toLowerCase().replace(/\.$/, ''))) continue;
    return tidyName(w);
  }
  return null;
}

function pick(lines: PlaybookLine[], channel: 'email' | 'caption', count: number, ctx: FillContext): Suggestion[] {
  return lines.slice(0, count).map((l) => ({
    id: l.id,
    principle: l.principle,
    text: fillPlaceholders(channel === 'email' ? l.email : l.spoken, ctx),
  }));
}

/** The playbook entry for a category, or undefined for custom categories (which have no built-in playbook). */
export function playbookFor(category: string): CategoryPlaybook | undefined {
  return isBuiltInCategory(category) ? DEFAULT_PLAYBOOK[category] : undefined;
}

/**
 * Suggestions for a moment: for the first category among `categories` that has a built-in playbook or responses of
 * the rep's (or team's) own, the coaching line and `count` questions and responses, filled for this customer, in the
 * written (email) or spoken (caption) form. Own responses replace the built-in ones; the built-in questions stay.
 * Null when no category has either.
 */
export function suggestionsFor(categories: readonly string[], opts: SuggestionOptions): Suggestions | null {
  const own = (c: string) => {
    const lines = opts.ownResponses?.(c);
    return lines?.length ? lines : undefined;
  };
  const category = categories.find((c) => isBuiltInCategory(c) || own(c));
  if (!category) return null;
  const entry = isBuiltInCategory(category) ? DEFAULT_PLAYBOOK[category] : undefined;
  const raw = opts.count ?? 2;
  const count = Number.isFinite(raw) ? Math.max(0, Math.floor(raw)) : 2;
  const ctx: FillContext = { firstName: opts.firstName, company: opts.company };
  const ownLines = own(category);
  return {
    category,
    coaching: fillPlaceholders(entry?.coaching ?? OWN_COACHING, ctx),
    questions: entry ? pick(entry.questions, opts.channel, count, ctx) : [],
    responses: ownLines
      ? ownLines.slice(0, count).map((l) => ({ id: l.id, text: fillPlaceholders(opts.channel === 'email' ? l.email : l.spoken, ctx) }))
      : pick(entry!.responses, opts.channel, count, ctx),
  };
}

const OWN_COACHING = 'Your own words for this moment. Ask before you answer: what is really behind it?';

const GENERIC_CAVE_IN = 'Before giving ground, try one honest question about what is really behind this; it is usually worth asking.';

/** The nudge shown when the rep's own draft caves in to this moment. */
export function caveInCoachingFor(category: string): string {
  return playbookFor(category)?.caveInCoaching ?? GENERIC_CAVE_IN;
}
