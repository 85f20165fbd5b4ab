import { CaptionAssembler } from '../../lib/captions/assembler';
import type { Utterance } from '../../lib/captions/types';
import type { AdapterState } from '../../lib/storage/db';
import type { AdapterStatusReport, TextReport } from '../../lib/messaging/schemas';
import { cleanSpeakerName, isSelfSpeaker, type CaptionReader } from './reader';

export interface CaptionWatchOptions {
  doc: Document;
  reader: CaptionReader;
  /** Names the call: Meet's meeting code, Zoom's meeting number, Teams' thread. */
  conversation: () => { id: string; title: string };
  report: (report: TextReport) => void;
  status: (status: AdapterStatusReport) => void;
  signal: AbortSignal;
  repName?: string;
  now?: () => number;
  /** How often to look for the captions container when it is missing or replaced. */
  pollMs?: number;
  /** No caption change for this long during a call means we have probably lost them. */
  silenceMs?: number;
}

/**
 * Reads one platform's captions: finds the container, re-attaches when the platform replaces it (captions toggled,
 * layout changed), assembles utterances and reports each revision. The background keys moments by utterance id,
 * so a revision updates its moment instead of firing again.
 */
export function startCaptionWatch(options: CaptionWatchOptions): { check(): void } {
  const { doc, reader, report, status, signal } = options;
  const now = options.now ?? Date.now;
  // A reloaded page must not reuse the ids of its previous life.
  const assembler = new CaptionAssembler({ idPrefix: now().toString(36), collapseRepeats: reader.showsStaleWindows === true });
  let region: Element | null = null;
  let observer: MutationObserver | null = null;
  let lastChange = now();
  let state: AdapterState | null = null;
  let pending = false;

  const setState = (next: AdapterState, detail: string) => {
    if (next === state) return;
    state = next;
    status({ source: reader.source, state: next, detail, conversationId: options.conversation().id });
  };

  /** What was last reported per open utterance: closing an utterance whose words did not change sends nothing. */
  const reported = new Map<string, string>();

  const send = (utterances: Utterance[]) => {
    const { id, title } = options.conversation();
    for (const u of utterances) {
      const seen = reported.get(u.id);
      // Final utterances get no further revisions, so their entry goes: the map holds open utterances only.
      if (u.final) reported.delete(u.id);
      else reported.set(u.id, `${u.speaker}\u0000${u.text}`);
      if (!u.text.trim() || seen === `${u.speaker}\u0000${u.text}`) continue;
      const self = isSelfSpeaker(u.speaker, options.repName);
      report({
        source: reader.source,
        kind: 'caption',
        conversationId: id,
        conversationTitle: title,
        utteranceId: u.id,
        role: self ? 'rep' : 'customer',
        speaker: self ? 'You' : cleanSpeakerName(u.speaker),
        text: u.text,
      });
    }
  };

  const read = () => {
    pending = false;
    if (!region || signal.aborted) return;
    const changed = assembler.ingest(reader.readLines(region), now());
    if (changed.length) {
      lastChange = now();
      setState('listening', 'Reading live captions.');
      send(changed);
    }
  };

  // Mutations arrive in bursts (a word at a time); one read per animation-free microtask batch keeps it cheap.
  const schedule = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(read);
  };

  const detach = () => {
    observer?.disconnect();
    observer = null;
    region = null;
    send(assembler.flush(now()));
  };

  const check = () => {
    if (signal.aborted) return;
    const found = reader.findRegion(doc);
    if (found && found !== region) {
      if (region) detach();
      region = found;
      observer = new MutationObserver(schedule);
      observer.observe(found, { childList: true, subtree: true, characterData: true });
      lastChange = now();
      setState('listening', 'Reading live captions.');
      read();
    } else if (!found && region) {
      detach();
      if (reader.captionsState(doc) === 'off') setState('captions_off', reader.turnOnHint);
      else setState('lost', `The captions disappeared. ${reader.turnOnHint}`);
    } else if (!found) {
      if (reader.inCall(doc)) setState('captions_off', reader.turnOnHint);
      else setState('idle', 'Waiting for a call to start.');
    } else {
      send(assembler.tick(now()));
      if (reader.inCall(doc) && now() - lastChange > (options.silenceMs ?? 90_000)) {
        setState('lost', 'No captions for a while. Are captions still on?');
      }
    }
  };

  const timer = setInterval(check, options.pollMs ?? 1000);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    observer?.disconnect();
  });
  check();
  return { check };
}
