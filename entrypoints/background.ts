import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { createLiveDetector } from '@/lib/triggers/live-detector';
import { db } from '@/lib/storage/db';
import { createHandlers } from '@/lib/background/handlers';
import { backgroundToContent, contentToBackground, panelToBackground } from '@/lib/messaging/protocol';
import { openPanelForTab, openPanelOnToolbarClick } from '@/lib/background/browser-quirks';
import { updateUnseenBadge } from '@/lib/background/badge';
import { getSettings } from '@/lib/settings/settings';
import { createRetention } from '@/lib/privacy/retention';
import { createStorageHealth } from '@/lib/background/storage-health';

export default defineBackground(() => {
  openPanelOnToolbarClick();

  // The built-ins plus the rep's and the team's triggers, rebuilt when they change (lib/triggers). The build starts
  // here, at worker start (its storage reads are async, so the listeners below are still registered synchronously).
  const triggers = createLiveDetector({ onError: (error) => console.error('Truth Serum: custom triggers not applied', error) });

  const handlers = createHandlers({
    db,
    detector: triggers.current,
    settings: getSettings,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    sendInsert: (tabId, command) => backgroundToContent.sendMessage('insertText', command, tabId),
    openPanel: (tabId) => openPanelForTab(tabId),
    updateBadge: (tabId) => void updateUnseenBadge(db, tabId),
    health: createStorageHealth(),
  });

  // Settings.retentionDays: at every start-up of the worker, then at most once an hour while reports arrive.
  const retention = createRetention({ db, settings: getSettings });
  // After the detector is ready: a long first deletion must not hold up the report that woke the worker.
  void triggers.ready.then(() => retention.run());

  contentToBackground.onMessage('reportText', ({ data, sender }) => {
    // A fresh worker reads the rep's triggers before its first analysis; retention waits until the report is stored.
    const handled = triggers.ready.then(() => handlers.reportText(data, sender));
    void handled.finally(() => void retention.maybeRun()).catch(() => {});
    return handled;
  });
  contentToBackground.onMessage('reportStatus', ({ data, sender }) => handlers.reportStatus(data, sender));
  contentToBackground.onMessage('getSiteSettings', ({ sender }) => handlers.siteSettings(sender));
  // Synchronous up to sidePanel.open: the chip's click gesture must still be active (lib/background/browser-quirks.ts).
  contentToBackground.onMessage('openPanel', ({ data, sender }) => handlers.openPanel(data, sender));
  panelToBackground.onMessage('insertIntoDraft', ({ data, sender }) => handlers.insertIntoDraft(data, sender));
  browser.tabs.onRemoved.addListener((tabId) => void handlers.forgetTab(tabId));
});
