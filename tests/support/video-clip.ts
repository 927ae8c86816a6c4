/**
 * A real video asset for tests: a 3-second clip made with ffmpeg (lavfi test pattern and tone)
 * with every file the video importer leaves (progressive MP4, an fMP4 HLS rendition, poster),
 * made once per process, held in memory and stored as an asset. Its English and Chinese
 * captions are SRT files added through the real caption import (`addCaption`), so what is
 * stored is what the importer makes of `&`, `<` and `>`, never a hand-written WebVTT.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHUNK_SIZE,
  insertAsset,
  insertStagedFile,
  writeMediaFile,
} from '../../electron/core/project/asset-repo';
import { now } from '../../electron/core/project/ids';
import type { Project } from '../../electron/core/project/project';
import { addCaption } from '../../electron/core/media/caption-tracks';

interface ClipFiles {
  files: Map<string, Buffer>;
}

let clip: ClipFiles | null = null;

/** A 3-second test clip with every file a transcoded video asset has, made once per process. */
export function videoClip(): ClipFiles {
  if (clip) return clip;
  const dir = mkdtempSync(join(tmpdir(), 'course-studio-clip-'));
  const hls = join(dir, 'hls', '240p');
  mkdirSync(hls, { recursive: true });
  const ffmpeg = (args: string[]) =>
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
  const sources = [
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x240:rate=25',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=44100',
  ];
  const codecs = [
    '-t',
    '3',
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-g',
    '50',
    '-c:a',
    'aac',
    '-b:a',
    '64k',
    '-bitexact',
  ];
  ffmpeg([...sources, ...codecs, '-movflags', '+faststart', join(dir, 'video.mp4')]);
  ffmpeg([
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x240:rate=1',
    '-frames:v',
    '1',
    join(dir, 'poster.jpg'),
  ]);
  ffmpeg([
    ...sources,
    ...codecs,
    '-f',
    'hls',
    '-hls_time',
    '2',
    '-hls_playlist_type',
    'vod',
    '-hls_segment_type',
    'fmp4',
    '-hls_fmp4_init_filename',
    'init.mp4',
    '-hls_segment_filename',
    join(hls, 'seg-%05d.m4s'),
    join(hls, 'index.m3u8'),
  ]);
  const files = new Map<string, Buffer>();
  files.set('video.mp4', readFileSync(join(dir, 'video.mp4')));
  files.set('poster.jpg', readFileSync(join(dir, 'poster.jpg')));
  for (const name of readdirSync(hls)) files.set(`hls/240p/${name}`, readFileSync(join(hls, name)));
  // The clip lives in memory from here on.
  rmSync(dir, { recursive: true, force: true });
  files.set(
    'hls/master.m3u8',
    Buffer.from(
      '#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-STREAM-INF:BANDWIDTH=400000,RESOLUTION=320x240,CODECS="avc1.64000d,mp4a.40.2"\n240p/index.m3u8\n',
    ),
  );
  clip = { files };
  return clip;
}

/** The clip's captions as a teacher's SRT files: markup-like text that must survive as typed. */
export const clipCaptionsSrt = {
  en: '1\n00:00:00,000 --> 00:00:01,500\nQ&A: a < b\n\n2\n00:00:01,500 --> 00:00:03,000\nA test pattern > nothing\n',
  'zh-CN': '1\n00:00:00,000 --> 00:00:03,000\n你好，测试图案\n',
} as const;

const mimes: Record<string, string> = {
  mp4: 'video/mp4',
  jpg: 'image/jpeg',
  m3u8: 'application/vnd.apple.mpegurl',
  m4s: 'video/iso.segment',
  vtt: 'text/vtt',
};

/**
 * Inserts a video asset with the clip's files, as the video importer would leave it. With
 * `mp4MiB` its MP4 is a long lecture of that size instead (see `longMp4`).
 */
export function insertVideoAsset(project: Project, options: { mp4MiB?: number } = {}): string {
  const { files } = videoClip();
  const long = options.mp4MiB ? longMp4(options.mp4MiB) : null;
  const assetId = project.transact((db) => {
    const asset = insertAsset(
      db,
      { kind: 'video', name: 'clip.mp4', mime: 'video/mp4', bytes: files.get('video.mp4')! },
      now(),
    );
    for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      if (long && name === 'video.mp4') {
        db.prepare('INSERT OR IGNORE INTO chunks (hash, size, data) VALUES (?, ?, ?)').run(
          long.chunk.hash,
          long.chunk.size,
          long.bytes,
        );
        insertStagedFile(db, asset.id, long.file);
        continue;
      }
      writeMediaFile(
        db,
        asset.id,
        name,
        mimes[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
        bytes,
      );
    }
    const meta = {
      durationSec: 3,
      width: 320,
      height: 240,
      captions: [],
      chapters: [
        { time: 0, title: 'Start' },
        { time: 1.5, title: 'Middle & end' },
      ],
    };
    db.prepare('UPDATE assets SET meta = ? WHERE id = ?').run(JSON.stringify(meta), asset.id);
    return asset.id;
  });
  const dir = mkdtempSync(join(tmpdir(), 'course-studio-captions-'));
  try {
    const labels = { en: 'English', 'zh-CN': '中文 "字幕"' };
    for (const [lang, srt] of Object.entries(clipCaptionsSrt)) {
      const path = join(dir, `clip.${lang}.srt`);
      writeFileSync(path, srt);
      addCaption(project, assetId, { path, lang, label: labels[lang as keyof typeof labels] });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return assetId;
}

/**
 * A long lecture's MP4 for tests that need an export to take a while: one random chunk stored
 * once and listed over and over, so the course file stays small while an export writes (and
 * a cancel interrupts) every one of its `mebibytes` MiB.
 */
function longMp4(mebibytes: number) {
  const bytes = randomBytes(CHUNK_SIZE);
  const chunk = { hash: createHash('sha256').update(bytes).digest('hex'), size: CHUNK_SIZE };
  const count = Math.ceil((mebibytes * 1024 * 1024) / CHUNK_SIZE);
  const whole = createHash('sha256');
  for (let index = 0; index < count; index += 1) whole.update(bytes);
  const file = {
    name: 'video.mp4',
    mime: 'video/mp4',
    size: count * CHUNK_SIZE,
    sha256: whole.digest('hex'),
    chunks: Array.from({ length: count }, () => chunk),
  };
  return { bytes, chunk, file };
}
