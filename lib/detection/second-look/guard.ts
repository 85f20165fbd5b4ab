import { createDetector, type Detector } from '../engine';
import type { Channel, TriggerPack } from '../types';

/** Whether a passage holds one of the look-alikes the rules know (see withSecondLook's `guard`). */
export type LookAlikeGuard = (passage: string, channel: Channel) => boolean;

/**
 * The pack's shared look-alike sets (a buying signal, a problem already fixed, the rep's own talk, someone else's
 * story, an automated notice…) as one detector. The triggers' exceptions use them sentence by sentence; the second
 * look adds no moment in a passage that holds one, since its words alone cannot tell a look-alike from the real thing.
 */
export function lookAlikeGuard(pack: TriggerPack): LookAlikeGuard {
  const sets = pack.sets ?? {};
  // A second detector over every set: built when the second look first asks, not at the worker's start or on each
  // rebuild of the rep's pack.
  let detector: Detector | undefined;
  return (passage, channel) => {
    detector ??= createDetector({
      sets,
      triggers: Object.entries(sets).map(([name, patterns]) => ({ id: `look-alike.${name}`, category: 'look_alike', patterns, speakers: 'anyone' as const })),
    });
    return detector.analyze(passage, { channel, role: 'any' }).detections.length > 0;
  };
}
