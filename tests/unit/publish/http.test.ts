/**
 * The connectors' HTTP: transient failures (a gateway timeout, "slow down", a dropped
 * connection) are retried with the job's backoff; anything else is answered at once; a lost
 * network after every retry is PUBLISH_NETWORK; a cancel stops the waiting at once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { send, type ConnectorContext } from '../../../electron/core/publish/http';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/** A server answering each request with the next status of `statuses` (then the last). */
async function serverAnswering(statuses: number[]): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((_request, response) => {
    const status = statuses[Math.min(hits, statuses.length - 1)]!;
    hits += 1;
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ status }));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, hits: () => hits };
}

function context(delaysMs: number[], signal = new AbortController().signal): ConnectorContext {
  return { signal, report: () => undefined, log: () => undefined, retry: { delaysMs }, pollMs: 1 };
}

describe('connector HTTP', () => {
  it('retries 503 and 429 with backoff, then returns the answer', async () => {
    const server = await serverAnswering([503, 429, 200]);
    const response = await send(server.url, () => ({}), context([5, 5, 5]));
    expect(response.status).toBe(200);
    expect(server.hits()).toBe(3);
  });

  it('does not retry what is not transient, and gives up after the last delay', async () => {
    const forbidden = await serverAnswering([403, 200]);
    expect((await send(forbidden.url, () => ({}), context([5, 5]))).status).toBe(403);
    expect(forbidden.hits()).toBe(1);

    const down = await serverAnswering([502]);
    expect((await send(down.url, () => ({}), context([5, 5]))).status).toBe(502);
    expect(down.hits()).toBe(3);
  });

  it('a network that stays down is PUBLISH_NETWORK; a cancel is JOB_CANCELLED', async () => {
    const closed = await serverAnswering([200]);
    const url = closed.url;
    const server = servers.pop()!;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await expect(send(url, () => ({}), context([5, 5]))).rejects.toMatchObject({
      code: 'PUBLISH_NETWORK',
      details: { host: new URL(url).host },
    });

    const slow = await serverAnswering([503]);
    const controller = new AbortController();
    const pending = send(slow.url, () => ({}), context([60_000], controller.signal));
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
  });
});
