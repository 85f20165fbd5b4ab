/**
 * compromise 14.17 silently never matches when an optional wildcard (`.?`, `.{0,3}`, `.*`) is followed by a
 * group holding a multi-word choice: `take me off your .? (list|mailing list)` misses "take me off your list".
 * We split such a group into one pattern per multi-word choice plus one with the single words, which compromise
 * handles correctly. Patterns without the construct pass through unchanged.
 */
const MAX_VARIANTS = 64;

function topLevelTokens(pattern: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of pattern) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (ch === ' ' && depth === 0) {
      if (current) tokens.push(current);
      current = '';
    } else current += ch;
  }
  if (current) tokens.push(current);
  return tokens;
}

const isWildcard = (token: string) => /^\.(\?|\*|\{\d*,\d*\})?$/.test(token);

function splitGroup(token: string): string[] | null {
  const m = token.match(/^\(([^()]*)\)(\?)?$/);
  if (!m) return null;
  const choices = m[1]!.split('|');
  const multi = choices.filter((c) => c.trim().includes(' '));
  if (multi.length === 0) return null;
  const single = choices.filter((c) => !c.trim().includes(' '));
  const optional = m[2] ?? '';
  const variants = multi.map((c) => c.trim());
  if (single.length) variants.push(`(${single.join('|')})`);
  // An optional group can also be absent; keep that reading as its own pattern.
  if (optional) variants.push('');
  return variants;
}

export function workAroundWildcardGroups(pattern: string): string[] {
  const tokens = topLevelTokens(pattern);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isWildcard(tokens[i]!)) continue;
    const variants = splitGroup(tokens[i + 1]!);
    if (!variants) continue;
    const out: string[] = [];
    for (const v of variants) {
      const next = [...tokens.slice(0, i + 1), ...(v ? [v] : []), ...tokens.slice(i + 2)].join(' ');
      out.push(...workAroundWildcardGroups(next));
      if (out.length >= MAX_VARIANTS) break;
    }
    return out.slice(0, MAX_VARIANTS);
  }
  return [pattern];
}
