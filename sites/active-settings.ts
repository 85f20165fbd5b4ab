import { browser } from 'wxt/browser';
import { contentToBackground } from '../lib/messaging/protocol';
import type { Settings } from '../lib/settings/settings';
import type { Source } from '../lib/sources';

export interface ActiveSettingsDeps {
  /** The rep's settings, already validated. */
  read: () => Promise<Settings>;
  /** Calls back when the stored settings change; returns an unsubscribe. */
  watch: (changed: () => void) => () => void;
  /** Waits between failed reads (the worker may be restarting); the last entry repeats. */
  retryMs?: number[];
}

/**
 * Content scripts ask the background for the settings instead of reading them with WXT storage and valibot: those
 * two would add ~14 KB to every content script (the budget is 30 KB), and validation stays in one place.
 */
const backgroundDeps: ActiveSettingsDeps = {
  read: () => contentToBackground.sendMessage('getSiteSettings', undefined),
  watch: (changed) => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'sync' && 'settings' in changes) changed();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

const DEFAULT_RETRY_MS = [250, 1000, 3000, 10_000];

/** The background's RejectedMessage and valibot's ValiError: a refusal, not a worker that is away. */
const isRefusal = (error: unknown) => error instanceof Error && (error.name === 'RejectedMessage' || error.name === 'ValiError');

/** Reads until the background answers: a site the rep switched off must never be read on a guessed default. */
async function readUntilAnswered(deps: ActiveSettingsDeps, signal: AbortSignal): Promise<Settings | null> {
  const waits = deps.retryMs ?? DEFAULT_RETRY_MS;
  for (let attempt = 0; !signal.aborted; attempt++) {
    try {
      return await deps.read();
    } catch (error) {
      // Refused (not our site, a malformed answer): asking again would only be refused again.
      if (isRefusal(error)) return null;
      const ms = waits[Math.min(attempt, waits.length - 1)] ?? 1000;
      await new Promise<void>((resolve) => {
        const onAbort = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
      });
    }
  }
  return null;
}

/**
 * Runs a site adapter only while the rep has this site switched on (Settings.activeSources), and restarts it when a
 * setting it depends on changes (`restartOn`, e.g. the rep's name in captions). `start` gets a signal that aborts
 * when the site is switched off or the content script goes away; `paused` is called when it is switched off.
 */
export function runWhileActive(
  parent: AbortSignal,
  source: Source,
  start: (signal: AbortSignal, settings: Settings) => void,
  options: { restartOn?: (before: Settings, after: Settings) => boolean; paused?: () => void; deps?: ActiveSettingsDeps } = {},
): Promise<void> {
  const deps = options.deps ?? backgroundDeps;
  let running: { controller: AbortController; settings: Settings } | null = null;
  // Reads can overlap (a change while the first read retries): only the newest one applies.
  let latestRead = 0;

  const apply = (settings: Settings) => {
    if (parent.aborted) return;
    const active = settings.activeSources.includes(source);
    if (running && (!active || options.restartOn?.(running.settings, settings))) {
      running.controller.abort();
      running = null;
      if (!active) options.paused?.();
    }
    if (active && !running) {
      const controller = new AbortController();
      parent.addEventListener('abort', () => controller.abort(), { once: true });
      running = { controller, settings };
      start(controller.signal, settings);
    } else if (running) running.settings = settings;
  };

  const refresh = async () => {
    const read = ++latestRead;
    const settings = await readUntilAnswered(deps, parent);
    if (settings && read === latestRead) apply(settings);
  };

  const stop = deps.watch(() => void refresh());
  parent.addEventListener('abort', stop, { once: true });
  return refresh();
}
