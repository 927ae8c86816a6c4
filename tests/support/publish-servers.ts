/**
 * Servers for publish tests, all on 127.0.0.1: a real tus server (@tus/server with its file
 * store), and a TCP proxy in front of any server that counts the bytes the client sends,
 * can cut every connection once a byte count is reached, and can slow the upload down.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { FileStore } from '@tus/file-store';
import { MemoryLocker, Server as TusServer } from '@tus/server';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(server: HttpServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A tus 1.0 server storing uploads in `directory` (each upload `<id>` plus `<id>.json`). */
export async function startTusServer(directory: string): Promise<RunningServer> {
  const tus = new TusServer({
    path: '/files',
    datastore: new FileStore({ directory }),
    // A client killed mid-upload leaves its request's lock behind until the server gives up
    // on it; real servers wait 30 s. The tests do not want to.
    locker: new MemoryLocker({ acquireLockTimeout: 2_000 }),
  });
  const server = createHttpServer((req, res) => void tus.handle(req, res));
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/files`,
    port,
    close: () => closeServer(server),
  };
}

export interface Proxy extends RunningServer {
  /** Bytes clients sent through the proxy. */
  readonly sent: number;
  /** Cut every open connection once `sent` reaches this (once). */
  cutAt: number | null;
  /** Client-to-server bytes per second, or null for no limit. */
  bytesPerSecond: number | null;
}

/** A counting, cutting, throttling TCP proxy to `targetPort`. */
export async function startProxy(targetPort: number): Promise<Proxy> {
  const sockets = new Set<Socket>();
  const state = {
    sent: 0,
    cutAt: null as number | null,
    bytesPerSecond: null as number | null,
  };
  const server = createTcpServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
    upstream.pipe(client);
    client.on('data', (data: Buffer) => {
      state.sent += data.length;
      upstream.write(data);
      if (state.cutAt !== null && state.sent >= state.cutAt) {
        state.cutAt = null;
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        return;
      }
      if (state.bytesPerSecond) {
        client.pause();
        setTimeout(() => client.resume(), (data.length / state.bytesPerSecond) * 1000);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  }) as Proxy;
}

export function closeServer(server: HttpServer): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
