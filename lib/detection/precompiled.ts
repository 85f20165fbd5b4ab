import { compileSource, type PatternParts } from './engine';
import type { TriggerPack } from './types';

/**
 * A build-time snapshot of a pack's compiled patterns: per source string, its patterns after the workarounds for
 * compromise's quirks, with the words each needs (what the prefilter reads) and its tag hints. Compiling ~1,000
 * sources takes ~100 ms of the worker's cold start; reading this back takes a few, and compromise parses a pattern
 * only when it first gets to match one. A source missing from it (a rep's own trigger, a pack edit) is compiled as
 * usual. A change to the compiler itself is not seen by the snapshot: `npm run precompile -- --check` (part of
 * `npm test`) fails until it is regenerated.
 */
export type CompiledSnapshot = [source: string, patterns: PatternParts[]][];

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
  return packSources(pack).map((source) => [source, compileSource(source).map((p) => p.parts())]);
}

/** A pattern as one array, in a fixed order: the snapshot is read at every cold start, so it is kept small. */
type PackedPattern = [text: string, needs: string[][], tags: PatternParts['tags'], ownNegation: 0 | 1];

/** One entry per line, so a change to the pack reads as a small diff. */
export function serializeSnapshot(snapshot: CompiledSnapshot): string {
  const line = ([source, patterns]: CompiledSnapshot[number]) =>
    JSON.stringify([source, patterns.map((p): PackedPattern => [p.text, p.needs, p.tags, p.ownNegation ? 1 : 0])]);
  return `[\n${snapshot.map(line).join(',\n')}\n]\n`;
}

export function parseSnapshot(json: string): CompiledSnapshot {
  const packed = JSON.parse(json) as [string, PackedPattern[]][];
  return packed.map(([source, patterns]) => [source, patterns.map(([text, needs, tags, ownNegation]) => ({ text, needs, tags, ownNegation: ownNegation === 1 }))]);
}
