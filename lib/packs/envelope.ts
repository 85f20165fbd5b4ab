/** What a kind of pack file is called in messages, and the `format` and `version` its files carry. */
export interface PackKind {
  /** "pack", "practice pack": read in "This file is not a Truth Serum pack". */
  label: string;
  format: string;
  version: number;
}

export type PackEnvelope = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

/**
 * The checks every pack file goes through before its own schema: JSON text (or an already-parsed value) holding an
 * object of the right `format` and `version`. The errors say which of these failed, since a rep picked the file.
 */
export function readPackEnvelope(input: unknown, { label, format, version }: PackKind): PackEnvelope {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return { ok: false, error: `This file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: `This file is not a Truth Serum ${label}: it holds no object.` };
  const raw = data as Record<string, unknown>;
  if (raw.format !== format) {
    return { ok: false, error: `This file is not a Truth Serum ${label}: "format" is ${JSON.stringify(raw.format) ?? 'missing'}, expected "${format}".` };
  }
  if (raw.version !== version) {
    const newer = typeof raw.version === 'number' && raw.version > version;
    return {
      ok: false,
      error: newer
        ? `This ${label} is version ${raw.version}, made by a newer Truth Serum; this one reads version ${version}. Update Truth Serum and try again.`
        : `This ${label}'s "version" is ${JSON.stringify(raw.version) ?? 'missing'}; expected ${version}.`,
    };
  }
  return { ok: true, data: raw };
}

/** The error for the first id a pack's list uses twice ("triggers[3] (x): …"), or null when every id is unique. */
export function repeatedIdError(list: string, items: readonly { id: string }[]): string | null {
  const ids = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (ids.has(item.id)) return `${list}[${i}] (${item.id}): the id is used twice in this pack.`;
    ids.add(item.id);
  }
  return null;
}
