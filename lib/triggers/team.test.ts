import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_FORMAT, parsePack } from './pack';
import { createLiveDetector } from './live-detector';
import { readTeamPolicy, watchTeamPolicy } from './team';
import { EMPTY_STORE, saveTriggerStore } from './store';

const pack = (phrase: string) => ({ format: PACK_FORMAT, version: 1, triggers: [{ id: 'team.wagons', category: 'complaint', phrases: [phrase] }] });

/**
 * Chromium at browser start: managed-storage reads wait until the policy is loaded, and loading it fires
 * storage.onChanged('managed') before the waiting reads return; each read is a round trip to the browser process
 * (a task, not a microtask). Returns the function that loads the policy.
 */
function policyLoadedLater(value: unknown): () => Promise<void> {
  const area = fakeBrowser.storage.managed;
  const realGet = area.get;
  let release!: () => void;
  const loaded = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(area, 'get').mockImplementation(async (keys?: unknown) => {
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return realGet.call(area, keys as string);
  });
  return async () => {
    await area.set({ teamPack: value });
    release();
  };
}

describe('team policy at browser start and on change', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('the background is ready with the team pack even when the policy loads after the worker started', async () => {
    const load = policyLoadedLater(pack('circle the wagons'));
    const live = createLiveDetector();
    await load();
    await live.ready;
    // A Gmail report waits for `ready` and is analysed right after it: the team's trigger must already be there.
    expect(live.current().analyze('We will circle the wagons.', { channel: 'email' }).detections[0]).toMatchObject({ trigger: 'team.wagons' });
    // Chromium announcing the policy the first read was waiting for is no change: no second read.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fakeBrowser.storage.managed.get).toHaveBeenCalledTimes(1);
    live.stop();
  });

  it('a trigger the rep saves while the first read waits for the policy does not lose the team pack', async () => {
    const load = policyLoadedLater(pack('circle the wagons'));
    const live = createLiveDetector();
    // The rep's own trigger lands mid-read: the first read is overtaken and must hand over, not drop the team pack.
    await saveTriggerStore({ ...EMPTY_STORE, custom: [{ id: 'custom.sleep', category: 'stall', phrases: ['let me noodle on it'] }] });
    await load();
    await live.ready;
    const analyze = (text: string) => live.current().analyze(text, { channel: 'email' }).detections[0]?.trigger;
    expect(analyze('We will circle the wagons.')).toBe('team.wagons');
    expect(analyze('Let me noodle on it.')).toBe('custom.sleep');
    live.stop();
  });

  it('does not call back for the policy a read already returned, and does for a real change', async () => {
    await fakeBrowser.storage.managed.set({ teamPack: pack('circle the wagons') });
    const callback = vi.fn();
    // As every caller does: read, and watch in the same turn.
    const first = readTeamPolicy();
    const stop = watchTeamPolicy(callback);
    expect((await first).pack?.triggers[0]?.phrases).toEqual(['circle the wagons']);

    await fakeBrowser.storage.onChanged.trigger({ teamPack: { newValue: pack('circle the wagons') } }, 'managed');
    await Promise.resolve();
    expect(callback).not.toHaveBeenCalled();

    await fakeBrowser.storage.managed.set({ teamPack: pack('regroup internally') });
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    expect((await readTeamPolicy()).pack?.triggers[0]?.phrases).toEqual(['regroup internally']);

    // The administrator removes the policy.
    await fakeBrowser.storage.managed.remove('teamPack');
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(2));
    expect(await readTeamPolicy()).toEqual({ pack: null });

    // Other storage areas are not the policy.
    await fakeBrowser.storage.local.set({ teamPack: pack('x') });
    await Promise.resolve();
    expect(callback).toHaveBeenCalledTimes(2);
    stop();
  });
  it('a change another reader in the page already read still calls back every other watcher', async () => {
    // The options page: the trigger list and the cards each read the policy and watch it.
    await fakeBrowser.storage.managed.set({ teamPack: pack('circle the wagons') });
    const readers = ['list', 'cards'].map(() => {
      const callback = vi.fn();
      const first = readTeamPolicy();
      return { callback, first, stop: watchTeamPolicy(callback) };
    });
    for (const r of readers) expect((await r.first).pack?.triggers[0]?.phrases).toEqual(['circle the wagons']);

    // The policy changes and the cards re-read it (say, for a trigger the rep saved) before the change event arrives.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ teamPack: pack('regroup internally') });
    expect((await readTeamPolicy()).pack?.triggers[0]?.phrases).toEqual(['regroup internally']);
    await fakeBrowser.storage.onChanged.trigger({ teamPack: { newValue: pack('regroup internally') } }, 'managed');
    // The list still shows the old policy: its watcher must call back although the cards' read already saw the new one.
    for (const r of readers) await vi.waitFor(() => expect(r.callback).toHaveBeenCalledTimes(1));

    // The same value announced again is no change for anyone.
    await fakeBrowser.storage.onChanged.trigger({ teamPack: { newValue: pack('regroup internally') } }, 'managed');
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (const r of readers) expect(r.callback).toHaveBeenCalledTimes(1);
    for (const r of readers) r.stop();
  });
});

describe('the example policies in docs/', () => {
  const doc = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', name), 'utf8'));

  it('hold one valid pack, the same in the Chromium and Firefox forms', () => {
    const pack = doc('team-policy.example.json');
    expect(parsePack(pack)).toMatchObject({ ok: true });
    expect(doc('team-policy.chromium.json')).toEqual({ '3rdparty': { extensions: { EXTENSION_ID: { teamPack: pack } } } });
    expect(doc('team-policy.firefox.json')).toEqual({ policies: { '3rdparty': { Extensions: { 'truth-serum@truthserum.invalid': { teamPack: pack } } } } });
  });
});
