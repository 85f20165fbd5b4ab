import { createDetector, type Detector } from './engine';
import { DEFAULT_PACK } from './default-pack';

let defaultDetector: Detector | undefined;

/** The detector for the built-in pack, compiled on first use (compiling costs a few milliseconds). */
export function getDefaultDetector(): Detector {
  defaultDetector ??= createDetector(DEFAULT_PACK);
  return defaultDetector;
}

export { createDetector, DEFAULT_PACK };
export type { Detector };
