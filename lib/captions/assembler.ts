/**
 * Turns snapshots of on-screen caption blocks into utterances with stable ids.
 * Pure: no DOM, no timers. The caller passes every snapshot and the current time.
 *
 * Model: each block (`key`) keeps the words it showed last (`words`). Its first `consumed` words
 * belong to utterances that are already final; the open utterance is `rolled` (words that scrolled
 * off a Zoom rolling window while it was open) followed by `words[consumed..]`.
 */
import type { CaptionLine, Utterance } from './types';
import { collapseRepeat, coveredPrefix, normalizeText, relate, toWords, type Words } from './text-merge';

export interface AssemblerOptions {
  /** Prefix for utterance ids, e.g. `meet:abc-defg-hij`. Ids must be stable and unique within a call. */
  idPrefix: string;
  /** Silence after which the current utterance of a line is finalised (default 2500 ms). */
  pauseMs?: number;
  /** Long turns are split into a new utterance beyond this many characters (default 600), at a word boundary. */
  maxUtteranceChars?: number;
  /** How many finalised utterance fingerprints to remember to suppress replayed history after a caption toggle (default 200). */
  replayMemory?: number;
  /**
   * And at most this many characters of them (default 20,000: about 20 minutes of speech, far more than a platform
   * re-shows), so a call of long turns holds no more text than one of short ones.
   */
  replayChars?: number;
  /**
   * Collapse a stale window shown together with the new one ("a b c d" + "c d e" in one span), which Zoom does for a
   * moment (default true). Off for platforms that never do it, so a speaker's real "we are we are" is kept.
   */
  collapseRepeats?: boolean;
}

/** After a flush, blocks that appear within this time of captions coming back are checked against history. */
const REPLAY_GRACE_MS = 5000;

interface Open extends Omit<Utterance, 'final'> {
  rolled: string[];
}

interface Block {
  words: Words;
  raw: string;
  speaker: string | null;
  consumed: number;
  open: Open | null;
}

interface Fingerprint {
  speaker: string | null;
  /** Normalised text padded with spaces, for whole-word `includes`. */
  text: string;
}

export class CaptionAssembler {
  private readonly idPrefix: string;
  private readonly pauseMs: number;
  private readonly maxChars: number;
  private readonly replayMemory: number;
  private readonly replayChars: number;
  private readonly collapseRepeats: boolean;
  private replayCharsUsed = 0;
  private readonly blocks = new Map<object, Block>();
  private readonly fingerprints: Fingerprint[] = [];
  private nextId = 1;
  private replayArmed = false;
  private replayUntil = -Infinity;
  /** Changes of the current call, one entry per id (a later change of the same id replaces the earlier one). */
  private changes = new Map<string, Utterance>();

  constructor(options: AssemblerOptions) {
    this.idPrefix = options.idPrefix;
    this.pauseMs = options.pauseMs ?? 2500;
    this.maxChars = Math.max(1, options.maxUtteranceChars ?? 600);
    this.replayMemory = Math.max(0, options.replayMemory ?? 200);
    this.replayChars = Math.max(0, options.replayChars ?? 20_000);
    this.collapseRepeats = options.collapseRepeats ?? true;
  }

  get size(): number {
    return this.blocks.size + this.fingerprints.length;
  }

  ingest(lines: CaptionLine[], now: number): Utterance[] {
    this.finaliseIdle(now); // a block that grows after a silence starts a new utterance
    if (this.replayArmed && lines.length) {
      this.replayArmed = false;
      this.replayUntil = now + REPLAY_GRACE_MS;
    }
    // Blocks that scrolled away or were removed first: final, and forgotten so memory stays bounded.
    const present = new Set(lines.map((line) => line.key));
    for (const [key, block] of this.blocks) {
      if (present.has(key)) continue;
      this.finalise(block);
      this.blocks.delete(key);
    }
    const done = new Set<object>();
    for (const line of lines) {
      if (done.has(line.key)) continue; // the same element listed twice: the first entry wins
      done.add(line.key);
      const block = this.blocks.get(line.key);
      if (block) this.update(block, line, now);
      else this.add(line, now);
    }
    return this.takeChanges();
  }

  tick(now: number): Utterance[] {
    this.finaliseIdle(now);
    return this.takeChanges();
  }

  flush(now: number): Utterance[] {
    this.finaliseIdle(now);
    for (const block of this.blocks.values()) {
      const closed = block.open?.text;
      this.finalise(block);
      // The whole block text, too: an earlier block may have been corrected after its utterance closed,
      // and a replaced region shows the corrected text again.
      const text = block.words.raw.join(' ');
      if (text && text !== closed) this.remember(block.speaker, text);
    }
    this.blocks.clear();
    this.replayArmed = true;
    return this.takeChanges();
  }

