// The service worker's side of updates: a new version is fetched and precached in the
// background, then waits. It is taken up only when the person chooses to reload, and never
// while a session runs, as it is offered only then (mayOfferUpdate).
import { create } from 'zustand';
import type { Phase } from '../domain/session/machine';
import { mayOfferUpdate } from '../domain/update';

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
  /** Registers the service worker; once, at start-up. */
  register(registerSW: RegisterSW): void;
  /** Takes up the new version and reloads; does nothing while a session runs. */
  apply(): void;
  dismiss(): void;
  setSessionPhase(phase: Phase | null): void;
}

/** Calls `listener` once the page's service worker changes. */
type OnNewController = (listener: () => void) => void;

const onNewController: OnNewController = (listener) =>
  navigator.serviceWorker?.addEventListener('controllerchange', listener, { once: true });

export function createUpdateStore(
  reloadPage: () => void = () => window.location.reload(),
  whenNewController: OnNewController = onNewController,
) {
  return create<UpdateStore>()((set, get) => {
    // Tells the waiting worker to take over; null once another tab has made it do so.
    let activate: (() => Promise<void>) | null = null;
    let applying = false;
    let reloaded = false;
    const reload = () => {
      if (reloaded) return;
      reloaded = true;
      reloadPage();
    };
    return {
      ready: false,
      dismissed: false,
      sessionPhase: null,

      register(registerSW) {
        const update = registerSW({
          onNeedRefresh: () => set({ ready: true, dismissed: false }),
          // The new worker is in charge. Only the tab whose person chose it reloads now; any
          // other tab (perhaps mid-session) keeps running and offers the reload when it may.
          onNeedReload: () => {
            if (applying) reload();
            else {
              activate = null;
              set({ ready: true });
            }
          },
          onRegisterError: (error) => console.warn('Offline use is unavailable:', error),
        });
        activate = () => update(true);
      },

      apply() {
        const { ready, sessionPhase } = get();
        if (!mayOfferUpdate(ready, sessionPhase === null ? null : { phase: sessionPhase })) return;
        applying = true;
        if (!activate) return reload();
        // The page reloads once the new worker is in charge. The register module reports that
        // only to a page that had a worker when it loaded, so the first visit listens itself.
        whenNewController(reload);
        void activate();
      },

      dismiss() {
        set({ dismissed: true });
      },

      setSessionPhase(sessionPhase) {
        if (get().sessionPhase !== sessionPhase) set({ sessionPhase });
      },
    };
  });
}

export const useUpdate = createUpdateStore();
