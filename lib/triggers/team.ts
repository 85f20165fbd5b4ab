import { storage } from '#imports';
import { browser } from 'wxt/browser';
import type { TeamPack } from './effective';
import { parsePack } from './pack';

/**
 * The team's pack, set by an administrator through browser policy (chrome.storage.managed, described by
 * public/managed-schema.json). Read-only for the extension. See docs/team-policy.md.
 */
export const teamPackItem = storage.defineItem<unknown>('managed:teamPack');

/** The latest managed-storage read (its raw value, undefined when it failed), to recognise a change it already saw. */
let latestRead: Promise<unknown> | null = null;

function readRaw(): Promise<unknown> {
  const read = teamPackItem.getValue();
  latestRead = read.catch(() => undefined);
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
 * Why the check against the latest read: at browser start Chromium fires this event when it first loads the policy,
 * while a read made at start-up is still waiting for that same load. Calling back then made the background start a
 * second read that superseded the first, and Gmail reports arriving in between were analysed without the team pack.
 */
export function watchTeamPolicy(callback: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'managed') return;
    const pending = latestRead;
    if (!pending) return callback();
    void pending.then((seen) => {
      if (!sameValue(seen, changes.teamPack?.newValue)) callback();
    });
  };
  try {
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  } catch {
    return () => {};
  }
}
