import { storage } from '#imports';
import { browser } from 'wxt/browser';
import type { TeamPack } from './effective';
import { parsePack } from './pack';

/**
 * The team's pack, set by an administrator through browser policy (chrome.storage.managed, described by
 * public/managed-schema.json). Read-only for the extension. See docs/team-policy.md.
 */
export const teamPackItem = storage.defineItem<unknown>('managed:teamPack');

/**
 * The managed-storage read started in the current turn (its raw value, undefined when it failed), cleared once the
 * turn ends. A watcher registered in the same turn as its owner's first read takes that read as what its owner saw.
 */
let readThisTurn: Promise<unknown> | null = null;

function readRaw(): Promise<unknown> {
  const read = teamPackItem.getValue();
  const seen = read.catch(() => undefined);
  readThisTurn = seen;
  queueMicrotask(() => {
    if (readThisTurn === seen) readThisTurn = null;
  });
  return read;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface TeamPolicy {
  pack: TeamPack | null;
  /** Set when a policy is present but cannot be used; shown on the options page. */
  error?: string;
}

/** The team's pack, or null when there is no policy. Never throws: Firefox without a policy rejects every read. */
export async function readTeamPolicy(): Promise<TeamPolicy> {
  let raw: unknown;
  try {
    raw = await readRaw();
  } catch {
    return { pack: null };
  }
  if (raw == null) return { pack: null };
  // Some admin consoles only take strings: a pack pasted as JSON text is accepted too.
  const parsed = parsePack(raw);
  if (!parsed.ok) return { pack: null, error: `The team pack set by your administrator was not applied: ${parsed.error}` };
  const { name, triggers, responses, categories } = parsed.pack;
  return { pack: { ...(name ? { name } : {}), triggers, responses, categories: categories ?? [] } };
}

/**
 * Calls back when the administrator changes the policy. A browser without managed storage events just never calls.
 * Read the policy first, then watch, in the same turn: a change to the value that read returns does not call back.
 * Why: at browser start Chromium fires this event when it first loads the policy, while a read made at start-up is
 * still waiting for that same load; calling back then only repeated that read. Each watcher keeps its own idea of what
 * its owner has seen (that first read, then the latest change it was told of): another reader in the page that
 * already read a new policy must not make this watcher skip it.
 */
export function watchTeamPolicy(callback: () => void): () => void {
  let seen: Promise<unknown> | null = readThisTurn;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'managed' || !changes.teamPack) return;
    const before = seen;
    const now = changes.teamPack.newValue;
    seen = Promise.resolve(now);
    if (!before) return callback();
    void before.then((value) => {
      if (!sameValue(value, now)) callback();
    });
  };
  try {
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  } catch {
    return () => {};
  }
}
