import { defineContentScript } from '#imports';
import { keepChipKeysFromPage } from '@/sites/chip/key-guard';

/**
 * Keeps keys typed on the chip from the page's keyboard shortcuts (see keepChipKeysFromPage). A script of its own
 * because it must run at document_start, before the page's scripts, while the site adapters wait for document_idle.
 */
export default defineContentScript({
  // Every page a site adapter, and so the chip, runs on.
  matches: ['https://mail.google.com/*', 'https://meet.google.com/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  runAt: 'document_start',
  main(ctx) {
    ctx.onInvalidated(keepChipKeysFromPage(window));
  },
});
