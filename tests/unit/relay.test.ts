import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { attachRelay, RELAY_PATH, type Relay } from '../../src/hub/relay';

// The relay on loopback, as `npm run hub` serves it beside the app.
let server: Server;
let relay: Relay;
const sockets: WebSocket[] = [];

async function start(port = 0) {
  server = createServer((_, res) => res.end('app'));
  relay = attachRelay(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function stop() {
  await relay.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  if (server.listening) await stop();
});

/** A client whose frames are read in order, each awaited as it comes. */
async function client(port: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}${RELAY_PATH}`);
  sockets.push(ws);
  const inbox: string[] = [];
  const waiters: ((frame: string) => void)[] = [];
  ws.on('message', (data) => {
    const waiter = waiters.shift();
    if (waiter) waiter(data.toString());
    else inbox.push(data.toString());
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const next = async (): Promise<unknown> =>
    JSON.parse(inbox.shift() ?? (await new Promise<string>((r) => waiters.push(r))));
  const closed = new Promise<number>((resolve) => ws.once('close', resolve));
  return { ws, next, closed, send: (value: unknown) => ws.send(JSON.stringify(value)) };
}

/** A person in a room and its companion joined, each past the relay's notices. */
async function pairedRoom() {
  const port = await start();
  const person = await client(port);
  person.send({ hello: 'person' });
  const { room } = (await person.next()) as { room: string };
  const companion = await client(port);
  companion.send({ hello: 'companion', room });
  await companion.next();
  await person.next();
  return { port, person, companion, room };
}

describe('the relay on loopback', () => {
  it('gives the person a room, lets the companion join it, and passes frames both ways as they are', async () => {
    const port = await start();
    const person = await client(port);
    person.send({ hello: 'person' });
    const welcome = (await person.next()) as { relay: string; room: string; peer: boolean };
    expect(welcome).toMatchObject({ relay: 'welcome', peer: false });
    expect(welcome.room).toMatch(/^\d{2}$/);

    const companion = await client(port);
    companion.send({ hello: 'companion', room: welcome.room });
    expect(await companion.next()).toEqual({ relay: 'welcome', room: welcome.room, peer: true });
    expect(await person.next()).toEqual({ relay: 'peer', here: true });

    companion.send({ n: 1, box: 'sealed' });
    expect(await person.next()).toEqual({ n: 1, box: 'sealed' });
    person.send({ n: 1, box: 'answer' });
    expect(await companion.next()).toEqual({ n: 1, box: 'answer' });
    expect(relay.rooms()).toBe(1);
  });

  it('refuses a third device in a room that has its companion, a room no one opened, and a frame before hello', async () => {
    const { port, person, companion, room } = await pairedRoom();
    const third = await client(port);
    third.send({ hello: 'companion', room });
    expect(await third.next()).toEqual({ relay: 'refused', why: 'room-full' });
    await third.closed;

    const lost = await client(port);
    lost.send({ hello: 'companion', room: room === '00' ? '01' : '00' });
    expect(await lost.next()).toEqual({ relay: 'refused', why: 'no-such-room' });

    const rude = await client(port);
    rude.send({ n: 1, box: 'sealed' });
    expect(await rude.next()).toEqual({ relay: 'refused', why: 'hello-first' });
    await rude.closed;

    // The pair was not disturbed.
    person.send({ n: 2, box: 'still here' });
    expect(await companion.next()).toEqual({ n: 2, box: 'still here' });
  });

  it('tells each side when the other goes and comes back, and keeps the room for the person', async () => {
    const { port, person, companion, room } = await pairedRoom();

    person.ws.close();
    expect(await companion.next()).toEqual({ relay: 'peer', here: false });
    const back = await client(port);
    back.send({ hello: 'person', room });
    expect(await back.next()).toEqual({ relay: 'welcome', room, peer: true });
    expect(await companion.next()).toEqual({ relay: 'peer', here: true });
  });

  it('after a restart on the same port, the person gets its room again and the companion rejoins it', async () => {
    const port = await start();
    const person = await client(port);
    person.send({ hello: 'person' });
    const { room } = (await person.next()) as { room: string };
    await stop();
    await person.closed;

    await start(port);
    const again = await client(port);
    again.send({ hello: 'person', room });
    expect(await again.next()).toEqual({ relay: 'welcome', room, peer: false });
    const companion = await client(port);
    companion.send({ hello: 'companion', room });
    expect(await companion.next()).toEqual({ relay: 'welcome', room, peer: true });
  });
});
