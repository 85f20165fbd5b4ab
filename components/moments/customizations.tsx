import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { categoryLabel } from '@/lib/detection/taxonomy';
import type { OwnResponseLine } from '@/lib/playbook/fill';
import { customCategories, responsesFor, type TeamPack } from '@/lib/triggers/effective';
import { EMPTY_STORE, loadTriggerStore, watchTriggerStore, type TriggerStore } from '@/lib/triggers/store';
import { readTeamPolicy, watchTeamPolicy } from '@/lib/triggers/team';

export type OwnResponses = (category: string) => readonly OwnResponseLine[] | undefined;

/** What the rep (and the team's policy) changed that cards and history rows show: own responses, category names and colours. */
export interface Customizations {
  ownResponses: OwnResponses;
  categoryName(id: string): string;
  /** A custom category's own colour (#rrggbb, validated on save); built-ins are coloured by theme.css. */
  categoryColour(id: string): string | undefined;
}

export const BUILT_IN_ONLY: Customizations = { ownResponses: () => undefined, categoryName: categoryLabel, categoryColour: () => undefined };

export function customizationsFrom(store: TriggerStore, team: TeamPack | null): Customizations {
  const custom = new Map(customCategories(store, team).map((c) => [c.id, c]));
  return {
    ownResponses: (category) => responsesFor(category, store, team),
    categoryName: (id) => custom.get(id)?.label ?? categoryLabel(id),
    categoryColour: (id) => custom.get(id)?.colour,
  };
}

/** Exported for tests and pages that already hold the store. */
export const CustomizationsContext = createContext<Customizations>(BUILT_IN_ONLY);

export const useCustomizations = () => useContext(CustomizationsContext);

/**
 * Reads the rep's triggers store and the team policy once for the whole page and follows their changes, so an edit
 * in the options page shows on the next card at once. Pages without it show the built-ins only.
 */
export function CustomizationsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ store: TriggerStore; team: TeamPack | null }>({ store: EMPTY_STORE, team: null });
  useEffect(() => {
    let alive = true;
    const reload = () =>
      void Promise.all([loadTriggerStore(), readTeamPolicy()])
        .then(([loaded, policy]) => alive && setState({ store: loaded.store, team: policy.pack }))
        .catch(() => undefined);
    reload();
    const stops = [watchTriggerStore(reload), watchTeamPolicy(reload)];
    return () => {
      alive = false;
      for (const stop of stops) stop();
    };
  }, []);
  const value = useMemo(() => customizationsFrom(state.store, state.team), [state]);
  return <CustomizationsContext.Provider value={value}>{children}</CustomizationsContext.Provider>;
}
