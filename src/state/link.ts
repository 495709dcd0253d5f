// The companion link as the app uses it: on the person's device, the running session told to the
// companion as it changes and the companion's commands carried out (each logged as the
// companion's); on the companion's, the latest of the session and the commands sent; on both, the
// log brought across once paired. The link lives in this module, so it outlasts a change of page.
import { create } from 'zustand';
import { findScene } from '../../scenes/registry';
import { database } from '../data/database';
import { Link, type LinkStatus } from '../data/link/link';
import { readInventory, readLacking, takeBatch } from '../data/link/sync';
import { parseCode } from '../domain/link/code';
import type { Command, LinkMessage, LiveMessage } from '../domain/link/messages';
import { defineMessages, type Phrase, phrase } from '../domain/phrase';
import { levelStep, stopEarly } from '../domain/session/controls';
import { activeTime, type SessionState } from '../domain/session/machine';
import { toLevel } from './levels';
import { usePacerSettings } from './pacerSettings';
import { useSession } from './session';

const m = defineMessages({
  notACode: {
    id: 'link.notACode',
    defaultMessage: 'A pairing code is 8 digits, as the person’s device shows it.',
  },
  noSession: { id: 'link.noSession', defaultMessage: 'No session is running.' },
  noLevel: { id: 'link.noLevel', defaultMessage: 'There is no level further that way.' },
});

/** Most recent refusals kept to show; older ones are dropped. */
const REFUSALS_KEPT = 20;
/** The live status is sent again this often while paired, so measures and time stay fresh. */
const LIVE_EVERY_MS = 3000;

export interface Refusal {
  at: number;
  what: string;
}

export interface LinkStore {
  status: LinkStatus | null;
  /** The companion: the session as last told, and when (this device's clock). */
  live: LiveMessage | null;
  liveAt: number | null;
  /** Commands sent and not yet answered, by id; and the last one refused on the person's device. */
  waiting: Record<number, Command>;
  lastRefusedCommand: Command | null;
  refusals: Refusal[];
  /** The last batch of the other device's log taken here: how many sessions were new. */
  synced: { at: number; added: number } | null;
  syncProblem: Phrase | null;
  /** The person's device: the session page is on its questions before the exposure. */
  before: { sceneId: string; level: number } | null;

  pairAsPerson(): void;
  /** The companion: joins with a typed or scanned code; why not, or null. */
  joinAsCompanion(typed: string): Phrase | null;
  command(command: Command): Promise<boolean>;
  end(): Promise<void>;
  setBefore(before: { sceneId: string; level: number } | null): void;
}

let link: Link | null = null;
let nextCommand = 1;
let nextBatch = 1;
let liveTimer: ReturnType<typeof setInterval> | null = null;
let liveQueued = false;
const inventorySentFor = new Set<string>();

const initial = {
  status: null,
  live: null,
  liveAt: null,
  waiting: {},
  lastRefusedCommand: null,
  refusals: [],
  synced: null,
  syncProblem: null,
};

