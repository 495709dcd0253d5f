// The running session's React face: a zustand store over the pure state machine. Each event is
// checked, applied, and handed to the writer, which commits it to IndexedDB in its own transaction.
import { create } from 'zustand';
import { RESTORED_NOTICE, SessionJournal } from '../data/journal';
import { holdSessionLock } from '../data/liveness';
import { type CommitWrite, logWriter } from '../data/logWriter';
import { askPersistenceOnce } from '../data/persistence';
import { EventWriter, type WriteStatus } from '../data/writer';
import type { Write } from '../data/writes';
import { newId } from '../domain/ids';
import { defineMessages, type Phrase, phrase } from '../domain/phrase';
import type { ControlEvent } from '../domain/session/controls';
import type { Mode, SessionEvent, SessionRecord, StoredEvent } from '../domain/session/events';
import { apply, eventProblem, type SessionState } from '../domain/session/machine';
import { createPromptClock } from './promptClock';

const m = defineMessages({
  noSession: { id: 'session.noSession', defaultMessage: 'No session is running.' },
  alreadyRunning: {
    id: 'session.alreadyRunning',
    defaultMessage: 'A session is already running.',
  },
});

/** What the person chose before starting: everything of the `started` event but its time. */
export type StartInput = Omit<Extract<SessionEvent, { type: 'started' }>, 'type' | 'at'>;

/** An event as the person causes it, from any control; the store stamps the time. */
export type SessionAction = ControlEvent;

export interface SessionStore {
  sessionId: string | null;
  session: SessionState | null;
  promptOpen: boolean;
  save: WriteStatus;
  /** When the last write was committed (epoch ms, high resolution), for measuring. */
  lastCommitAt: number | null;
  /** Why the last action was refused, for the person; null when it was accepted. */
  problem: Phrase | null;
  /** Starts a session; `where` is where the person is as it starts (later events follow the log). */
  start(input: StartInput, where?: Mode): Phrase | null;
  record(action: SessionAction): Phrase | null;
  /** A scene's measure: kept in memory, logged every half minute and when the session stops. */
  reportMeasure(name: string, value: number): void;
  /** The scene's latest measures, logged or not yet (they reach the log every half minute). */
  currentMeasures(): Readonly<Record<string, number>>;
  /** Leaves the session: an unfinished one is saved as interrupted. */
  close(): Promise<void>;
  retrySaving(): void;
}

/** How often changed measures are logged while a session runs. */
export const MEASURES_EVERY_MS = 30_000;

const idle = {
  sessionId: null,
  session: null,
  promptOpen: false,
  save: { pending: 0, error: null, committed: 0, notice: null },
  lastCommitAt: null,
  problem: null,
};

