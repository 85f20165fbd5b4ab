import { defineContentScript } from '#imports';
import { startGmailAdapter } from '@/sites/gmail/adapter';
import { findComposeByKey } from '@/sites/gmail/compose';
import { CaretMemory, insertPlainText } from '@/sites/gmail/insert';
import { backgroundToContent, contentToBackground } from '@/lib/messaging/protocol';
import type { AdapterStatusReport, TextReport } from '@/lib/messaging/schemas';
import { runWhileActive } from '@/sites/active-settings';
import { createDelivery, reportKey, warnOnLoss } from '@/sites/delivery';
import { GMAIL_PLACEMENT } from '@/sites/chip/chip';
import { countAcknowledged, startPageChip } from '@/sites/chip/wire';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const caret = new CaretMemory();
    ctx.addEventListener(document, 'selectionchange', () => caret.remember(document));
    const status = (s: AdapterStatusReport) => void contentToBackground.sendMessage('reportStatus', s).catch(() => {});
    const chip = startPageChip({ signal: ctx.signal, source: 'gmail', placement: GMAIL_PLACEMENT });
    // Reports are retried until the background acknowledges them: an MV3 worker may be restarting right now.
    const send = countAcknowledged((r: TextReport) => contentToBackground.sendMessage('reportText', r), chip);
    const delivery = createDelivery({ send, key: reportKey, signal: ctx.signal, onChange: warnOnLoss('gmail') });
    // Nothing is read while the rep has Gmail switched off in the options.
    void runWhileActive(
      ctx.signal,
      'gmail',
      (signal) =>
        startGmailAdapter({
          doc: document,
          signal,
          report: (report) => delivery.deliver(report),
          status,
        }),
      { paused: () => status({ source: 'gmail', state: 'idle', detail: 'Switched off for Gmail in the options.', conversationId: null }) },
    );
    const stop = backgroundToContent.onMessage('insertText', ({ data }) => {
      const body = findComposeByKey(document, data.composeKey);
      if (!body) return { ok: false, reason: 'That draft is not open any more. Open the reply and try again.' };
      return insertPlainText(body, data.text, caret.get(body));
    });
    ctx.onInvalidated(stop);
  },
});
