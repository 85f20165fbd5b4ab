import { combineDetectors } from '../detection/combine';
import { createDetector, type Detector } from '../detection/engine';
import { withSecondLook } from '../detection/second-look';
import type { EffectivePack } from './effective';

/**
 * The detector for an effective pack, as the background runs it and the options page's test bench shows it: the
 * built-in triggers with the second look on their customer hits, the rep's and the team's triggers run apart (so a
 * built-in hit set aside cannot take theirs with it) and fired as they were written.
 */
export function detectorForPack(pack: EffectivePack): Detector {
  const builtIns = pack.triggers.filter((t) => t.origin === 'builtin');
  const others = pack.triggers.filter((t) => t.origin !== 'builtin');
  const checked = withSecondLook(createDetector({ ...pack, triggers: builtIns }), { checks: (d) => d.speakers === 'customer' });
  return others.length > 0 ? combineDetectors(checked, createDetector({ ...pack, triggers: others })) : checked;
}
