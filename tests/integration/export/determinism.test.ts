/**
 * The same project exported twice gives byte-identical packages in every format; archives use
 * fixed times and store media without deflating it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../electron/shared/model';
import { pathDigest } from '../../support/digest';
import { readZip } from '../../support/zip-reader';
import { exportFixture } from './fixture';

const fixture = exportFixture();

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('deterministic exports', () => {
  it.each([
    ['scorm12', 'zip'],
    ['scorm2004', 'zip'],
    ['imscc11', 'imscc'],
    ['imscc13', 'imscc'],
    ['cmi5', 'zip'],
    ['olx', 'tar.gz'],
    ['site', 'zip'],
  ] as [ExportFormat, string][])(
    '%s: two exports are byte-identical',
    async (format, extension) => {
      const first = await fixture.exportTo(format, `${format}-a.${extension}`);
      const second = await fixture.exportTo(format, `${format}-b.${extension}`);
      expect(first.bytes).toBe(statSync(first.path).size);
      expect(sha256(readFileSync(first.path))).toBe(sha256(readFileSync(second.path)));
    },
  );

  it('site folder: two exports have identical trees', async () => {
    const first = await fixture.exportTo('site', 'site-a');
    const second = await fixture.exportTo('site', 'site-b');
    expect(pathDigest(first.path)).toBe(pathDigest(second.path));
  });

  it('zip entries are sorted, dated 1980-01-01 00:00, media stored and text deflated', async () => {
    const result = await fixture.exportTo('scorm12', 'times.zip');
    const entries = readZip(result.path);
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual(
      [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
    );
    for (const entry of entries) {
      expect(entry.dosDate).toBe(0x21);
      expect(entry.dosTime).toBe(0);
      if (/\.(mp4|m4s|jpg|png)$/.test(entry.name)) expect(entry.method, entry.name).toBe(0);
    }
    expect(entries.find((entry) => entry.name === 'player/player.js')?.method).toBe(8);
  });

  it('tar.gz has a fixed gzip header and entries with mtime 0, uid / gid 0', async () => {
    const result = await fixture.exportTo('olx', 'times.tar.gz');
    const gzip = readFileSync(result.path);
    // FCOMMENT (0x10) carries the marker that lets a later export replace this file.
    expect([...gzip.subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0x10, 0, 0, 0, 0, 0, 0xff]);
    expect(gzip.toString('latin1', 10, 31)).toBe('Course Studio export\u0000');
    const tar = gunzipSync(gzip);
    for (let offset = 0; offset + 512 <= tar.length;) {
      const header = tar.subarray(offset, offset + 512);
      if (header.every((byte) => byte === 0)) break;
      const size = parseInt(header.toString('ascii', 124, 136).replace(/\0.*$/, ''), 8);
      expect(header.toString('ascii', 108, 115)).toBe('0000000'); // uid
      expect(header.toString('ascii', 116, 123)).toBe('0000000'); // gid
      expect(header.toString('ascii', 136, 147)).toBe('00000000000'); // mtime
      offset += 512 + Math.ceil(size / 512) * 512;
    }
  });
});
