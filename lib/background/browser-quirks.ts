import type { OpenPanelResult } from '../messaging/schemas';

/**
 * Chrome opens the side panel from the toolbar through `sidePanel.setPanelBehavior`; Firefox has no sidePanel API
 * and toggles its `sidebar_action` from the browser action instead.
 */
export function openPanelOnToolbarClick(): void {
  const api = globalThis.chrome as typeof chrome & { sidebarAction?: { toggle(): Promise<void> } };
  if (api?.sidePanel?.setPanelBehavior) {
    api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  const firefox = (globalThis as { browser?: { sidebarAction?: { toggle(): Promise<void> }; browserAction?: { onClicked: { addListener(cb: () => void): void } } } }).browser;
  firefox?.browserAction?.onClicked.addListener(() => void firefox.sidebarAction?.toggle());
}

/** What the chip says when the browser will not let us open the panel for the rep. */
export const TOOLBAR_HINT = 'Click the Truth Serum toolbar icon to open the panel.';

interface PanelApis {
  chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}

/**
 * Opens the side panel for a tab, on behalf of the in-page chip. Called synchronously from the message listener:
 * Chrome accepts `sidePanel.open` only while the user gesture that sent the message is still active, so nothing may
 * be awaited before it. Firefox's `sidebarAction.open` only works in a user-input handler of an extension page, never
 * from a message, so there it is tried (it rejects) and the rep is told to use the toolbar icon instead.
 */
export function openPanelForTab(tabId: number, apis: PanelApis = globalThis as PanelApis): Promise<OpenPanelResult> {
  const opened = (): OpenPanelResult => ({ ok: true });
  const refused = (error: unknown): OpenPanelResult => {
    console.warn('Truth Serum: the side panel did not open from the page', error);
    return { ok: false, reason: TOOLBAR_HINT };
  };
  try {
    if (apis.chrome?.sidePanel?.open) return apis.chrome.sidePanel.open({ tabId }).then(opened, refused);
    if (apis.browser?.sidebarAction?.open) return apis.browser.sidebarAction.open().then(opened, refused);
  } catch (error) {
    // Some versions throw instead of rejecting when the gesture is missing.
    return Promise.resolve(refused(error));
  }
  return Promise.resolve({ ok: false, reason: TOOLBAR_HINT });
}
