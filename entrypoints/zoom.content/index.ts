import { defineContentScript } from '#imports';
import { zoomReader } from '@/sites/zoom/reader';
import { callName, runCaptionContentScript } from '@/sites/captions/content-script';

export default defineContentScript({
  // The web client lives under /wc/ on app.zoom.us and on company vanity hosts.
  matches: ['https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  runAt: 'document_idle',
  main(ctx) {
    runCaptionContentScript(ctx, zoomReader, () => callName(/^\/wc\/(\d{8,12})/, location, document.title, 'zoom'));
  },
});
