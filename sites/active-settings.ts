import { normalizeSettings, settingsItem, type Settings } from '../lib/settings/settings';
import type { Source } from '../lib/sources';

export interface ActiveSettingsDeps {
  read: () => Promise<unknown>;
  watch: (callback: (value: unknown) => void) => () => void;
}

const storageDeps: ActiveSettingsDeps = {
  read: () => settingsItem.getValue(),
  watch: (callback) => settingsItem.watch(callback),
};

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
  const deps = options.deps ?? storageDeps;
  let running: { controller: AbortController; settings: Settings } | null = null;

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

  const stop = deps.watch((value) => apply(normalizeSettings(value)));
  parent.addEventListener('abort', stop, { once: true });
  return deps
    .read()
    .catch(() => undefined)
    .then((value) => apply(normalizeSettings(value ?? {})));
}
