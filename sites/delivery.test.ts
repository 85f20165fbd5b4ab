import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDelivery, reportKey } from './delivery';

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

  it('gives up after the last backoff', async () => {
    const send = vi.fn(async () => Promise.reject(NO_WORKER));
    const d = createDelivery<Msg>({ send, key: reportKey, backoffMs: [10, 10] });
    d.deliver(msg('u1'));
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(3);
    expect(d.pending()).toBe(0);
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

  it('keeps separate utterances apart and bounds the queue', async () => {
    const send = vi.fn(async (_m: Msg) => Promise.reject(NO_WORKER));
    const d = createDelivery<Msg>({ send, key: reportKey, backoffMs: [1000], maxPending: 2 });
    d.deliver(msg('u1'));
    d.deliver(msg('u2'));
    d.deliver(msg('u3'));
    expect(d.pending()).toBe(2);
    await vi.runAllTimersAsync();
    // u1 was dropped from the queue: its one attempt only. u2 and u3: attempt and one retry each.
    expect(send.mock.calls.map(([m]) => m.utteranceId).sort()).toEqual(['u1', 'u2', 'u2', 'u3', 'u3']);
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
