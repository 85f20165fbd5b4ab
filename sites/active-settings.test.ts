import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';
import { runWhileActive, type ActiveSettingsDeps } from './active-settings';

/** Stands in for the background: `change` stores new settings and fires the storage change. */
function fakeDeps(initial: Settings) {
  let current = initial;
  let listener: (() => void) | undefined;
  const deps: ActiveSettingsDeps = { read: async () => current, watch: (cb) => ((listener = cb), () => (listener = undefined)) };
  return {
    deps,
    change: async (value: Settings) => {
      current = value;
      listener?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('runWhileActive', () => {
  it('starts when the site is on, stops when it is switched off, restarts when switched back on', async () => {
    const { deps, change } = fakeDeps(DEFAULT_SETTINGS);
    const signals: AbortSignal[] = [];
    const paused = vi.fn();
    await runWhileActive(new AbortController().signal, 'meet', (signal) => signals.push(signal), { deps, paused });
    expect(signals).toHaveLength(1);
    await change({ ...DEFAULT_SETTINGS, activeSources: ['gmail'] });
    expect(signals[0]!.aborted).toBe(true);
    expect(paused).toHaveBeenCalledOnce();
    await change({ ...DEFAULT_SETTINGS, activeSources: ['meet'] });
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
    await change({ ...DEFAULT_SETTINGS, repName: 'Sam Rivera', cooldownSeconds: 5 });
    await change({ ...DEFAULT_SETTINGS, repName: 'Sam R.' });
    expect(names).toEqual(['Sam Rivera', 'Sam R.']);
  });

  it('waits for the background instead of guessing: a worker that is restarting is asked again', async () => {
    let calls = 0;
    const deps: ActiveSettingsDeps = {
      read: async () => {
        calls++;
        if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ...DEFAULT_SETTINGS, activeSources: ['zoom'] };
      },
      watch: () => () => {},
      retryMs: [1],
    };
    const start = vi.fn();
    await runWhileActive(new AbortController().signal, 'gmail', start, { deps });
    expect(calls).toBe(3);
    // Defaults would have switched Gmail on; the rep had it off.
    expect(start).not.toHaveBeenCalled();
  });

  it('does not ask again when the background refuses', async () => {
    let calls = 0;
    const refusal = Object.assign(new Error('settings asked by an unexpected sender'), { name: 'RejectedMessage' });
    const deps: ActiveSettingsDeps = { read: async () => (calls++, Promise.reject(refusal)), watch: () => () => {}, retryMs: [1] };
    const start = vi.fn();
    await runWhileActive(new AbortController().signal, 'meet', start, { deps });
    expect(calls).toBe(1);
    expect(start).not.toHaveBeenCalled();
  });

  it('gives up reading when the content script goes away', async () => {
    const parent = new AbortController();
    const deps: ActiveSettingsDeps = { read: async () => Promise.reject(new Error('down')), watch: () => () => {}, retryMs: [5] };
    const done = runWhileActive(parent.signal, 'meet', vi.fn(), { deps });
    setTimeout(() => parent.abort(), 20);
    await expect(done).resolves.toBeUndefined();
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
