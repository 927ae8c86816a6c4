/**
 * Exporting a video course: a SCORM 1.2 zip of 20 lessons, each with a video asset, against
 * `zip -0 -r` over the same files on disk, in the same run. Issue 4 asks for "about two hours
 * of video"; real transcodes would make ~2 GB (MP4 + HLS ladder), too much disk and time for a
 * routine bench, so each lesson gets a 6-minute-equivalent scaled down to 20 MB (10 MB MP4 +
 * 10 MB of HLS segments; ~400 MB in all) of random bytes, which no compressor can shrink.
 * Peak RSS is sampled during the export to show memory stays bounded (media is streamed).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport } from '../../electron/core/export/run-export';
import { chunkIntact } from '../../electron/core/integrity/chunk-check';
import { insertAsset, writeMediaFile } from '../../electron/core/project/asset-repo';
import { now } from '../../electron/core/project/ids';
import { insertLessonDocument } from '../../electron/core/project/lesson-repo';
import {
  addLessonNode,
  addSection,
  deleteNode,
  getOutline,
} from '../../electron/core/project/outline-repo';
import { Project } from '../../electron/core/project/project';
import { median, type BenchResult } from './measure';

const LESSONS = 20;
const MP4_BYTES = 10 * 1024 * 1024;
const SEGMENTS = 5;
const SEGMENT_BYTES = 2 * 1024 * 1024;

function buildCourse(path: string): void {
  const project = Project.create(path, { title: 'Bench course', language: 'en' });
  try {
    const [starter] = getOutline(project.db);
    const section = project.transact((db) => addSection(db, 'Lectures'));
    for (let lesson = 0; lesson < LESSONS; lesson += 1) {
      project.transact((db) => {
        const asset = insertAsset(
          db,
          {
            kind: 'video',
            name: `lecture-${lesson}.mp4`,
            mime: 'video/mp4',
            bytes: randomBytes(64),
          },
          now(),
        );
        writeMediaFile(db, asset.id, 'video.mp4', 'video/mp4', randomBytes(MP4_BYTES));
        writeMediaFile(
          db,
          asset.id,
          'hls/master.m3u8',
          'application/vnd.apple.mpegurl',
          Buffer.from('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n360p/index.m3u8\n'),
        );
        let playlist =
          '#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-TARGETDURATION:2\n#EXT-X-MAP:URI="init.mp4"\n';
        writeMediaFile(db, asset.id, 'hls/360p/init.mp4', 'video/mp4', randomBytes(1024));
        for (let segment = 0; segment < SEGMENTS; segment += 1) {
          const name = `seg-${String(segment).padStart(5, '0')}.m4s`;
          writeMediaFile(
            db,
            asset.id,
            `hls/360p/${name}`,
            'video/iso.segment',
            randomBytes(SEGMENT_BYTES),
          );
          playlist += `#EXTINF:2.0,\n${name}\n`;
        }
        writeMediaFile(
          db,
          asset.id,
          'hls/360p/index.m3u8',
          'application/vnd.apple.mpegurl',
          Buffer.from(`${playlist}#EXT-X-ENDLIST\n`),
        );
        const node = addLessonNode(db, section.id, `Lecture ${lesson + 1}`);
        insertLessonDocument(db, node.id, now(), {
          root: {
            type: 'root',
            children: [
              {
                type: 'paragraph',
                children: [{ type: 'text', text: `Lecture ${lesson + 1} notes.`, format: 0 }],
              },
              { type: 'video', version: 1, assetId: asset.id, title: `Lecture ${lesson + 1}` },
            ],
          },
        });
      });
    }
    if (starter) project.transact((db) => deleteNode(db, starter.id));
  } finally {
    project.close();
  }
}

/** Runs `work` while sampling RSS; returns its duration and the peak RSS seen. */
async function measured(work: () => Promise<unknown>): Promise<{ ms: number; peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
  const start = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { ms: performance.now() - start, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
}

/**
 * Returns two ratios: the export against `zip -0 -r`, and what checking every chunk against
 * its sha-256 (done inside every export since issue 9) costs, as the time of that check alone
 * over the same chunks against the whole export.
 */
/**
 * The time sha-256 takes over every stored chunk, read in storage order; only the hashing is
 * timed, as the export reads these bytes anyway and adds just the check.
 */
function hashTime(project: Project): number {
  let ms = 0;
  const rows = project.db.prepare<[], { hash: string; data: Buffer }>(
    'SELECT hash, data FROM chunks ORDER BY rowid',
  );
  for (const row of rows.iterate()) {
    const start = performance.now();
    if (!chunkIntact(row.hash, row.data)) throw new Error('bench course damaged');
    ms += performance.now() - start;
  }
  return ms;
}

export async function benchExport(): Promise<BenchResult[]> {
  const zipBinary = spawnSync('zip', ['-v'], { encoding: 'utf8' });
  if (zipBinary.error)
    throw new Error('The export bench needs Info-ZIP `zip` (apt-get install -y zip).');
  const dir = mkdtempSync(join(tmpdir(), 'cs-bench-export-'));
  try {
    const coursePath = join(dir, 'bench.course');
    buildCourse(coursePath);
    const project = Project.open(coursePath);
    const site = join(dir, 'site');
    let packageBytes = 0;
    const ours: number[] = [];
    const baseline: number[] = [];
    let peakRss = 0;
    const hashing: number[] = [];
    try {
      // The same files on disk for the baseline: the SCORM tree written as a folder.
      await runExport(project, { format: 'site', outPath: site });
      for (let run = 0; run < 3; run += 1) {
        const out = join(dir, `scorm-${run}.zip`);
        const result = await measured(() =>
          runExport(project, { format: 'scorm12', outPath: out }),
        );
        ours.push(result.ms);
        peakRss = Math.max(peakRss, result.peakRss);
        packageBytes = statSync(out).size;
        rmSync(out);
        const zipOut = join(dir, `zip-${run}.zip`);
        const start = performance.now();
        const zip = spawnSync('zip', ['-0', '-r', '-q', zipOut, '.'], { cwd: site });
        if (zip.status !== 0) throw new Error(`zip failed: ${zip.stderr}`);
        baseline.push(performance.now() - start);
        rmSync(zipOut);
        hashing.push(hashTime(project));
      }
    } finally {
      project.close();
    }
    const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
    return [
      {
        name: `Export of ${LESSONS} video lessons (${mib(packageBytes)} SCORM 1.2 zip; 2 h of video scaled to ~400 MB)`,
        measured: `export.run scorm12 median ${(median(ours) / 1000).toFixed(2)} s, peak RSS ${mib(peakRss)}`,
        baseline: `zip -0 -r over the exported files, median ${(median(baseline) / 1000).toFixed(2)} s`,
        ratio: median(ours) / median(baseline),
        goal: '≤ 1.2x',
      },
      {
        name: 'Media hash check within an export (sha-256 of every chunk the export reads)',
        measured: `hashing all chunks median ${(median(hashing) / 1000).toFixed(2)} s`,
        baseline: `export.run scorm12 median ${(median(ours) / 1000).toFixed(2)} s`,
        ratio: median(hashing) / median(ours),
        goal: '≤ 0.3x',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