  private add(line: CaptionLine, now: number): void {
    const words = toWords(line.text);
    const replayed = now <= this.replayUntil ? coveredPrefix(words.norm, this.rememberedFor(line.speaker)) : 0;
    if (!replayed && line.speaker !== null) {
      // A new block from someone else: whoever was speaking before has finished.
      for (const other of this.blocks.values()) {
        if (other.open && other.speaker !== null && other.speaker !== line.speaker) this.finalise(other);
      }
    }
    const block: Block = { words, raw: line.text, speaker: line.speaker, consumed: replayed, open: null };
    this.blocks.set(line.key, block);
    this.advance(block, now);
  }

  private update(block: Block, line: CaptionLine, now: number): void {
    if (line.text === block.raw && line.speaker === block.speaker) return;
    const next = toWords(line.text);
    const words = this.collapseRepeats ? collapseRepeat(block.words.norm, next) : next;
    const relation = relate(block.words.norm, words.norm);
    if (relation.kind === 'new') {
      this.finalise(block);
      block.consumed = 0;
    } else if (relation.kind === 'roll') {
      // Words of the open utterance that scrolled off the front are kept so its text stays whole.
      block.open?.rolled.push(...block.words.raw.slice(block.consumed, relation.drop));
      block.consumed = Math.max(0, block.consumed - relation.drop);
    } else {
      block.consumed = relation.map(block.consumed);
    }
    block.consumed = Math.min(block.consumed, words.norm.length);
    block.words = words;
    block.raw = line.text;
    block.speaker = line.speaker;
    this.advance(block, now);
  }

  /** Brings the open utterance up to date with the block's words, opening or splitting utterances as needed. */
  private advance(block: Block, now: number): void {
    for (;;) {
      const words = [...(block.open?.rolled ?? []), ...block.words.raw.slice(block.consumed)];
      if (!words.length) return; // nothing new, or retracted to nothing: keep the last text
      const cut = splitPoint(words, this.maxChars);
      const open = (block.open ??= this.open(block.speaker, now, []));
      const text = words.slice(0, cut).join(' ');
      if (text !== open.text || block.speaker !== open.speaker) {
        open.text = text;
        open.speaker = block.speaker;
        open.revision++;
        open.updatedAt = now;
        this.emit(open, false);
      }
      if (cut === words.length) return;
      // Long turn: close at the cut and carry on with a new id for the rest.
      this.close(open);
      block.consumed += Math.max(0, cut - open.rolled.length);
      block.open = this.open(block.speaker, now, open.rolled.slice(cut));
    }
  }

  private open(speaker: string | null, now: number, rolled: string[]): Open {
    const id = `${this.idPrefix}:${this.nextId++}`;
    return { id, speaker, text: '', startedAt: now, updatedAt: now, revision: -1, rolled };
  }

  private finaliseIdle(now: number): void {
    for (const block of this.blocks.values()) {
      if (block.open && now - block.open.updatedAt >= this.pauseMs) this.finalise(block);
    }
  }

  /** Closes the open utterance; every word now on screen belongs to a final utterance. */
  private finalise(block: Block): void {
    if (block.open) this.close(block.open);
    block.open = null;
    block.consumed = block.words.raw.length;
  }

  private close(open: Open): void {
    this.remember(open.speaker, open.text);
    this.emit(open, true);
  }

  private remember(speaker: string | null, text: string): void {
    const padded = ` ${normalizeText(text)} `;
    if (!this.replayMemory || this.fingerprints.some((f) => f.text === padded && f.speaker === speaker)) return;
    this.fingerprints.push({ speaker, text: padded });
    this.replayCharsUsed += padded.length;
    while (this.fingerprints.length > this.replayMemory || (this.replayCharsUsed > this.replayChars && this.fingerprints.length > 1)) {
      this.replayCharsUsed -= this.fingerprints.shift()?.text.length ?? 0;
    }
  }

  private rememberedFor(speaker: string | null): string[] {
    return this.fingerprints
      .filter((f) => speaker === null || f.speaker === null || f.speaker === speaker)
      .map((f) => f.text);
  }

  private emit(open: Open, final: boolean): void {
    const { id, speaker, text, startedAt, updatedAt, revision } = open;
    this.changes.set(id, { id, speaker, text, startedAt, updatedAt, final, revision });
  }

  private takeChanges(): Utterance[] {
    const changes = [...this.changes.values()];
    this.changes = new Map();
    return changes;
  }
}

/**
 * How many words go into the current utterance: all of them if they fit in `max` characters,
 * otherwise up to the last sentence end that fits (if it is past half the limit) or the last word that fits.
 */
function splitPoint(words: string[], max: number): number {
  let length = -1;
  let fit = 0;
  let sentence = 0;
  for (const word of words) {
    length += word.length + 1;
    if (length > max) break;
    fit++;
    if (/[.?!…]["'”’)\]]*$/.test(word)) sentence = fit;
  }
  if (fit === words.length) return fit;
  if (sentence && words.slice(0, sentence).join(' ').length >= max / 2) return sentence;
  return Math.max(1, fit); // a single word longer than the limit still moves on
}
