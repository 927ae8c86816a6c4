/**
 * Issue 9 item 14: a renderer file that disappears while it is being served (a rebuild
 * replacing the bundle) ends that one response; the host keeps running and answering.
 */
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../../electron/server/static-files';
import { tempDir } from '../../support/temp';

describe('serving the renderer', () => {
  it('survives a file that disappears between its stat and its read', async () => {
    const root = join(tempDir(), 'renderer');
    mkdirSync(root);
    const asset = join(root, 'app.js');
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    const server = createServer((request, response) => {
      if (request.url === '/app.js') writeFileSync(asset, 'x'.repeat(100_000));
      serveStatic(root, request.url ?? '/', response);
      // The stream opens the file on a later tick: take it away first.
      if (request.url === '/app.js') unlinkSync(asset);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const fetchBody = (path: string) =>
      new Promise<string>((resolve) => {
        get({ host: '127.0.0.1', port, path }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve(body));
          response.on('error', () => resolve('cut short'));
          response.on('aborted', () => resolve('cut short'));
        }).on('error', () => resolve('cut short'));
      });
    try {
      for (let i = 0; i < 3; i += 1) expect(await fetchBody('/app.js')).not.toHaveLength(100_000);
      expect(await fetchBody('/')).toBe('<!doctype html>');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
