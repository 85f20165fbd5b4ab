import type { CaptionLine, CaptionsState } from '../../lib/captions/types';
import type { CaptionSource } from '../../lib/sources';
import { collapseWhitespace } from './dom';

/** What every per-site caption reader offers. All functions are pure reads of the DOM they are given. */
export interface CaptionReader {
  source: CaptionSource;
  /** The live captions container, or null when captions are not shown. */
  findRegion(root: ParentNode): Element | null;
  /** Caption blocks currently on screen, in screen order; skips buttons, icon glyphs, aria-hidden trailers. */
  readLines(region: Element): CaptionLine[];
  /** 'on' / 'off' from the platform's own CC control when it can be seen, else 'unknown'. */
  captionsState(root: ParentNode): CaptionsState;
  /** Are we in a call at all (leave/hang-up button present)? Used to tell "captions off" from "not in a call". */
  inCall(root: ParentNode): boolean;
  /** One line telling the rep how to turn captions on for this platform. */
  turnOnHint: string;
  /** The platform briefly shows a stale caption window and the new one in one span (Zoom): collapse such repeats. */
  showsStaleWindows?: boolean;
}

/**
 * How Meet labels the local user's own caption turns, per UI language (en, fr, de/sv/da/no, es, it/ro, pt, nl,
 * pl/cs, ru, uk, ja, zh, ko, tr, id/ms, vi, fi).
 */
export const SELF_SPEAKER_LABELS: readonly string[] = [
  'You', 'Vous', 'Du', 'Tú', 'Tu', 'Você', 'Voi', 'Jij', 'Ty', 'Вы', 'Ви', 'あなた', '你', '您', '나', 'Sen', 'Anda', 'Bạn', 'Sinä',
];

/** Qualifiers platforms append to display names; compared lower-cased inside () or []. */
export const SPEAKER_QUALIFIERS: readonly string[] = [
  'guest', 'unverified', 'external', 'gast', 'gäst', 'gæst', 'invité', 'invitée', 'invitado', 'invitada', 'ospite',
  'convidado', 'convidada', 'gość', 'гость', 'gost', 'extern', 'externe', 'externo', 'externa', 'esterno', 'zewnętrzny',
  'non vérifié', 'nicht verifiziert', 'no verificado', 'não verificado', 'non verificato', 'niet geverifieerd',
  'niezweryfikowany', 'ゲスト', '访客', '게스트',
];

function comparable(text: string): string {
  // Ignore punctuation and symbols around the label: "(You)", "You:", "« Vous »".
  return text
    .normalize('NFC')
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
    .toLowerCase();
}

const SELF_LABEL_SET = new Set(SELF_SPEAKER_LABELS.map(comparable));
const QUALIFIER_SET = new Set(SPEAKER_QUALIFIERS.map((qualifier) => qualifier.normalize('NFC').toLowerCase()));
const TRAILING_BRACKETED = /\s*[([]([^()[\]]*)[)\]]\s*$/u;

/** True when a speaker label means the local user ("You" in Meet in any UI language, or the rep's configured name). */
export function isSelfSpeaker(speaker: string | null, repName?: string): boolean {
  if (speaker === null) return false;
  if (SELF_LABEL_SET.has(comparable(speaker))) return true;
  const rep = cleanSpeakerName(repName ?? null);
  const cleaned = cleanSpeakerName(speaker);
  return rep !== null && cleaned !== null && rep.normalize('NFC').toLowerCase() === cleaned.normalize('NFC').toLowerCase();
}

/**
 * Strips qualifiers like "(Guest)", "(Unverified)", "(External)", "(Gast)", "(Invité)"; trailing collision numbers
 * ("Avery Chen 2") are KEPT; collapses and trims whitespace. Empty results become null.
 */
export function cleanSpeakerName(speaker: string | null): string | null {
  if (speaker === null) return null;
  let name = collapseWhitespace(speaker);
  for (let match = TRAILING_BRACKETED.exec(name); match; match = TRAILING_BRACKETED.exec(name)) {
    const qualifier = collapseWhitespace(match[1] ?? '').normalize('NFC').toLowerCase();
    if (!QUALIFIER_SET.has(qualifier)) break;
    name = name.slice(0, match.index).trimEnd();
  }
  return name === '' ? null : name;
}
