import { useCallback, useEffect, useState } from 'react';
import { EMPTY_STORE, loadTriggerStore, saveTriggerStore, watchTriggerStore, type StoreLocation, type TriggerStore } from '@/lib/triggers/store';
import { readTeamPolicy, watchTeamPolicy, type TeamPolicy } from '@/lib/triggers/team';

export interface OptionsData {
  loaded: boolean;
  store: TriggerStore;
  where: StoreLocation;
  team: TeamPolicy;
  /** Saves and returns where the store went; the store in state updates at once (and again from the watcher). */
  save(next: TriggerStore): Promise<StoreLocation>;
  saveError: string | null;
}

export function useOptionsData(): OptionsData {
  const [state, setState] = useState<{ loaded: boolean; store: TriggerStore; where: StoreLocation }>({ loaded: false, store: EMPTY_STORE, where: 'sync' });
  const [team, setTeam] = useState<TeamPolicy>({ pack: null });
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadTriggerStore().then((l) => live && setState({ loaded: true, ...l }));
    const refreshTeam = () => void readTeamPolicy().then((t) => live && setTeam(t));
    refreshTeam();
    const stopStore = watchTriggerStore((l) => live && setState({ loaded: true, ...l }));
    const stopTeam = watchTeamPolicy(refreshTeam);
    return () => {
      live = false;
      stopStore();
      stopTeam();
    };
  }, []);

  const save = useCallback(async (next: TriggerStore) => {
    setState((s) => ({ ...s, store: next }));
    try {
      const where = await saveTriggerStore(next);
      setState((s) => ({ ...s, where }));
      setSaveError(null);
      return where;
    } catch (error) {
      setSaveError(`Could not save: ${error instanceof Error ? error.message : String(error)}. Your change is still on this page; try again.`);
      throw error;
    }
  }, []);

  return { ...state, team, save, saveError };
}
