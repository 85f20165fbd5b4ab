import type { TriggerDef, TriggerPack } from '../detection/types';
import type { CustomCategory, ResponseLine, ResponseOverrides } from './schema';
import type { TriggerStore } from './store';

/** Where a trigger in the effective pack came from. */
export type TriggerOrigin = 'builtin' | 'override' | 'custom' | 'team';

export interface EffectiveTrigger extends TriggerDef {
  origin: TriggerOrigin;
  /** Set by the team's policy: the rep cannot edit, switch off or delete it. */
  locked?: boolean;
}

export interface EffectivePack extends TriggerPack {
  triggers: EffectiveTrigger[];
}

/** A team's pack, deployed by an administrator through browser policy (see docs/team-policy.md). */
export interface TeamPack {
  name?: string;
  triggers: TriggerDef[];
  responses?: ResponseOverrides;
  categories?: CustomCategory[];
}

/**
 * The triggers the detector runs: the built-ins minus those the rep switched off (a rep's edited copy replaces its
 * built-in), plus the rep's own, plus the team's, which are locked and win over a rep's trigger with the same id.
 * The built-in pack's named sets stay available to `unless`.
 */
export function effectivePack(defaultPack: TriggerPack, store: TriggerStore, teamPack?: TeamPack | null): EffectivePack {
  const teamIds = new Set((teamPack?.triggers ?? []).map((t) => t.id));
  const disabled = new Set(store.disabledBuiltIns);
  const customById = new Map(store.custom.filter((t) => !teamIds.has(t.id)).map((t) => [t.id, t]));
  const builtInIds = new Set(defaultPack.triggers.map((t) => t.id));
  const triggers: EffectiveTrigger[] = [];
  for (const def of defaultPack.triggers) {
    if (disabled.has(def.id) || teamIds.has(def.id)) continue;
    const override = customById.get(def.id);
    triggers.push(override ? { ...override, origin: 'override' } : { ...def, origin: 'builtin' });
  }
  for (const def of customById.values()) if (!builtInIds.has(def.id)) triggers.push({ ...def, origin: 'custom' });
  for (const def of teamPack?.triggers ?? []) triggers.push({ ...def, origin: 'team', locked: true });
  return { sets: defaultPack.sets, triggers };
}

/**
 * The responses to offer for a category, or undefined to use the built-in playbook. The team's list wins (it is
 * policy), then the rep's own.
 */
export function responsesFor(category: string, store: TriggerStore, teamPack?: TeamPack | null): ResponseLine[] | undefined {
  const team = teamPack?.responses?.[category];
  if (team?.length) return team;
  const own = store.responses[category];
  return own?.length ? own : undefined;
}

/** Every custom category, the team's first. */
export function customCategories(store: TriggerStore, teamPack?: TeamPack | null): CustomCategory[] {
  const out: CustomCategory[] = [];
  for (const c of [...(teamPack?.categories ?? []), ...store.categories]) if (!out.some((o) => o.id === c.id)) out.push(c);
  return out;
}
