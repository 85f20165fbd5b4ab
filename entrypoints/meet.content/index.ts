import { defineContentScript } from '#imports';
import { meetReader } from '@/sites/meet/reader';
import { callName, runCaptionContentScript } from '@/sites/captions/content-script';

export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runCaptionContentScript(ctx, meetReader, () => callName(/^\/([a-z]{3,}-[a-z]{3,}-[a-z]{3,})/, location, document.title, 'meet'));
  },
});
