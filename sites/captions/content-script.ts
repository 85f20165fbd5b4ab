import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentToBackground } from '../../lib/messaging/protocol';
import type { CaptionReader } from './reader';
import { startCaptionWatch } from './watch';
import type { AdapterStatusReport, TextReport } from '../../lib/messaging/schemas';
import { runWhileActive } from '../active-settings';
import { createDelivery, reportKey, warnOnLoss } from '../delivery';
import { CALL_PLACEMENT } from '../chip/chip';
import { countAcknowledged, startPageChip } from '../chip/wire';

/**
 * Shared body of the Meet, Zoom and Teams content scripts: only the reader and the call's name differ. Reads nothing
 * while the rep has this site switched off in the options, and knows the rep's own name in captions.
 */
export function runCaptionContentScript(ctx: ContentScriptContext, reader: CaptionReader, conversation: () => { id: string; title: string }): void {
  const status = (s: AdapterStatusReport) => void contentToBackground.sendMessage('reportStatus', s).catch(() => {});
  const chip = startPageChip({ signal: ctx.signal, source: reader.source, placement: CALL_PLACEMENT });
  // Reports are retried until the background acknowledges them: an MV3 worker may be restarting right now.
  const send = countAcknowledged((r: TextReport) => contentToBackground.sendMessage('reportText', r), chip);
  const delivery = createDelivery({ send, key: reportKey, signal: ctx.signal, onChange: warnOnLoss(reader.source) });
  void runWhileActive(
    ctx.signal,
    reader.source,
    (signal, settings) =>
      startCaptionWatch({
        doc: document,
        reader,
        conversation,
        signal,
        repName: settings.repName.trim() || undefined,
        report: (report) => delivery.deliver(report),
        status,
      }),
    {
      restartOn: (before, after) => before.repName !== after.repName,
      paused: () => status({ source: reader.source, state: 'idle', detail: 'Switched off for this site in the options.', conversationId: null }),
    },
  );
}

/** Names the call from the URL, falling back to the page title and the day. */
export function callName(pattern: RegExp, loc: Location, title: string, prefix: string): { id: string; title: string } {
  const fromUrl = loc.pathname.match(pattern)?.[1];
  const day = new Date().toISOString().slice(0, 10);
  const id = fromUrl ?? `${prefix}-${day}-${title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}`;
  return { id, title: title.trim() || id };
}
