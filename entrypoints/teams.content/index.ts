import { defineContentScript } from '#imports';
import { teamsReader } from '@/sites/teams/reader';
import { callName, runCaptionContentScript } from '@/sites/captions/content-script';

export default defineContentScript({
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Teams URLs do not name the meeting; the title and the day do.
    runCaptionContentScript(ctx, teamsReader, () => callName(/^\/meet\/(\d+)/, location, document.title, 'teams'));
  },
});
