import { combineDetectors } from '../detection/combine';
import { DEFAULT_PACK } from '../detection/default-pack';
import { createDetector, type Detector } from '../detection/engine';
import { withSecondLook } from '../detection/second-look';
import { lookAlikeGuard } from '../detection/second-look/guard';
import { CATEGORY_IDS, type BuiltInCategoryId } from '../detection/taxonomy';
import type { EffectivePack } from './effective';
import type { TriggerStore } from './store';

/**
 * The detector for an effective pack, as the background runs it and the options page's test bench shows it: the
 * built-in triggers with the second look on their customer hits, the rep's and the team's triggers run apart (so a
 * built-in hit set aside cannot take theirs with it) and fired as they were written.
 * `choices` is the rep's store (or just its `secondLookAdds`): switched off, the second look only sets hits aside and
 * adds no moment of its own. Absent means on.
 */
export function detectorForPack(pack: EffectivePack, choices: Pick<TriggerStore, 'secondLookAdds'> = {}): Detector {
  const builtIns = pack.triggers.filter((t) => t.origin === 'builtin');
  const others = pack.triggers.filter((t) => t.origin !== 'builtin');
  const checked = withSecondLook(createDetector({ ...pack, triggers: builtIns }), {
    checks: (d) => d.speakers === 'customer',
    adds: choices.secondLookAdds === false ? [] : untouchedCategories(pack),
    guard: lookAlikeGuard(pack),
  });
  return others.length > 0 ? combineDetectors(checked, createDetector({ ...pack, triggers: others })) : checked;
}

/**
 * The categories whose built-in triggers all run as shipped. A rep who switched one off or edited it (or a team
 * that replaced it) has said how that category should fire, so the second look adds none of it on its own.
 */
export function untouchedCategories(pack: EffectivePack): BuiltInCategoryId[] {
  const asShipped = new Set(pack.triggers.filter((t) => t.origin === 'builtin' && t.enabled !== false).map((t) => t.id));
  return CATEGORY_IDS.filter((c) => DEFAULT_PACK.triggers.every((t) => t.category !== c || t.enabled === false || asShipped.has(t.id)));
}
