import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentToBackground } from '../../lib/messaging/protocol';
import type { CaptionReader } from './reader';
import { startCaptionWatch } from './watch';

/** Shared body of the Meet, Zoom and Teams content scripts: only the reader and the call's name differ. */
export function runCaptionContentScript(ctx: ContentScriptContext, reader: CaptionReader, conversation: () => { id: string; title: string }): void {
  startCaptionWatch({
    doc: document,
    reader,
    conversation,
    signal: ctx.signal,
    // A message lost to a worker restart is re-sent with the next revision of the same utterance.
    report: (report) => void contentToBackground.sendMessage('reportText', report).catch(() => {}),
    status: (status) => void contentToBackground.sendMessage('reportStatus', status).catch(() => {}),
  });
}

/** Names the call from the URL, falling back to the page title and the day. */
export function callName(pattern: RegExp, loc: Location, title: string, prefix: string): { id: string; title: string } {
  const fromUrl = loc.pathname.match(pattern)?.[1];
  const day = new Date().toISOString().slice(0, 10);
  const id = fromUrl ?? `${prefix}-${day}-${title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`;
  return { id, title: title.trim() || id };
}
