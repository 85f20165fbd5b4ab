import { compileSource, type CompiledPattern } from './engine';
import type { TriggerPack } from './types';

/**
 * A build-time snapshot of a pack's compiled patterns. Compiling ~1,000 patterns takes ~100 ms of the worker's cold
 * start; reading them back from JSON takes a few. A pattern missing from it (a rep's own trigger, a pack edit) is
 * compiled as usual. A change to the compiler itself is not seen by the snapshot: `npm run precompile -- --check`
 * (part of `npm test`) fails until it is regenerated.
 */
export type CompiledSnapshot = [source: string, patterns: CompiledPattern[]][];

/** Every source string a detector for this pack compiles: patterns, phrases, exceptions (sets expanded) and turns. */
export function packSources(pack: TriggerPack): string[] {
  const sets = pack.sets ?? {};
  const expand = (list: string[] | undefined) => (list ?? []).flatMap((u) => (u.startsWith('@') ? (sets[u.slice(1)] ?? []) : [u]));
  const sources = new Set<string>(sets.turn ?? []);
  for (const t of pack.triggers) {
    for (const s of [...(t.phrases ?? []), ...(t.patterns ?? []), ...expand(t.unless), ...expand(t.unlessInText)]) sources.add(s);
  }
  return [...sources];
}

export function snapshotOf(pack: TriggerPack): CompiledSnapshot {
  return packSources(pack).map((source) => [source, compileSource(source)]);
}

// compromise's parsed patterns hold Sets (word alternatives) and RegExps: JSON needs them spelled out.
const replacer = (_key: string, value: unknown) =>
  value instanceof Set ? { $set: [...value] } : value instanceof RegExp ? { $re: value.source, flags: value.flags } : value;
/** Turns the spelled-out Sets and RegExps back, in place. A walk over the parsed patterns is ~3x faster than a reviver. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
    return value;
  }
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown> & { $set?: unknown[]; $re?: string; flags?: string };
    if (Array.isArray(v.$set)) return new Set(v.$set);
    if (typeof v.$re === 'string') return new RegExp(v.$re, v.flags);
    for (const key of Object.keys(v)) v[key] = revive(v[key]);
  }
  return value;
}

/** One entry per line, so a change to the pack reads as a small diff. */
export function serializeSnapshot(snapshot: CompiledSnapshot): string {
  return `[\n${snapshot.map((entry) => JSON.stringify(entry, replacer)).join(',\n')}\n]\n`;
}

export function parseSnapshot(json: string): CompiledSnapshot {
  const snapshot = JSON.parse(json) as CompiledSnapshot;
  // Only the parsed patterns hold Sets and RegExps; `needs` and `tags` are plain lists.
  for (const [, patterns] of snapshot) for (const p of patterns) revive(p.regs);
  return snapshot;
}
