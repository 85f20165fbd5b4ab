import { createDetector } from '../engine';
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
  const detector = createDetector({
    sets,
    triggers: Object.entries(sets).map(([name, patterns]) => ({ id: `look-alike.${name}`, category: 'look_alike', patterns, speakers: 'anyone' as const })),
  });
  return (passage, channel) => detector.analyze(passage, { channel, role: 'any' }).detections.length > 0;
}
