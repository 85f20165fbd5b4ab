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

/** A pattern as one array, in a fixed order (0 for a text that is its source): the snapshot is read at every cold start. */
type PackedPattern = [text: string | 0, needs: string[][], tags: PatternParts['tags'], ownNegation: 0 | 1];

/**
 * One line per source, so a change to the pack reads as a small diff: the source as a JSON string, a tab (JSON
 * escapes any in a string), and its patterns. A line is only parsed when its source is first compiled.
 */
export function serializeSnapshot(snapshot: CompiledSnapshot): string {
  const line = ([source, patterns]: CompiledSnapshot[number]) =>
    `${JSON.stringify(source)}\t${JSON.stringify(patterns.map((p): PackedPattern => [p.text === source ? 0 : p.text, p.needs, p.tags, p.ownNegation ? 1 : 0]))}`;
  return `${snapshot.map(line).join('\n')}\n`;
}

const unpack = (source: string, packed: PackedPattern[]): PatternParts[] =>
  packed.map(([text, needs, tags, ownNegation]) => ({ text: text === 0 ? source : text, needs, tags, ownNegation: ownNegation === 1 }));

/** The patterns of a source from a serialized snapshot, or undefined when it has none; each line is parsed on first use. */
export function snapshotReader(text: string): (source: string) => PatternParts[] | undefined {
  // Keyed by the source as JSON, so no line is parsed up front.
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) lines.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return (source) => {
    const rest = lines.get(JSON.stringify(source));
    return rest === undefined ? undefined : unpack(source, JSON.parse(rest) as PackedPattern[]);
  };
}

export function parseSnapshot(text: string): CompiledSnapshot {
  return text
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      const source = JSON.parse(line.slice(0, tab)) as string;
      return [source, unpack(source, JSON.parse(line.slice(tab + 1)) as PackedPattern[])];
    });
}
