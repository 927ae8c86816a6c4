/**
 * Issue 13: the ffmpeg that comes with npm install (the 2018 @ffmpeg-installer build) against
 * the system's, on the same 1080p clip with the same ladder (each build with the arguments
 * it understands, as the import gives them). The ratio is npm time over system time:
 * what a teacher without a system ffmpeg pays for a lecture.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ladderArgs, planLadder } from '../../electron/core/media/ladder';
import { probeMedia } from '../../electron/core/media/probe';
import { toolLimits } from '../../electron/core/media/tool-limits';
import { mediaToolsReport, resetMediaTools } from '../../electron/core/media/tools';
import { median, timeRuns, type BenchResult } from './measure';

const CLIP_SECONDS = 10;
const ROUNDS = 2;

export async function benchFfmpegBuilds(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-bench-ffmpeg-'));
  const saved = process.env.COURSE_STUDIO_IGNORE_PATH_TOOLS;
  try {
    const system = mediaToolsReport().ffmpeg!;
    process.env.COURSE_STUDIO_IGNORE_PATH_TOOLS = '1';
    resetMediaTools();
    const npm = mediaToolsReport().ffmpeg;
    if (!npm || npm.source !== 'npm') throw new Error('The npm ffmpeg is not installed.');

    const clip = join(dir, 'lecture.mp4');
    execFileSync(system.path, [
      ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=s=1920x1080:r=30:d=${CLIP_SECONDS}`],
      ...['-f', 'lavfi', '-i', `sine=f=440:d=${CLIP_SECONDS}`],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '18', '-c:a', 'aac', clip],
    ]);
    const probe = await probeMedia(clip, new AbortController().signal);
    const plan = planLadder(probe, { quality: 'balanced', tuning: 'video', loudnorm: true });
    const transcode = (ffmpeg: string) => {
      const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
      const limits = toolLimits(ffmpeg, { hdr: false, loudnorm: true });
      plan.renditions.forEach((rendition, i) =>
        mkdirSync(join(out, 'hls', limits.hlsVariants ? `${rendition.rung}p` : String(i)), {
          recursive: true,
        }),
      );
      mkdirSync(join(out, 'thumbs'));
      const run = spawnSync(ffmpeg, ladderArgs(plan, probe, limits), { cwd: out });
      if (run.status !== 0)
        throw new Error(`${ffmpeg} failed: ${run.stderr.toString().slice(-500)}`);
      rmSync(out, { recursive: true, force: true });
    };
    const npmRuns = await timeRuns(ROUNDS, () => transcode(npm.path));
    const systemRuns = await timeRuns(ROUNDS, () => transcode(system.path));
    const mb = (path: string) => `${(statSync(path).size / 1e6).toFixed(1)} MB`;
    const seconds = (runs: number[]) => runs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(' / ');
    return {
      name: `ladder of a ${CLIP_SECONDS} s 1080p clip: npm ffmpeg against the system ffmpeg`,
      measured: `${seconds(npmRuns)} (${npm.version?.version ?? '?'}, ${npm.version?.year ?? '?'}, ${mb(npm.path)})`,
      baseline: `${seconds(systemRuns)} (${system.version?.version ?? '?'}, ${mb(system.path)} + shared libraries)`,
      ratio: median(npmRuns) / median(systemRuns),
    };
  } finally {
    if (saved === undefined) delete process.env.COURSE_STUDIO_IGNORE_PATH_TOOLS;
    else process.env.COURSE_STUDIO_IGNORE_PATH_TOOLS = saved;
    resetMediaTools();
    rmSync(dir, { recursive: true, force: true });
  }
}
