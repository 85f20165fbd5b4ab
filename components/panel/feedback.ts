import { dismissedTriggerKey, type MomentRecord, type TruthSerumDB } from '@/lib/storage/db';

export type Feedback = 'helpful' | 'not_this';

/**
 * Sets (or, pressed again, clears) a moment's feedback. "Not this" also remembers the moment's triggers, so later
 * moments that fire only on them are folded; clearing it forgets them again.
 */
export async function setFeedback(db: TruthSerumDB, moment: MomentRecord, feedback: Feedback, now = Date.now()): Promise<Feedback | null> {
  const next = moment.feedback === feedback ? null : feedback;
  await db.transaction('rw', db.moments, db.dismissedTriggers, async () => {
    await db.moments.update(moment.id, { feedback: next });
    const keys = moment.detections.map((d) => dismissedTriggerKey(d.category, d.trigger));
    if (next === 'not_this') {
      await db.dismissedTriggers.bulkPut(moment.detections.map((d) => ({ key: dismissedTriggerKey(d.category, d.trigger), category: d.category, trigger: d.trigger, momentId: moment.id, createdAt: now })));
    } else if (moment.feedback === 'not_this') {
      // Forget only what this moment dismissed.
      const mine = (await db.dismissedTriggers.bulkGet(keys)).filter((r) => r?.momentId === moment.id).map((r) => r!.key);
      await db.dismissedTriggers.bulkDelete(mine);
    }
  });
  return next;
}
