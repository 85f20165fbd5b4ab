import { describe, expect, it, vi } from 'vitest';
import { openPanelForTab, TOOLBAR_HINT } from './browser-quirks';

describe('openPanelForTab', () => {
  it('opens Chrome’s side panel for the tab, calling sidePanel.open before it returns (the gesture is still active)', async () => {
    const open = vi.fn(async () => {});
    const result = openPanelForTab(12, { chrome: { sidePanel: { open } } });
    expect(open).toHaveBeenCalledWith({ tabId: 12 });
    await expect(result).resolves.toEqual({ ok: true });
  });

  it('tells the rep to use the toolbar icon when Chrome refuses (no user gesture any more)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const open = vi.fn(() => Promise.reject(new Error('sidePanel.open() may only be called in response to a user gesture.')));
    await expect(openPanelForTab(12, { chrome: { sidePanel: { open } } })).resolves.toEqual({ ok: false, reason: TOOLBAR_HINT });
    const throws = vi.fn(() => {
      throw new Error('gesture');
    });
    await expect(openPanelForTab(12, { chrome: { sidePanel: { open: throws } } })).resolves.toEqual({ ok: false, reason: TOOLBAR_HINT });
  });

  it('tries Firefox’s sidebar, which refuses outside a user-input handler of an extension page, and falls back to the hint', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const open = vi.fn(() => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler')));
    await expect(openPanelForTab(12, { chrome: {}, browser: { sidebarAction: { open } } })).resolves.toEqual({ ok: false, reason: TOOLBAR_HINT });
    expect(open).toHaveBeenCalledOnce();
    await expect(openPanelForTab(12, { browser: { sidebarAction: { open: async () => {} } } })).resolves.toEqual({ ok: true });
  });

  it('gives the hint in a browser with neither API', async () => {
    await expect(openPanelForTab(12, {})).resolves.toEqual({ ok: false, reason: TOOLBAR_HINT });
  });
});
