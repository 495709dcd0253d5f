// The service worker's side of updates: a new version is fetched and precached in the
// background, then waits. It is taken up only when the person chooses to reload, and never
// while a session runs, as the prompt offers it only then (mayOfferUpdate).
import { create } from 'zustand';
import type { Phase } from '../session/machine';
import { mayOfferUpdate } from './update';

/** The register function of `virtual:pwa-register`, passed in so tests and dev need none. */
export type RegisterSW = (options: {
  onNeedRefresh?: () => void;
  onNeedReload?: () => void;
  onRegisterError?: (error: unknown) => void;
}) => (reloadPage?: boolean) => Promise<void>;

export interface UpdateStore {
  /** A new version is installed and waiting (or, taken up in another tab, already in charge). */
  ready: boolean;
  /** The person put the offer aside for this visit. */
  dismissed: boolean;
  /** The running session's phase, told by the session store; null while none runs. */
  sessionPhase: Phase | null;
  /** Takes up the new version and reloads; does nothing while a session runs. */
  apply(): void;
  dismiss(): void;
  setSessionPhase(phase: Phase | null): void;
}

let activate: (() => Promise<void>) | null = null;
let applying = false;

const reload = () => window.location.reload();

export const useUpdate = create<UpdateStore>()((set, get) => ({
  ready: false,
  dismissed: false,
  sessionPhase: null,
  apply() {
    const { ready, sessionPhase } = get();
    if (!mayOfferUpdate(ready, sessionPhase === null ? null : { phase: sessionPhase })) return;
    applying = true;
    // With no handle (the new worker already took over from another tab) a reload is enough.
    if (activate) void activate();
    else reload();
  },
  dismiss() {
    set({ dismissed: true });
  },
  setSessionPhase(sessionPhase) {
    if (get().sessionPhase !== sessionPhase) set({ sessionPhase });
  },
}));

/** Registers the service worker once, at start-up. */
export function registerUpdates(registerSW: RegisterSW): void {
  const update = registerSW({
    onNeedRefresh: () => useUpdate.setState({ ready: true, dismissed: false }),
    // The new worker is in charge. Only the tab whose person chose it reloads now; any other
    // tab (perhaps mid-session) keeps running and offers the reload when it may.
    onNeedReload: () => {
      if (applying) reload();
      else {
        activate = null;
        useUpdate.setState({ ready: true });
      }
    },
    onRegisterError: (error) => console.warn('Offline use is unavailable:', error),
  });
  activate = () => update(true);
}
