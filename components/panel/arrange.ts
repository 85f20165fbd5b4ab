import { dismissedTriggerKey, type MomentRecord } from '@/lib/storage/db';

export interface ArrangedMoment {
  moment: MomentRecord;
  /** The same category came up in this conversation within the cooldown: shown folded as "again". */
  again: boolean;
  /** Every trigger that fired here was dismissed with "Not this" (on this or an earlier moment). */
  dismissed: boolean;
}

/** Coaching on the rep's own words and the customer's brush-offs cool down separately. */
function cooldownKey(m: MomentRecord): string {
  const coaching = m.detections.length > 0 && m.detections.every((d) => d.speakers === 'rep');
  return `${coaching ? 'rep' : 'customer'}:${m.categories[0] ?? 'unknown'}`;
}

/**
 * Orders one conversation's moments for the panel, newest first, and marks which are repeats within the cooldown
 * and which only fired on dismissed triggers. A repeat is measured from the last moment of its category that was
 * shown in full, so a customer saying "send me info" five times in a minute gives one card and four "again"s.
 */
export function arrangeMoments(moments: MomentRecord[], opts: { cooldownSeconds: number; dismissed: ReadonlySet<string> }): ArrangedMoment[] {
  const cooldownMs = opts.cooldownSeconds * 1000;
  const chronological = [...moments].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const lastShown = new Map<string, number>();
  const out: ArrangedMoment[] = [];
  for (const m of chronological) {
    const dismissed = m.feedback !== 'not_this' && m.detections.length > 0 && m.detections.every((d) => opts.dismissed.has(dismissedTriggerKey(d.category, d.trigger)));
    const key = cooldownKey(m);
    const previous = lastShown.get(key);
    const again = cooldownMs > 0 && previous !== undefined && m.createdAt - previous < cooldownMs;
    if (!again && !dismissed) lastShown.set(key, m.createdAt);
    out.push({ moment: m, again, dismissed });
  }
  return out.reverse();
}

/** The card shown open at the top: the newest moment that is neither a repeat nor dismissed, else the newest. */
export function currentMoment(arranged: ArrangedMoment[]): MomentRecord | undefined {
  return (arranged.find((a) => !a.again && !a.dismissed) ?? arranged[0])?.moment;
}
