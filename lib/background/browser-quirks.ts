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
