import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStorageHealth, storageProblemItem, type StorageProblem } from './storage-health';

function memoryItem() {
  let value: StorageProblem | null = null;
  let writes = 0;
  return {
    item: {
      getValue: async () => value,
      setValue: async (v: StorageProblem | null) => {
        writes++;
        value = v;
      },
    },
    value: () => value,
    writes: () => writes,
  };
}

const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('storage health', () => {
  // Each failure is logged for the console of the worker; not wanted in the test output.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  it('records failures with when they began, and clears the record at the next successful write', async () => {
    const mem = memoryItem();
    let t = 1000;
    const health = createStorageHealth({ item: mem.item, now: () => t });
    await health.failed(quota);
    t = 2000;
    await health.failed(quota);
    expect(mem.value()).toEqual({ since: 1000, at: 2000, error: 'QuotaExceededError: The quota has been exceeded.', failures: 2 });
    await health.stored();
    expect(mem.value()).toBeNull();
    // Healthy: further successes do not touch storage.
    const writes = mem.writes();
    await health.stored();
    await health.stored();
    expect(mem.writes()).toBe(writes);
  });

  it('a fresh worker clears a warning left by the previous one at its first successful write', async () => {
    const mem = memoryItem();
    await createStorageHealth({ item: mem.item, now: () => 5 }).failed(quota);
    const next = createStorageHealth({ item: mem.item });
    await next.stored();
    expect(mem.value()).toBeNull();
  });

  it('keeps the warning when a failure lands right after a success was queued', async () => {
    const mem = memoryItem();
    const health = createStorageHealth({ item: mem.item, now: () => 7 });
    const ok = health.stored();
    const bad = health.failed(quota);
    await Promise.all([ok, bad]);
    expect(mem.value()).toMatchObject({ failures: 1 });
    await health.stored();
    expect(mem.value()).toBeNull();
  });

  it('lives in extension local storage', async () => {
    fakeBrowser.reset();
    await createStorageHealth({ now: () => 9 }).failed(quota);
    expect(await storageProblemItem.getValue()).toMatchObject({ at: 9, failures: 1 });
  });
});
