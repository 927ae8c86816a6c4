/**
 * Issue 9 item 7: a crafted .course whose "image" is stored as text/html with a script must
 * never be served as a page the studio's origin (and cookie) would run.
 */
import { describe, expect, it } from 'vitest';
import { insertAsset } from '../../../electron/core/project/asset-repo';
import { servedMediaType } from '../../../electron/shared/served-media';
import { hostWithCourse } from '../../support/web-host';

const script = Buffer.from(
  `<!doctype html><script>fetch('/rpc/project.create',{method:'POST',body:'{}'})</script>`,
);
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('/media content types', () => {
  it('serves an "image" stored as text/html as a sandboxed download, never as HTML', async () => {
    const { studio, get } = await hostWithCourse();
    // What a hostile file would contain: the stored type is the attacker's choice.
    const evil = studio
      .current()
      .transact((db) =>
        insertAsset(db, { kind: 'image', name: 'cat.png', mime: 'text/html', bytes: script }, ''),
      );
    for (const path of [`/media/asset/${evil.id}`, `/media/asset/${evil.id}/original`]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(response.headers.get('content-disposition')).toBe('attachment');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toMatch(
        /^sandbox; default-src 'none'/,
      );
      expect(await response.text()).toBe(script.toString());
    }
  });

  it('serves a real image with its sniffed type, whatever type was stored', async () => {
    const { studio, get } = await hostWithCourse();
    const image = studio
      .current()
      .transact((db) =>
        insertAsset(db, { kind: 'image', name: 'a.png', mime: 'text/html', bytes: png }, ''),
      );
    const response = await get(`/media/asset/${image.id}`);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('content-security-policy')).toMatch(/sandbox/);
  });

  it('derives every served type from the file role and its first bytes', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    const mp4 = Buffer.from('00000018667479706d703432', 'hex');
    expect(servedMediaType('hls/master.m3u8', text('#EXTM3U\n'), 'text/html')).toBe(
      'application/vnd.apple.mpegurl',
    );
    expect(servedMediaType('hls/master.m3u8', text('<script>'), 'x')).toBe(
      'application/octet-stream',
    );
    expect(servedMediaType('captions/en.vtt', text('\uFEFFWEBVTT\n'), 'x')).toBe('text/vtt');
    expect(servedMediaType('captions/en.vtt', text('<svg onload=x>'), 'text/vtt')).toBe(
      'application/octet-stream',
    );
    expect(servedMediaType('video.mp4', mp4, 'text/html')).toBe('video/mp4');
    expect(servedMediaType(undefined, mp4, 'audio/mp4')).toBe('audio/mp4');
    expect(servedMediaType('hls/720p/seg-1.m4s', text('<html>'), 'video/iso.segment')).toBe(
      'application/octet-stream',
    );
    expect(servedMediaType('poster.jpg', png, 'image/jpeg')).toBe('application/octet-stream');
    expect(servedMediaType('page.html', text('<html>'), 'text/html')).toBe(
      'application/octet-stream',
    );
  });
});
