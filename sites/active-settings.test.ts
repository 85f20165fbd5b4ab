import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
import { runWhileActive, type ActiveSettingsDeps } from './active-settings';

function fakeDeps(initial: unknown) {
  let listener: ((value: unknown) => void) | undefined;
  const deps: ActiveSettingsDeps = { read: async () => initial, watch: (cb) => ((listener = cb), () => (listener = undefined)) };
  return { deps, change: (value: unknown) => listener?.(value) };
}

describe('runWhileActive', () => {
  it('starts when the site is on, stops when it is switched off, restarts when switched back on', async () => {
    const { deps, change } = fakeDeps(DEFAULT_SETTINGS);
    const signals: AbortSignal[] = [];
    const paused = vi.fn();
    await runWhileActive(new AbortController().signal, 'meet', (signal) => signals.push(signal), { deps, paused });
    expect(signals).toHaveLength(1);
    change({ ...DEFAULT_SETTINGS, activeSources: ['gmail'] });
    expect(signals[0]!.aborted).toBe(true);
    expect(paused).toHaveBeenCalledOnce();
    change({ ...DEFAULT_SETTINGS, activeSources: ['meet'] });
    expect(signals).toHaveLength(2);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('never starts for a site the rep switched off', async () => {
    const { deps } = fakeDeps({ ...DEFAULT_SETTINGS, activeSources: ['zoom'] });
    const start = vi.fn();
    await runWhileActive(new AbortController().signal, 'gmail', start, { deps });
    expect(start).not.toHaveBeenCalled();
  });

  it('passes the rep name and restarts when it changes', async () => {
    const { deps, change } = fakeDeps({ ...DEFAULT_SETTINGS, repName: 'Sam Rivera' });
    const names: string[] = [];
    await runWhileActive(new AbortController().signal, 'zoom', (_s, settings) => names.push(settings.repName), { deps, restartOn: (a, b) => a.repName !== b.repName });
    change({ ...DEFAULT_SETTINGS, repName: 'Sam Rivera', cooldownSeconds: 5 });
    change({ ...DEFAULT_SETTINGS, repName: 'Sam R.' });
    expect(names).toEqual(['Sam Rivera', 'Sam R.']);
  });

  it('stops with the content script', async () => {
    const { deps } = fakeDeps(DEFAULT_SETTINGS);
    const parent = new AbortController();
    let signal: AbortSignal | undefined;
    await runWhileActive(parent.signal, 'teams', (s) => (signal = s), { deps });
    parent.abort();
    expect(signal?.aborted).toBe(true);
  });
});
