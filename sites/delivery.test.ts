import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDelivery, reportKey, warnOnLoss } from './delivery';

interface Msg {
  source: string;
  conversationId: string;
  utteranceId: string;
  text: string;
}
const msg = (utteranceId: string, text = 'send me some information'): Msg => ({ source: 'meet', conversationId: 'c', utteranceId, text });
const NO_WORKER = new Error('Could not establish connection. Receiving end does not exist.');

describe('acknowledged delivery of reports', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends once when the background answers', async () => {
    const send = vi.fn(async () => ({ momentId: null }));
    const d = createDelivery<Msg>({ send, key: reportKey });
    d.deliver(msg('u1'));
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
    expect(d.pending()).toBe(0);
  });

  it('re-sends with backoff while the service worker restarts, until acknowledged', async () => {
    const send = vi.fn<(m: Msg) => Promise<unknown>>().mockRejectedValueOnce(NO_WORKER).mockRejectedValueOnce(NO_WORKER).mockResolvedValue({ momentId: 'x' });
    const d = createDelivery<Msg>({ send, key: reportKey, backoffMs: [100, 1000] });
    d.deliver(msg('u1'));
    await vi.advanceTimersByTimeAsync(99);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(3);
    expect(d.pending()).toBe(0);
  });

  it('keeps retrying at the last interval after the backoff runs out: an unacknowledged report is never given up', async () => {
    let up = false;
    const send = vi.fn(async () => (up ? { momentId: 'x' } : Promise.reject(NO_WORKER)));
    const onChange = vi.fn();
    const d = createDelivery<Msg>({ send, key: reportKey, backoffMs: [10, 100], onChange });
    d.deliver(msg('u1'));
    await vi.advanceTimersByTimeAsync(10 + 100 * 5);
    expect(send).toHaveBeenCalledTimes(7);
    expect(d.state()).toMatchObject({ pending: 1, retrying: 1 });
    expect(onChange).toHaveBeenLastCalledWith({ pending: 1, retrying: 1, overflowed: 0, rejected: 0 });
    up = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(send).toHaveBeenCalledTimes(8);
    expect(d.state()).toEqual({ pending: 0, retrying: 0, overflowed: 0, rejected: 0 });
    // The status can go back to normal once the queue drained.
    expect(onChange).toHaveBeenLastCalledWith({ pending: 0, retrying: 0, overflowed: 0, rejected: 0 });
  });

  it('drops a report the background refused as invalid, and counts it', async () => {
    const refused = Object.assign(new Error('a meet page cannot report for gmail'), { name: 'RejectedMessage' });
    const send = vi.fn(async () => Promise.reject(refused));
    const d = createDelivery<Msg>({ send, key: reportKey, backoffMs: [10] });
    d.deliver(msg('u1'));
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
    expect(d.state()).toMatchObject({ pending: 0, rejected: 1 });
  });

  it('sends only the latest text of an utterance, never an older one after a newer', async () => {
    let fail = true;
    const send = vi.fn(async (_m: Msg) => (fail ? Promise.reject(NO_WORKER) : { momentId: null }));
    const d = createDelivery<Msg>({ send, key: reportKey, backoffMs: [500] });
    d.deliver(msg('u1', 'send me'));
    await vi.advanceTimersByTimeAsync(0);
    fail = false;
    d.deliver(msg('u1', 'send me some information'));
    await vi.runAllTimersAsync();
    expect(send.mock.calls.map(([m]) => m.text)).toEqual(['send me', 'send me some information']);
  });

  it('sends a revision that arrives while the previous one is in flight, after it', async () => {
    const resolvers: Array<() => void> = [];
    const send = vi.fn((_m: Msg) => new Promise<void>((resolve) => resolvers.push(resolve)));
    const d = createDelivery<Msg>({ send, key: reportKey });
    d.deliver(msg('u1', 'a'));
    d.deliver(msg('u1', 'b'));
    d.deliver(msg('u1', 'c'));
    expect(send).toHaveBeenCalledTimes(1);
    resolvers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(send.mock.calls.map(([m]) => m.text)).toEqual(['a', 'c']);
    resolvers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(d.pending()).toBe(0);
  });

  it('burst while the worker restarts: every distinct utterance is delivered exactly once, with its last text', async () => {
    // The worker is away for 4 s (a stop plus a slow cold start), while a caption burst of 300 utterances arrives.
    let downUntil = 4000;
    const delivered = new Map<string, string[]>();
    const send = vi.fn(async (m: Msg) => {
      // The answer takes a few ms either way, so revisions land while a report is in flight.
      await new Promise((resolve) => setTimeout(resolve, 3));
      if (Date.now() < downUntil) throw NO_WORKER;
      delivered.set(m.utteranceId, [...(delivered.get(m.utteranceId) ?? []), m.text]);
      return { momentId: m.utteranceId };
    });
    vi.setSystemTime(0);
    const d = createDelivery<Msg>({ send, key: reportKey });
    for (let i = 0; i < 300; i++) {
      d.deliver(msg(`u${i}`, 'send me'));
      await vi.advanceTimersByTimeAsync(5);
      d.deliver(msg(`u${i}`, `send me some information ${i}`));
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(Date.now()).toBe(3000);
    expect(d.state()).toMatchObject({ pending: 300, overflowed: 0 });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(d.state()).toEqual({ pending: 0, retrying: 0, overflowed: 0, rejected: 0 });
    expect(delivered.size).toBe(300);
    for (let i = 0; i < 300; i++) expect(delivered.get(`u${i}`), `u${i}`).toEqual([`send me some information ${i}`]);
  });

  it('delivers what waited as soon as the background answers again, not after each backoff', async () => {
    let up = false;
    const send = vi.fn(async (_m: Msg) => (up ? { momentId: null } : Promise.reject(NO_WORKER)));
    const d = createDelivery<Msg>({ send, key: reportKey, backoffMs: [250, 1000, 3000, 10_000] });
    for (let i = 0; i < 20; i++) d.deliver(msg(`u${i}`));
    await vi.advanceTimersByTimeAsync(250 + 1000 + 3000);
    up = true;
    d.deliver(msg('fresh'));
    await vi.advanceTimersByTimeAsync(0);
    expect(d.pending()).toBe(0);
  });

  it('bounds memory against a page flooding new keys, and reports the overflow instead of hiding it', async () => {
    const send = vi.fn(async (_m: Msg) => Promise.reject(NO_WORKER));
    const onChange = vi.fn();
    const d = createDelivery<Msg>({ send, key: reportKey, backoffMs: [1000], maxPending: 100, onChange });
    for (let i = 0; i < 1000; i++) d.deliver(msg(`u${i}`));
    expect(d.pending()).toBeLessThanOrEqual(100);
    // Until the first failure, all are in flight and none can be dropped: the new ones are refused instead.
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 1000; i < 1500; i++) {
      d.deliver(msg(`u${i}`));
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(d.pending()).toBe(100);
    expect(d.state().overflowed).toBe(1400);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ overflowed: 1400 }));
    // The newest survive: the oldest waiting reports gave way.
    await vi.advanceTimersByTimeAsync(1000);
    const retried = new Set(send.mock.calls.slice(-100).map(([m]) => m.utteranceId));
    expect(retried.has('u1499')).toBe(true);
    expect(retried.has('u0')).toBe(false);

    const big = createDelivery<Msg>({ send, key: reportKey, maxPendingSize: 1000 });
    for (let i = 0; i < 50; i++) big.deliver(msg(`b${i}`, 'x'.repeat(300)));
    await vi.advanceTimersByTimeAsync(0);
    big.deliver(msg('last', 'x'.repeat(300)));
    expect(big.pending()).toBeLessThanOrEqual(3);
  });

  it('stops for good when the extension was reloaded (context invalidated) or the script is stopped', async () => {
    const send = vi.fn(async () => Promise.reject(new Error('Extension context invalidated.')));
    const d = createDelivery<Msg>({ send, key: reportKey });
    d.deliver(msg('u1'));
    await vi.runAllTimersAsync();
    d.deliver(msg('u2'));
    expect(send).toHaveBeenCalledTimes(1);

    const controller = new AbortController();
    const send2 = vi.fn(async () => Promise.reject(NO_WORKER));
    const d2 = createDelivery<Msg>({ send: send2, key: reportKey, signal: controller.signal });
    d2.deliver(msg('u1'));
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await vi.runAllTimersAsync();
    expect(send2).toHaveBeenCalledTimes(1);
    expect(d2.pending()).toBe(0);
  });
});

describe('warnOnLoss', () => {
  it('says once per new loss, with counts only', () => {
    const log = vi.fn();
    const onChange = warnOnLoss('meet', log);
    onChange({ pending: 3, retrying: 0, overflowed: 0, rejected: 0 });
    expect(log).not.toHaveBeenCalled();
    onChange({ pending: 1000, retrying: 1000, overflowed: 2, rejected: 0 });
    onChange({ pending: 999, retrying: 999, overflowed: 2, rejected: 0 });
    onChange({ pending: 0, retrying: 0, overflowed: 2, rejected: 1 });
    expect(log.mock.calls.map((c) => c[0])).toEqual([
      'Truth Serum (meet): 2 report(s) dropped because the queue was full, 0 refused by the extension.',
      'Truth Serum (meet): 2 report(s) dropped because the queue was full, 1 refused by the extension.',
    ]);
  });
});
