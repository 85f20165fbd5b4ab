import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { getDefaultDetector } from '@/lib/detection';
import { db } from '@/lib/storage/db';
import { createHandlers } from '@/lib/background/handlers';
import { backgroundToContent, contentToBackground, panelToBackground } from '@/lib/messaging/protocol';
import { openPanelOnToolbarClick } from '@/lib/background/browser-quirks';
import { updateUnseenBadge } from '@/lib/background/badge';

export default defineBackground(() => {
  openPanelOnToolbarClick();

  const handlers = createHandlers({
    db,
    detector: getDefaultDetector,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    sendInsert: (tabId, command) => backgroundToContent.sendMessage('insertText', command, tabId),
    updateBadge: (tabId) => void updateUnseenBadge(db, tabId),
  });

  contentToBackground.onMessage('reportText', ({ data, sender }) => handlers.reportText(data, sender));
  contentToBackground.onMessage('reportStatus', ({ data, sender }) => handlers.reportStatus(data, sender));
  panelToBackground.onMessage('insertIntoDraft', ({ data, sender }) => handlers.insertIntoDraft(data, sender));
  browser.tabs.onRemoved.addListener((tabId) => void handlers.forgetTab(tabId));
});
