import { createDetector, seedCompiled, type Detector } from './engine';
import { DEFAULT_PACK } from './default-pack';
import snapshot from './default-pack/precompiled.generated';
import { parseSnapshot } from './precompiled';

let defaultDetector: Detector | undefined;
let seeded = false;

/** The built-in pack's patterns, read from the build-time snapshot once: any detector built later reuses them. */
export function seedDefaultPatterns(): void {
  if (seeded) return;
  seeded = true;
  seedCompiled(parseSnapshot(snapshot));
}

/** The detector for the built-in pack, built on first use. */
export function getDefaultDetector(): Detector {
  seedDefaultPatterns();
  defaultDetector ??= createDetector(DEFAULT_PACK);
  return defaultDetector;
}

export { createDetector, DEFAULT_PACK };
export type { Detector };
