// The relay that lets two devices on the local network find each other: the person's device takes
// a room and the companion joins it by the room's two digits; from then on the relay passes each
// frame from one to the other as it is. It never holds a key: what it passes is sealed end to end
// (src/domain/link), and a third device is refused a room that already has its companion. Node only.
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { isRoom, ROOM_DIGITS } from '../domain/link/code.ts';

export const RELAY_PATH = '/link';
/** Enough for a batch of sessions as an export file (the import's own limit is far above a day). */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;
const HEARTBEAT_MS = 10_000;
const ROOMS = 10 ** ROOM_DIGITS;

/** What the relay says of itself and the room; every other frame is a peer's, passed on. */
export type RelayNotice =
  | { relay: 'welcome'; room: string; peer: boolean }
  | { relay: 'peer'; here: boolean }
  | { relay: 'refused'; why: 'no-such-room' | 'room-full' | 'no-room-free' | 'hello-first' };

type Side = 'person' | 'companion';
interface Room {
  person?: WebSocket;
  companion?: WebSocket;
}

export interface Relay {
  /** Rooms in use now, for the hub's own log. */
  rooms(): number;
  close(): Promise<void>;
}

const send = (socket: WebSocket | undefined, notice: RelayNotice) => {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(notice));
};

function readHello(data: RawData): { side: Side; room?: string } | undefined {
  try {
    const hello = JSON.parse(data.toString()) as { hello?: unknown; room?: unknown };
    if (hello.hello !== 'person' && hello.hello !== 'companion') return undefined;
    return { side: hello.hello, ...(isRoom(hello.room) ? { room: hello.room } : {}) };
  } catch {
    return undefined;
  }
}

/** Serves the relay on `server` at RELAY_PATH, beside whatever else the server serves. */
export function attachRelay(server: HttpServer): Relay {
  const rooms = new Map<string, Room>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const alive = new WeakSet<WebSocket>();

  const onUpgrade = (
    request: IncomingMessage,
    socket: import('node:stream').Duplex,
    head: Buffer,
  ) => {
    if (new URL(request.url ?? '/', 'http://relay').pathname !== RELAY_PATH) return;
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  const freeRoom = (): string | undefined => {
    // Random, so a room number says nothing of how many came before.
    const start = Math.floor(Math.random() * ROOMS);
    for (let i = 0; i < ROOMS; i++) {
      const room = String((start + i) % ROOMS).padStart(ROOM_DIGITS, '0');
      if (!rooms.get(room)?.person) return room;
    }
    return undefined;
  };

  wss.on('connection', (ws) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    let side: Side | undefined;
    let roomId: string | undefined;

    ws.on('message', (data, isBinary) => {
      if (!side) {
        const hello = readHello(data);
        if (!hello) {
          send(ws, { relay: 'refused', why: 'hello-first' });
          ws.close(1008);
          return;
        }
        if (hello.side === 'person') {
          // A person coming back (a reload, or the relay restarted) asks for the room it had.
          const wanted = hello.room && !rooms.get(hello.room)?.person ? hello.room : freeRoom();
          if (!wanted) {
            send(ws, { relay: 'refused', why: 'no-room-free' });
            ws.close(1013);
            return;
          }
          const room = rooms.get(wanted) ?? {};
          room.person = ws;
          rooms.set(wanted, room);
          roomId = wanted;
        } else {
          const room = hello.room ? rooms.get(hello.room) : undefined;
          if (!room || !hello.room) {
            send(ws, { relay: 'refused', why: 'no-such-room' });
            ws.close(1008);
            return;
          }
          if (room.companion && room.companion.readyState === WebSocket.OPEN) {
            send(ws, { relay: 'refused', why: 'room-full' });
            ws.close(1008);
            return;
          }
          room.companion = ws;
          roomId = hello.room;
        }
        side = hello.side;
        const room = rooms.get(roomId) as Room;
        const other = side === 'person' ? room.companion : room.person;
        send(ws, { relay: 'welcome', room: roomId, peer: other?.readyState === WebSocket.OPEN });
        send(other, { relay: 'peer', here: true });
        return;
      }
      const room = roomId ? rooms.get(roomId) : undefined;
      const other = side === 'person' ? room?.companion : room?.person;
      if (other?.readyState === WebSocket.OPEN) other.send(data, { binary: isBinary });
    });

    ws.on('close', () => {
      const room = roomId ? rooms.get(roomId) : undefined;
      if (!room || !side || room[side] !== ws) return;
      delete room[side];
      send(side === 'person' ? room.companion : room.person, { relay: 'peer', here: false });
      if (!room.person && !room.companion && roomId) rooms.delete(roomId);
    });
    ws.on('error', () => ws.terminate());
  });

  // A device that went to sleep or off the network without closing frees its place.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    rooms: () => rooms.size,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        server.off('upgrade', onUpgrade);
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
