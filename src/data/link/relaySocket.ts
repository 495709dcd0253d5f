// The page's side of the relay: one WebSocket to the app's own origin (/link), said hello to as the
// person or the companion, opened again after a drop with a growing wait, so a relay restarted
// finds both devices coming back. Frames are passed up as parsed JSON; nothing here can read them.

export type RelayStatus = 'connecting' | 'open' | 'lost';

export interface RelaySocketEvents {
  status(status: RelayStatus): void;
  /** A frame from the relay itself or from the other device, parsed. */
  frame(frame: unknown): void;
}

export interface Hello {
  hello: 'person' | 'companion';
  room?: string;
}

const WAITS_MS = [250, 500, 1000, 2000, 3000];

/** The relay's address on the page's own origin: wss: under https, ws: on localhost's http. */
export function relayUrl(location: Pick<Location, 'href'> = window.location): string {
  const url = new URL('/link', location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.href;
}

export class RelaySocket {
  private socket: WebSocket | null = null;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(
    private readonly url: string,
    /** Asked at every (re)connection: the room may have been given since the first. */
    private readonly hello: () => Hello,
    private readonly on: RelaySocketEvents,
  ) {
    this.connect();
  }

  private connect() {
    if (this.closed) return;
    this.on.status('connecting');
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      socket.send(JSON.stringify(this.hello()));
      this.on.status('open');
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      let frame: unknown;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      this.on.frame(frame);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.closed) return;
      this.on.status('lost');
      const wait = WAITS_MS[Math.min(this.attempts++, WAITS_MS.length - 1)] ?? 3000;
      this.timer = setTimeout(() => this.connect(), wait);
    };
  }

  /** False when the relay is not reachable now; the caller keeps what must arrive. */
  send(frame: unknown): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  close() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.close();
    this.socket = null;
  }
}
