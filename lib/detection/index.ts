import { createDetector, seedCompiled, type Detector } from './engine';
import { DEFAULT_PACK } from './default-pack';
import snapshot from './default-pack/precompiled.generated';
import { snapshotReader } from './precompiled';
import { withSecondLook } from './second-look';
import { lookAlikeGuard } from './second-look/guard';
import { CATEGORY_IDS } from './taxonomy';

let defaultDetector: Detector | undefined;
let seeded = false;

/**
 * The built-in pack's patterns, read from the build-time snapshot once: any detector built later reuses them. Only the
 * extension's worker (and the cold-start bench) call this: scripts and tests compile fresh, so a snapshot left stale
 * while the pack or the compiler is being changed cannot skew them (`npm test` refuses a stale one).
 */
export function seedDefaultPatterns(): void {
  if (seeded) return;
  seeded = true;
  seedCompiled(snapshotReader(snapshot));
}

/**
 * The detector for the built-in pack, built on first use (from the snapshot once `seedDefaultPatterns` ran), with the
 * second look on the hits of triggers that listen to the customer and free to add any built-in category they missed.
 * `createDetector(DEFAULT_PACK)` is the rules alone.
 */
export function getDefaultDetector(): Detector {
  defaultDetector ??= withSecondLook(createDetector(DEFAULT_PACK), {
    checks: (d) => d.speakers === 'customer',
    adds: CATEGORY_IDS,
    guard: lookAlikeGuard(DEFAULT_PACK),
  });
  return defaultDetector;
}

export { createDetector, DEFAULT_PACK };
export type { Detector };
