import type { Detector } from '../detection/engine';
import { DEFAULT_PACK } from '../detection/default-pack';
import { getDefaultDetector, seedDefaultPatterns } from '../detection';
import { detectorForPack } from './pack-detector';
import type { TriggerPack } from '../detection/types';
import { effectivePack, type TeamPack } from './effective';
import { loadTriggerStore, watchTriggerStore, type TriggerStore } from './store';
import { readTeamPolicy, watchTeamPolicy } from './team';

export interface LiveDetector {
  /** The detector for the current effective pack (the built-in one until the first load finishes). */
  current(): Detector;
  /** Resolves once the rep's triggers and the team policy were read the first time. */
  ready: Promise<void>;
  /** Re-reads everything now (used by tests and after a policy change). */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * The background's detector: built from the effective pack (built-ins, the rep's triggers, the team's) with the
 * second look on the built-ins' hits, rebuilt whenever the stored triggers or the policy change. A pack that fails to compile keeps the previous detector.
 */
export function createLiveDetector(deps: { defaultPack?: TriggerPack; onError?: (error: unknown) => void } = {}): LiveDetector {
  const defaultPack = deps.defaultPack ?? DEFAULT_PACK;
  // The worker's detectors read the built-in patterns from the build-time snapshot instead of compiling them.
  seedDefaultPatterns();
  let detector: Detector | null = null;
  let store: TriggerStore | null = null;
  let team: TeamPack | null = null;
  let generation = 0;

  const rebuild = () => {
    if (!store) return;
    try {
      detector = detectorForPack(effectivePack(defaultPack, store, team), store);
    } catch (error) {
      deps.onError?.(error);
    }
  };

  // Every change re-reads both the rep's triggers and the team policy. A read overtaken by a newer one hands over to
  // it, so `ready` (and every refresh) settles only once the newest state is in the detector: at start-up Chromium
  // announces the policy while the first read is still waiting for it, and reports in between must see the team pack.
  let latest: Promise<void> = Promise.resolve();
  const refresh = (): Promise<void> => {
    const mine = ++generation;
    const run = (async (): Promise<void> => {
      const [loaded, policy] = await Promise.all([loadTriggerStore(), readTeamPolicy()]);
      if (mine !== generation) return latest;
      store = loaded.store;
      team = policy.pack;
      rebuild();
    })();
    latest = run;
    return run;
  };
  const refreshLogged = () => void refresh().catch((error) => deps.onError?.(error));

  const ready = refresh().catch((error) => deps.onError?.(error));
  const stopStore = watchTriggerStore(refreshLogged);
  const stopTeam = watchTeamPolicy(refreshLogged);

  return {
    current: () => detector ?? getDefaultDetector(),
    ready: ready.then(() => {}),
    refresh,
    stop() {
      stopStore();
      stopTeam();
    },
  };
}
