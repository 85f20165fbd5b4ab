import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TruthSerumDB, type MomentRecord } from '../storage/db';
import { createRetention, lastRetentionRun, RETENTION_INTERVAL_MS } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 5, 1);

function moment(id: string, createdAt: number): MomentRecord {
  return {
    id, createdAt, updatedAt: createdAt, source: 'meet', kind: 'caption', conversationId: 'c', conversationTitle: '', role: 'customer', speaker: null, speakerEmail: null,
    text: 'send me some information', categories: ['info_brushoff'], detections: [], tabId: null, composeKey: null, seen: 0, feedback: null, usedSuggestionId: null,
  };
}

describe('retention runs', () => {
  let db: TruthSerumDB;
  let clock: number;
  let retentionDays: number;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new TruthSerumDB(`retention-${Math.random()}`);
    clock = T0;
    retentionDays = 30;
  });
  const make = () => createRetention({ db, settings: async () => ({ retentionDays }), now: () => clock });

  it('runs at start-up and records the time in local storage', async () => {
    await db.moments.bulkPut([moment('old', T0 - 40 * DAY), moment('new', T0 - DAY)]);
    expect(await make().run()).toBe(1);
    expect(await db.moments.count()).toBe(1);
    expect(await lastRetentionRun.getValue()).toBe(T0);
    expect(await fakeBrowser.storage.local.get('lastRetentionRun')).toEqual({ lastRetentionRun: T0 });
  });

  it('runs on reports at most once an hour, across service worker restarts', async () => {
    await make().run();
    await db.moments.put(moment('old', T0 - 40 * DAY));
    clock = T0 + RETENTION_INTERVAL_MS - 1;
    // A fresh runner, as after the worker restarted: the last run is read from storage.
    expect(await make().maybeRun()).toBe(0);
    expect(await db.moments.count()).toBe(1);
    clock = T0 + RETENTION_INTERVAL_MS;
    expect(await make().maybeRun()).toBe(1);
    expect(await lastRetentionRun.getValue()).toBe(clock);
  });

  it('treats a last run in the future (clock set back) as due', async () => {
    await lastRetentionRun.setValue(T0 + 10 * DAY);
    await db.moments.put(moment('old', T0 - 40 * DAY));
    expect(await make().maybeRun()).toBe(1);
  });

  it('never runs twice at once', async () => {
    const retention = make();
    const where = vi.spyOn(db.moments, 'where');
    await Promise.all([retention.maybeRun(), retention.maybeRun(), retention.run()]);
    expect(where).toHaveBeenCalledTimes(1);
  });

  it('keeps everything when retention is off, and does not throw when it fails', async () => {
    retentionDays = 0;
    await db.moments.put(moment('ancient', 0));
    expect(await make().run()).toBe(0);
    expect(await db.moments.count()).toBe(1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing = createRetention({ db, settings: async () => Promise.reject(new Error('sync storage broken')), now: () => clock });
    expect(await failing.run()).toBe(0);
    expect(warn).toHaveBeenCalled();
  });
});
