import { useEffect, useState } from 'react';
import type { OwnResponseLine } from '@/lib/playbook/fill';
import { responsesFor, type TeamPack } from '@/lib/triggers/effective';
import { EMPTY_STORE, loadTriggerStore, watchTriggerStore, type TriggerStore } from '@/lib/triggers/store';
import { readTeamPolicy, watchTeamPolicy } from '@/lib/triggers/team';

export type OwnResponses = (category: string) => readonly OwnResponseLine[] | undefined;

/**
 * The responses the rep wrote in the options page, and the team's from policy (which win), kept current while the
 * panel is open. Cards pass it to `suggestionsFor`, so an edit in the options shows on the next card at once.
 */
export function useOwnResponses(): OwnResponses {
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
  return (category) => responsesFor(category, state.store, state.team);
}
