import { categoriesOf, mergeOverlapping, MAX_ANALYSED_CHARS, type Detector } from './engine';
import { addedBySecondLook } from './second-look/missed';

/**
 * One detector made of several run on the same text: their detections pooled, overlapping ones of a category merged
 * (as one detector does), categories in text order. Lets the built-ins get the second look while the rep's and the
 * team's triggers, run apart, keep every hit, even one on the same words as a built-in hit that was set aside.
 * A moment the second look added yields to any trigger's moment of its category, and to a trigger's match of it that
 * was cancelled (a rep's own exception says not to fire there): a trigger says why it fired.
 */
export function combineDetectors(...detectors: Detector[]): Detector {
  return {
    triggerCount: detectors.reduce((n, d) => n + d.triggerCount, 0),
    analyze(text, options) {
      const results = detectors.map((d) => d.analyze(text, options));
      const original = typeof text === 'string' ? text.slice(0, MAX_ANALYSED_CHARS) : '';
      const all = results.flatMap((r) => r.detections);
      // Any trigger's moment or cancelled match of a category (a rep's own exception included) outranks the model's guess.
      const quieted = results.flatMap((r) => r.quieted ?? []);
      const known = new Set([...all.filter((d) => !addedBySecondLook(d)).map((d) => d.category), ...quieted]);
      const detections = mergeOverlapping(all.filter((d) => !addedBySecondLook(d) || !known.has(d.category)), original);
      const categories = categoriesOf(detections);
      const setAside = results.flatMap((r) => r.setAside ?? []);
      const stillQuiet = [...new Set(quieted)].filter((c) => !categories.includes(c));
      return {
        categories,
        detections,
        ...(results.some((r) => r.truncated) && { truncated: true }),
        ...(setAside.length > 0 && { setAside }),
        ...(stillQuiet.length > 0 && { quieted: stillQuiet }),
      };
    },
  };
}
