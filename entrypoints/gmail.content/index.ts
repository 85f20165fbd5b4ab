import { defineContentScript } from '#imports';
import { startGmailAdapter } from '@/sites/gmail/adapter';
import { findComposeByKey } from '@/sites/gmail/compose';
import { CaretMemory, insertPlainText } from '@/sites/gmail/insert';
import { backgroundToContent, contentToBackground } from '@/lib/messaging/protocol';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const caret = new CaretMemory();
    ctx.addEventListener(document, 'selectionchange', () => caret.remember(document));
    startGmailAdapter({
      doc: document,
      signal: ctx.signal,
      // A worker restart or an extension update can drop a message; the next edit re-sends the text.
      report: (report) => void contentToBackground.sendMessage('reportText', report).catch(() => {}),
      status: (status) => void contentToBackground.sendMessage('reportStatus', status).catch(() => {}),
    });
    const stop = backgroundToContent.onMessage('insertText', ({ data }) => {
      const body = findComposeByKey(document, data.composeKey);
      if (!body) return { ok: false, reason: 'That draft is not open any more. Open the reply and try again.' };
      return insertPlainText(body, data.text, caret.get(body));
    });
    ctx.onInvalidated(stop);
  },
});
