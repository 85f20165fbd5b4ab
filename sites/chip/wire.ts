import { contentToBackground } from '../../lib/messaging/protocol';
import type { OpenPanelResult, TextReport } from '../../lib/messaging/schemas';
import type { Source } from '../../lib/sources';
import { runWhileActive, type ActiveSettingsDeps } from '../active-settings';
import { reportKey } from '../delivery';
import { createChip, type Chip, type ChipPlacement, type ChipSurface } from './chip';

export interface PageChipOptions {
  signal: AbortSignal;
  source: Source;
  placement: ChipPlacement;
  surface?: ChipSurface;
  /** For tests: the settings without a background. */
  deps?: ActiveSettingsDeps;
  /** For tests: instead of asking the background. */
  openPanel?: () => Promise<OpenPanelResult>;
}

/**
 * The chip for one content script: shown while this site is read and Settings.showChip is on (switching either off
 * removes it at once), gone with the content script.
 */
export function startPageChip({ signal, source, placement, surface, deps, openPanel }: PageChipOptions): Chip {
  const chip = createChip({
    doc: document,
    placement,
    surface,
    openPanel: openPanel ?? (() => contentToBackground.sendMessage('openPanel', { source })),
  });
  void runWhileActive(
    signal,
    source,
    (running, settings) => {
      if (settings.showChip) chip.enable(running);
    },
    {
      restartOn: (before, after) => before.showChip !== after.showChip,
      deps,
    },
  );
  signal.addEventListener('abort', () => chip.destroy(), { once: true });
  return chip;
}

/** Wraps the delivery queue's send: each acknowledgement tells the chip whether that report is a moment. */
export function countAcknowledged(send: (r: TextReport) => Promise<{ momentId: string | null }>, chip: Chip) {
  return (report: TextReport) =>
    send(report).then((ack) => {
      chip.acknowledged(reportKey(report), ack?.momentId);
      return ack;
    });
}
