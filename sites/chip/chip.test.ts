// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { OpenPanelResult, TextReport } from '../../lib/messaging/schemas';
import type { ActiveSettingsDeps } from '../active-settings';
import { reportKey } from '../delivery';
import { CHIP_TAG, createChip } from './chip';
import { countAcknowledged, startPageChip } from './wire';

const host = () => document.querySelector(CHIP_TAG) as HTMLElement | null;
const root = () => host()?.shadowRoot ?? null;
const openButton = () => root()?.querySelector<HTMLButtonElement>('button.open') ?? null;
const dismissButton = () => root()?.querySelector<HTMLButtonElement>('button.dismiss') ?? null;
const note = () => root()?.querySelector('[role="status"]') ?? null;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let controller: AbortController;
let openPanel: ReturnType<typeof vi.fn<() => Promise<OpenPanelResult>>>;

beforeEach(() => {
  document.body.innerHTML = '<main><button>Page button</button></main>';
  controller = new AbortController();
  openPanel = vi.fn(async (): Promise<OpenPanelResult> => ({ ok: true }));
});
afterEach(() => controller.abort());

function enabledChip() {
  const chip = createChip({ doc: document, openPanel });
  chip.enable(controller.signal);
  return chip;
}

describe('the in-page chip', () => {
  it('appears only after the first moment, with the count in its text and accessible name', () => {
    const chip = enabledChip();
    chip.acknowledged('meet:call:u1', null);
    expect(host()).toBeNull();
    chip.acknowledged('meet:call:u2', 'meet:call:u2');
    expect(host()).not.toBeNull();
    expect(openButton()!.textContent).toBe('Truth Serum · 1');
    expect(openButton()!.getAttribute('aria-label')).toBe('Truth Serum: 1 moment on this page. Open the side panel');
    expect(dismissButton()!.getAttribute('aria-label')).toMatch(/hide/i);
  });

  it('counts distinct moments: a report acknowledged again is one moment, a moment that went away is not counted', () => {
    const chip = enabledChip();
    chip.acknowledged('gmail:t:m1', 'gmail:t:m1');
    chip.acknowledged('gmail:t:m1', 'gmail:t:m1');
    chip.acknowledged('gmail:t:m2', 'gmail:t:m2');
    // Two reports the background stored as the same moment.
    chip.acknowledged('gmail:t:m2-again', 'gmail:t:m2');
    expect(openButton()!.textContent).toBe('Truth Serum · 2');
    chip.acknowledged('gmail:t:m2-again', null);
    // The rep rewrote a caving draft: the background removed its moment.
    chip.acknowledged('gmail:t:draft', 'gmail:t:draft');
    expect(chip.count()).toBe(3);
    chip.acknowledged('gmail:t:draft', null);
    expect(openButton()!.textContent).toBe('Truth Serum · 2');
    chip.acknowledged('gmail:t:m1', null);
    chip.acknowledged('gmail:t:m2', null);
    expect(host()).toBeNull();
  });

  it('lives in a shadow root: the page finds none of its parts, and page styles do not reach it', () => {
    const style = document.createElement('style');
    style.textContent = 'button { display: none !important; color: red; }';
    document.head.append(style);
    enabledChip().acknowledged('k', 'm');
    expect(document.querySelectorAll('button')).toHaveLength(1);
    expect(root()!.querySelector('style')!.textContent).toContain(':host { all: initial !important; }');
    expect(getComputedStyle(openButton()!).display).not.toBe('none');
    style.remove();
  });

  it('hides for this page on dismiss, and stays hidden when more moments arrive', () => {
    const chip = enabledChip();
    chip.acknowledged('a', 'a');
    dismissButton()!.click();
    expect(host()).toBeNull();
    chip.acknowledged('b', 'b');
    expect(host()).toBeNull();
    expect(chip.count()).toBe(2);
  });

  it('is removed when its signal aborts, and shows again (same count) when enabled again', () => {
    const chip = enabledChip();
    chip.acknowledged('a', 'a');
    controller.abort();
    expect(host()).toBeNull();
    chip.acknowledged('b', 'b');
    expect(host()).toBeNull();
    controller = new AbortController();
    chip.enable(controller.signal);
    expect(openButton()!.textContent).toBe('Truth Serum · 2');
  });

  it('asks to open the panel on click, and shows why it could not as text, never as markup', async () => {
    openPanel.mockResolvedValueOnce({ ok: true }).mockResolvedValueOnce({ ok: false, reason: '<img src=x onerror="alert(1)"> Use the toolbar icon' });
    enabledChip().acknowledged('a', 'a');
    openButton()!.click();
    await flush();
    expect(openPanel).toHaveBeenCalledTimes(1);
    expect(note()!.textContent).toBe('');
    openButton()!.click();
    await flush();
    expect(note()!.textContent).toBe('<img src=x onerror="alert(1)"> Use the toolbar icon');
    expect(root()!.querySelector('img')).toBeNull();
  });

  it('says what to do when the background cannot be reached', async () => {
    openPanel.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    enabledChip().acknowledged('a', 'a');
    openButton()!.click();
    await flush();
    expect(note()!.textContent).toMatch(/toolbar icon/);
  });
});

