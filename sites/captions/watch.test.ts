// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { AdapterStatusReport, TextReport } from '../../lib/messaging/schemas';
import { meetReader } from '../meet/reader';
import { parseHtml } from './test-fixtures';
import { startCaptionWatch } from './watch';

/** Meet's DOM shape (see e2e/support/replay/meet-driver.js): one block per turn, its text node edited in place. */
const CALL = `<!DOCTYPE html><html><body>
  <button aria-label="Leave call"><i class="google-symbols">call_end</i></button>
  <div role="region" aria-label="Captions" tabindex="0"></div>
</body></html>`;

const PAUSE_MS = 2500; // the assembler's default pause

function call() {
  const doc = parseHtml(CALL);
  const region = doc.querySelector('[role="region"]')!;
  let clock = 1_000_000;
  const reports: TextReport[] = [];
  const statuses: AdapterStatusReport[] = [];
  const controller = new AbortController();
  const watch = startCaptionWatch({
    doc,
    reader: meetReader,
    conversation: () => ({ id: 'abc-defg-hij', title: 'Call' }),
    report: (r) => reports.push(r),
    status: (s) => statuses.push(s),
    signal: controller.signal,
    now: () => clock,
    pollMs: 3_600_000, // ticks are driven by the test through check()
  });
  /** A new caption block for `speaker`; returns its text node. */
  const block = (speaker: string): Text => {
    const el = doc.createElement('div');
    el.className = 'nMcdL';
    el.innerHTML = `<div class="adE6rb"><img alt="" data-iml="1" src="https://example.invalid/a.png"><div><span class="NWpY1d"></span></div></div><div class="ygicle"></div>`;
    el.querySelector('.NWpY1d')!.textContent = speaker;
    const node = doc.createTextNode('');
    el.querySelector('.ygicle')!.append(node);
    region.append(el);
    return node;
  };
  // MutationObserver callbacks run as microtasks; the watcher batches them into one more.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const say = async (node: Text, text: string, ms = 300) => {
    clock += ms;
    node.data = text;
    await settle();
  };
  const tick = (ms: number) => {
    clock += ms;
    watch.check();
  };
  return { reports, statuses, block, say, tick, stop: () => controller.abort() };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('startCaptionWatch reports', () => {
  it('one message per distinct text per utterance: closing an unchanged utterance sends nothing', async () => {
    const c = call();
    stop = c.stop;
    const riley = c.block('Riley Park');
    const words = 'could you just send me some information'.split(' ');
    for (let i = 1; i <= words.length; i++) await c.say(riley, words.slice(0, i).join(' '));
    await c.say(riley, words.join(' ')); // a re-render with the same words
    expect(c.reports).toHaveLength(words.length);
    // The pause closes the utterance (final) with the text already reported.
    c.tick(PAUSE_MS + 1);
    c.tick(PAUSE_MS + 1);
    expect(c.reports).toHaveLength(words.length);
    // The speaker change closes Riley's utterance: again nothing new to say about it.
    const jordan = c.block('Jordan Lee');
    await c.say(jordan, 'too expensive');
    expect(c.reports.map((r) => r.text)).toEqual([...words.map((_, i) => words.slice(0, i + 1).join(' ')), 'too expensive']);
    const pairs = c.reports.map((r) => `${r.utteranceId}|${r.text}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(new Set(c.reports.map((r) => r.utteranceId)).size).toBe(2);
  });

  it('the triggering words are reported as soon as they are shown, before the utterance is final', async () => {
    const c = call();
    stop = c.stop;
    const riley = c.block('Riley Park (Guest)');
    await c.say(riley, 'just send me');
    await c.say(riley, 'just send me some in formation');
    await c.say(riley, 'just send me some information'); // corrected in place: a new text, reported at once
    const last = c.reports[c.reports.length - 1]!;
    expect(last).toMatchObject({ text: 'just send me some information', speaker: 'Riley Park', role: 'customer', kind: 'caption', source: 'meet' });
    expect(c.reports).toHaveLength(3);
    expect(new Set(c.reports.map((r) => r.utteranceId)).size).toBe(1);
  });

  it('an utterance closed in the same batch as its last change is reported once, with that change', async () => {
    const c = call();
    stop = c.stop;
    const riley = c.block('Riley Park');
    await c.say(riley, 'call me next');
    // The last word and the next speaker's block land in one mutation batch: one read closes Riley's turn.
    riley.data = 'call me next quarter';
    const jordan = c.block('Jordan Lee');
    await c.say(jordan, 'sounds good');
    expect(c.reports.map((r) => r.text)).toEqual(['call me next', 'call me next quarter', 'sounds good']);
  });

  it("keeps a Meet speaker's stutter that lands in one read (only Zoom shows stale windows to collapse)", async () => {
    const c = call();
    stop = c.stop;
    const riley = c.block('Riley Park');
    await c.say(riley, 'can we');
    await c.say(riley, 'can we can we push this out');
    expect(c.reports.map((r) => r.text)).toEqual(['can we', 'can we can we push this out']);
  });

  it('captions turned off close the open utterance without another message', async () => {
    const c = call();
    stop = c.stop;
    const riley = c.block('Riley Park');
    await c.say(riley, 'call me next');
    await c.say(riley, 'call me next quarter');
    const sent = c.reports.length;
    riley.parentElement!.closest('[role="region"]')!.remove();
    c.tick(1000);
    expect(c.reports).toHaveLength(sent);
    expect(c.statuses.map((s) => s.state)).toEqual(['listening', 'lost']);
  });
});