export const useLink = create<LinkStore>()((set, get) => {
  const paired = () => get().status?.phase.kind === 'paired';

  const refused = (what: string) =>
    set((s) => ({ refusals: [...s.refusals, { at: Date.now(), what }].slice(-REFUSALS_KEPT) }));

  const send = async (message: LinkMessage) => (link ? link.send(message) : false);

  const sendInventory = async () => {
    const inventory = await readInventory(database());
    await send({ type: 'inventory', ...inventory });
  };

  const sendLive = () => {
    if (link?.role !== 'person' || !paired() || liveQueued) return;
    liveQueued = true;
    queueMicrotask(() => {
      liveQueued = false;
      void send(liveOf(get().before));
    });
  };

  const onStatus = (status: LinkStatus) => {
    const was = get().status;
    set({ status });
    const nowPaired = status.phase.kind === 'paired' && status.relay === 'open' && status.peer;
    const wasPaired = was?.phase.kind === 'paired' && was.relay === 'open' && was.peer;
    // On pairing, and each time the two find each other again: what each holds, and the session.
    if (nowPaired && !wasPaired) {
      void sendInventory();
      sendLive();
    }
    if (status.phase.kind === 'ended' || status.phase.kind === 'refused') stopLive();
  };

  const onMessage = async (message: LinkMessage) => {
    switch (message.type) {
      case 'live':
        if (link?.role === 'companion') set({ live: message, liveAt: Date.now() });
        return;
      case 'command': {
        if (link?.role !== 'person') return;
        const problem = carryOut(message.command);
        await send({
          type: 'answer',
          id: message.id,
          done: problem === null,
          ...(typeof problem === 'string' ? { words: problem } : {}),
        });
        sendLive();
        return;
      }
      case 'answer': {
        const command = get().waiting[message.id];
        const waiting = { ...get().waiting };
        delete waiting[message.id];
        set({ waiting, ...(message.done ? {} : { lastRefusedCommand: command ?? null }) });
        return;
      }
      case 'inventory': {
        const db = database();
        const batch = await readLacking(db, message);
        if (batch) await send({ type: 'batch', id: nextBatch++, file: batch });
        // The other holds sessions this device lacks: say what is here, so they are sent.
        const mine = new Set((await readInventory(db)).sessions);
        if (message.sessions.some((id) => !mine.has(id))) await sendInventory();
        return;
      }
      case 'batch': {
        const outcome = await takeBatch(database(), message.file, findScene);
        if (outcome.ok)
          set({ synced: { at: Date.now(), added: outcome.added }, syncProblem: null });
        else {
          set({ syncProblem: outcome.problem });
          refused(`a batch of the log: ${outcome.problem.message.id}`);
        }
        await send({ type: 'batch-result', id: message.id, ok: outcome.ok });
        return;
      }
      case 'batch-result':
        if (!message.ok) refused('the other device refused a batch of this log');
        return;
      case 'signal':
      case 'bye':
        return;
    }
  };

  const events = {
    status: onStatus,
    message: (message: LinkMessage) => void onMessage(message),
    refused,
  };

  const startLive = () => {
    stopLive();
    liveTimer = setInterval(sendLive, LIVE_EVERY_MS);
  };
  const stopLive = () => {
    if (liveTimer) clearInterval(liveTimer);
    liveTimer = null;
  };

  // The person's session, told as it changes; its end, once committed, sends the log across.
  useSession.subscribe(({ session, sessionId, save }) => {
    if (link?.role !== 'person' || !paired()) return;
    sendLive();
    if (session?.phase !== 'ended' || !sessionId || save.pending > 0) return;
    if (inventorySentFor.has(sessionId)) return;
    inventorySentFor.add(sessionId);
    void sendInventory();
  });

  return {
    ...initial,
    before: null,

    pairAsPerson() {
      if (link) void link.end();
      set({ ...initial });
      link = Link.open(events);
      startLive();
    },

    joinAsCompanion(typed) {
      const code = parseCode(typed);
      if (!code) return phrase(m.notACode);
      if (link) void link.end();
      set({ ...initial });
      link = Link.join(code, events);
      return null;
    },

    async command(command) {
      if (link?.role !== 'companion' || !paired()) return false;
      const id = nextCommand++;
      set((s) => ({ waiting: { ...s.waiting, [id]: command }, lastRefusedCommand: null }));
      return send({ type: 'command', command, id });
    },

    async end() {
      stopLive();
      const ending = link;
      link = null;
      await ending?.end();
      set({ ...initial, status: ending?.current ?? null });
    },

    setBefore(before) {
      set({ before });
      sendLive();
    },
  };
});

/** The running session as the companion is told it. */
export function liveOf(
  before: { sceneId: string; level: number } | null,
  now = Date.now(),
): LiveMessage {
  const { session, sessionId, currentMeasures } = useSession.getState();
  if (!session || !sessionId) {
    return {
      type: 'live',
      ...(before ? { sceneId: before.sceneId, level: before.level } : {}),
      phase: before ? 'before' : 'none',
      elapsed: 0,
      counting: false,
      ratings: [],
      pacer: null,
      measures: {},
      mirror: false,
      sentAt: now,
    };
  }
  const last = session.ratings.at(-1);
  return {
    type: 'live',
    sessionId,
    sceneId: session.sceneId,
    level: session.level,
    phase: phaseOf(session),
    elapsed: activeTime(session, now) / 1000,
    counting: session.phase === 'running',
    ratings: session.ratings.slice(-2000).map((r) => ({ at: r.activeSeconds, suds: r.suds })),
    ...(last ? { sinceRating: Math.max(0, (now - last.at) / 1000) } : {}),
    pacer: session.pacer?.pattern ?? null,
    measures: currentMeasures(),
    mirror: false,
    sentAt: now,
  };
}

function phaseOf(session: SessionState): LiveMessage['phase'] {
  if (session.phase === 'paused') return session.pausedFor === 'rest' ? 'rest' : 'paused';
  return session.phase;
}

/** A command from the companion, done as the person's own control would do it, marked as theirs. */
function carryOut(command: Command): Phrase | string | null {
  const { session, record } = useSession.getState();
  if (!session) return phrase(m.noSession);
  switch (command) {
    case 'ask-rating':
      return record({ type: 'rating-asked', by: 'companion' });
    case 'level-up':
    case 'level-down': {
      const level = levelStep(session, command === 'level-up' ? 1 : -1);
      const scene = findScene(session.sceneId);
      if (level === null || !scene) return phrase(m.noLevel);
      return record({ ...toLevel(scene, session, level), by: 'companion' } as Parameters<
        typeof record
      >[0]);
    }
    case 'pacer-show':
      if (session.pacer) return null;
      return record({
        type: 'pacer',
        visible: true,
        pattern: usePacerSettings.getState().pattern,
        by: 'companion',
      });
    case 'pacer-hide':
      if (!session.pacer) return null;
      return record({ type: 'pacer', visible: false, by: 'companion' });
    case 'pause':
      return record({ type: 'pause', reason: 'person', by: 'companion' });
    case 'resume':
      return record({ type: 'resume', by: 'companion' });
    case 'stop':
      return record(stopEarly('companion'));
  }
}