/** Stands in for the background's settings: `change` stores new settings and fires the storage change. */
function fakeSettings(initial: Settings) {
  let current = initial;
  let listener: (() => void) | undefined;
  const deps: ActiveSettingsDeps = { read: async () => current, watch: (cb) => ((listener = cb), () => (listener = undefined)) };
  return {
    deps,
    change: async (patch: Partial<Settings>) => {
      current = { ...current, ...patch };
      listener?.();
      await flush();
    },
  };
}

const report = (utteranceId: string): TextReport => ({
  source: 'meet',
  kind: 'caption',
  conversationId: 'abc-defg-hij',
  conversationTitle: 'Call',
  utteranceId,
  role: 'customer',
  text: 'just send me some information',
});

describe('the chip on a page (settings and acknowledgements)', () => {
  it('follows Settings.showChip and the site switch at once, and counts what the background acknowledged', async () => {
    const settings = fakeSettings({ ...DEFAULT_SETTINGS, showChip: false });
    const chip = startPageChip({ signal: controller.signal, source: 'meet', placement: { bottom: 96, left: 16 }, deps: settings.deps, openPanel });
    const send = countAcknowledged(async (r) => ({ momentId: r.utteranceId === 'u1' ? reportKey(r) : null }), chip);
    await flush();
    expect(await send(report('u1'))).toEqual({ momentId: 'meet:abc-defg-hij:u1' });
    await send(report('u2'));
    expect(chip.count()).toBe(1);
    expect(host()).toBeNull();

    await settings.change({ showChip: true });
    expect(openButton()!.textContent).toBe('Truth Serum · 1');
    const chipElement = root()!.querySelector<HTMLElement>('.chip')!;
    expect([chipElement.style.bottom, chipElement.style.left]).toEqual(['96px', '16px']);

    await settings.change({ showChip: false });
    expect(host()).toBeNull();
    await settings.change({ showChip: true });
    expect(host()).not.toBeNull();
    // The rep stops Truth Serum reading Meet: the chip goes with it.
    await settings.change({ activeSources: ['gmail'] });
    expect(host()).toBeNull();
    await settings.change({ activeSources: ['gmail', 'meet'] });
    expect(host()).not.toBeNull();

    controller.abort();
    expect(host()).toBeNull();
  });

  it('passes a refused report on to the delivery queue untouched, and counts nothing for it', async () => {
    const chip = createChip({ doc: document, openPanel });
    const refusal = Object.assign(new Error('report from an unexpected sender'), { name: 'RejectedMessage' });
    const send = countAcknowledged(() => Promise.reject(refusal), chip);
    await expect(send(report('u1'))).rejects.toBe(refusal);
    expect(chip.count()).toBe(0);
  });
});