export function createSessionStore(
  commitWrite: () => CommitWrite = logWriter,
  now: () => number = Date.now,
) {
  return create<SessionStore>()((set, get) => {
    let writer: EventWriter<Write> | null = null;
    let releaseLock: () => void = () => {};
    let clock: ReturnType<typeof createPromptClock> | null = null;
    // Measures arrive every second; logging each would flood the log, so changes are batched.
    let measured: Record<string, number> = {};
    let measureTimer: ReturnType<typeof setInterval> | null = null;
    const logMeasures = () => {
      const { session } = get();
      if (!session || (session.phase !== 'running' && session.phase !== 'paused')) return;
      const changed = Object.entries(measured).filter(([k, v]) => session.measures[k] !== v);
      if (changed.length > 0)
        commit({ type: 'measures', at: now(), values: Object.fromEntries(changed) });
    };
    // Writers of sessions already left that still have events to commit.
    const draining = new Set<EventWriter<Write>>();
    if (typeof window !== 'undefined') {
      window.addEventListener('beforeunload', (e) => {
        // Closing now would lose ratings that are only in memory: let the browser ask first.
        const unsaved = [...draining, ...(writer ? [writer] : [])].some((w) => w.pending > 0);
        if (unsaved) e.preventDefault();
      });
    }

    // Each session keeps its own log in memory, to write it again whole if its record is deleted.
    const persistTo = (journal: SessionJournal) => async (write: Write) => {
      const { at, restored } = await journal.write(write);
      set({ lastCommitAt: at });
      return restored ? RESTORED_NOTICE : undefined;
    };

    let startsIn: Mode = 'desktop';
    const commit = (event: SessionEvent, record?: SessionRecord): Phrase | null => {
      const { session, sessionId } = get();
      const problem = eventProblem(session, event);
      if (problem || !sessionId || !writer) {
        const refused = problem ?? phrase(m.noSession);
        set({ problem: refused });
        return refused;
      }
      const next = apply(session, event);
      const stored = {
        ...event,
        sessionId,
        seq: session?.eventCount ?? 0,
        // Where it happened, from the log itself: xr-enter and xr-exit move the person.
        mode: event.type === 'started' ? startsIn : next.where,
      } as StoredEvent;
      set({ session: next, problem: null });
      const written = writer.enqueue({
        kind: 'event',
        event: stored,
        ...(record ? { record } : {}),
      });
      if (event.type === 'end') void written.then(askPersistenceOnce);
      clock?.sync();
      return null;
    };

    return {
      ...idle,

      start(input, where = 'desktop') {
        if (get().session) return phrase(m.alreadyRunning);
        startsIn = where;
        const sessionId = newId();
        const at = now();
        writer = new EventWriter<Write>(persistTo(new SessionJournal(commitWrite)), (save) =>
          set({ save }),
        );
        releaseLock = holdSessionLock(sessionId);
        clock = createPromptClock({
          getState: () => get().session,
          now,
          onMissed: (missedAt) =>
            void commit({ type: 'prompt-skipped', at: missedAt, missed: true }),
          onOpenChange: (promptOpen) => set({ promptOpen }),
        });
        set({ ...idle, sessionId });
        measured = {};
        measureTimer = setInterval(logMeasures, MEASURES_EVERY_MS);
        const record: SessionRecord = {
          id: sessionId,
          sceneId: input.sceneId,
          startedAt: at,
          status: 'active',
          ...(input.step ? { stepId: input.step.id } : {}),
          ...(input.place ? { placeId: input.place.id } : {}),
        };
        const problem = commit({ type: 'started', at, ...input }, record);
        if (problem) {
          clock.dispose();
          if (measureTimer) clearInterval(measureTimer);
          measureTimer = null;
          releaseLock();
          writer = null;
          set({ ...idle, problem });
        }
        return problem;
      },

      record(action) {
        const { session, promptOpen } = get();
        // The scene's figures up to the stop belong in the log before the stop itself.
        if (action.type === 'stop') logMeasures();
        const event = { ...action, at: now() } as SessionEvent;
        // A rating given while a prompt is open answers it.
        if (event.type === 'suds') event.prompted = promptOpen && session !== null;
        return commit(event);
      },

      reportMeasure(name, value) {
        if (Number.isFinite(value)) measured[name] = value;
      },

      currentMeasures() {
        return { ...get().session?.measures, ...measured };
      },

      async close() {
        if (measureTimer) clearInterval(measureTimer);
        measureTimer = null;
        logMeasures();
        const { session, sessionId } = get();
        const w = writer;
        const release = releaseLock;
        clock?.dispose();
        clock = null;
        writer = null;
        releaseLock = () => {};
        set(idle);
        if (!w || !sessionId) return;
        draining.add(w);
        const unfinished = session !== null && session.phase !== 'ended';
        // Once committed, the start page's live query offers to view what was left unfinished.
        if (unfinished) void w.enqueue({ kind: 'interrupt', sessionId });
        await w.whenSaved();
        draining.delete(w);
        w.dispose();
        release();
      },

      retrySaving() {
        writer?.retryNow();
      },
    };
  });
}

export const useSession = createSessionStore(logWriter, Date.now);
