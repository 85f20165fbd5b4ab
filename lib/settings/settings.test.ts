import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, normalizeSettings, settingsItem } from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has safe defaults: every site on, nothing redacted, kept forever', async () => {
    expect(await getSettings()).toEqual({ repName: '', activeSources: ['gmail', 'meet', 'zoom', 'teams'], cooldownSeconds: 60, showChip: true, retentionDays: 0, redact: false });
  });

  it('keeps valid fields and replaces invalid ones with defaults', () => {
    expect(normalizeSettings({ repName: 'Sam Rivera', cooldownSeconds: -5, activeSources: ['gmail', 'myspace'], redact: 'yes' })).toEqual({
      ...DEFAULT_SETTINGS,
      repName: 'Sam Rivera',
    });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips through sync storage', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, repName: 'Sam', retentionDays: 30 });
    expect(await getSettings()).toMatchObject({ repName: 'Sam', retentionDays: 30 });
  });
});
